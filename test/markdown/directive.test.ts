import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { markdown } from '../../src/markdown/directive.js';

describe('markdown directive', () => {
  let container: HTMLElement;
  const show = (source: string, headingOffset: number) => render(html`<div>${markdown(source, { headingOffset })}</div>`, container);

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('renders sanitized Markdown into a child position', () => {
    show('# Rights\n\nWrite to [us](mailto:dpo@example.com). <img src=x>', 1);
    expect(container.querySelector('h2')!.textContent).to.equal('Rights');
    expect(container.querySelector('a')!.getAttribute('href')).to.equal('mailto:dpo@example.com');
    expect(container.querySelector('img')).to.equal(null);
  });

  it('keeps the same DOM when re-rendered with the same source and offset (a new options object)', () => {
    show('# Rights\n\nText', 1);
    const heading = container.querySelector('h2')!;
    heading.setAttribute('data-marker', 'kept');
    show('# Rights\n\nText', 1);
    expect(container.querySelector('h2')).to.equal(heading);
    expect(heading.getAttribute('data-marker')).to.equal('kept');
  });

  it('re-renders when the source changes', () => {
    show('First', 0);
    const before = container.querySelector('p')!;
    show('Second', 0);
    expect(container.querySelector('p')).to.not.equal(before);
    expect(container.querySelectorAll('p')).to.have.length(1);
    expect(container.textContent!.trim()).to.equal('Second');
  });

  it('re-renders when the heading offset changes', () => {
    show('# Title', 1);
    expect(container.querySelector('h2')).to.not.equal(null);
    show('# Title', 3);
    expect(container.querySelector('h2')).to.equal(null);
    expect(container.querySelectorAll('h4')).to.have.length(1);
  });

  it('refuses attribute positions, where a fragment means nothing', () => {
    expect(() => render(html`<div title=${markdown('x', { headingOffset: 0 })}></div>`, container)).to.throw();
  });
});
