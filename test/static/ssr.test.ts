// privacy-notice/ssr: the elements as HTML with their declarative shadow root, in node without a DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PolicyRenderError, renderToString, styleSrc } from '../../src/ssr/index.js';

const root = new URL('../../', import.meta.url);
const text = (name: string) => readFileSync(new URL(`examples/policies/${name}.json`, root), 'utf8');

describe('renderToString', () => {
  it('writes the element with its shadow root, its attributes and the policy inline, and needs no DOM', async () => {
    const html = await renderToString(JSON.parse(text('d-home-smaart')), { lang: 'fr', headingLevel: 1 });
    assert.match(
      html,
      /^<privacy-notice lang="fr" heading-level="1" prerendered="sha256:[0-9a-f]{64}"><template shadowrootmode="open"><style>/,
    );
    assert.match(html, /<h1 id="top" tabindex="-1" part="title">/);
    assert.match(html, /<span slot="right-erasure" id="right-erasure"><\/span>/, 'a deep link target in the page');
    assert.match(html, /<script type="application\/json">\{"\$schema":"[^"]*","schemaVersion"/);
    assert.ok(html.endsWith('</script></privacy-notice>'));
    assert.equal('document' in globalThis, false, 'no DOM was installed');
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(pkg.dependencies.jsdom, undefined, 'jsdom is not a run-time dependency');
  });

  it('renders each element by its tag, and names src instead of carrying the policy when asked', async () => {
    const rights = await renderToString(text('smarti'), { tag: 'privacy-rights', src: '/smarti.json' });
    assert.match(rights, /^<privacy-rights lang="en" heading-level="2" src="\/smarti.json" prerendered="sha256:/);
    assert.doesNotMatch(rights, /application\/json/);
    const summary = await renderToString(text('cr-smart-home'), { tag: 'privacy-summary', notice: 'privacy.html' });
    assert.match(summary, /<dl class="facts summary"/);
    assert.match(summary, /href="privacy.html#/);
  });

  it('shows the switches at the policy defaults, as the checked attribute', async () => {
    const html = await renderToString(text('cr-smart-home'));
    const switches = [...html.matchAll(/<input [^>]*role="switch"[^>]*>/g)].map((m) => m[0]);
    assert.ok(switches.length > 2);
    assert.ok(
      switches.every((s) => !/checked="/.test(s)),
      'never checked="false"',
    );
  });

  it('refuses a policy that is not valid, saying what and where', async () => {
    await assert.rejects(renderToString({ schemaVersion: '1.0.0', id: 'x' }), (error: unknown) => {
      assert.ok(error instanceof PolicyRenderError);
      assert.ok(error.errors.some((e) => e.pointer === '/title'));
      assert.match(error.message, /`title` is required but missing\. \(at \/title\)/);
      return true;
    });
    await assert.rejects(renderToString('{"id": '), (error: unknown) => {
      assert.ok(error instanceof PolicyRenderError);
      assert.match(error.message, /line 1:/);
      return true;
    });
  });

  it('gives the CSP hashes of its inline stylesheets', () => {
    assert.match(styleSrc(), /^'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
