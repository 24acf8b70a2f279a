// The shadow-DOM stylesheet rewritten for the same markup in a page's light DOM (static HTML output).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scopeCss } from '../../src/static/css.js';

const scope = (css: string) => scopeCss(css, 'pn').replace(/\s+/g, ' ').trim();

describe('scopeCss', () => {
  it('turns :host into the wrapper and keeps what :host() says about it', () => {
    assert.equal(scope(':host { display: block; }'), '.pn { display: block; }');
    assert.equal(scope(':host([hidden]) { display: none; }'), '.pn[hidden] { display: none; }');
    assert.equal(
      scope(':host(:dir(rtl)) ol.path li + li::before { content: "‹"; }'),
      '.pn:dir(rtl) ol.path li + li::before { content: "‹"; }',
    );
  });

  it('puts every other selector of a list under the wrapper, so the page around it keeps its own look', () => {
    assert.equal(scope('h1, h2, .toc > ol { margin: 0; }'), '.pn h1, .pn h2, .pn .toc > ol { margin: 0; }');
    assert.equal(scope('*, *::before { box-sizing: border-box; }'), '.pn *, .pn *::before { box-sizing: border-box; }');
    assert.equal(
      scope(':is(td, th) :is(code, a) { overflow-wrap: anywhere; }'),
      '.pn :is(td, th) :is(code, a) { overflow-wrap: anywhere; }',
    );
  });

  it('scopes rules inside @media and @container and leaves @keyframes steps alone', () => {
    assert.equal(
      scope('@media print { :host { color: #000; } .copy-link { display: none; } }'),
      '@media print { .pn { color: #000; } .pn .copy-link { display: none; } }',
    );
    assert.equal(
      scope('@container (inline-size >= 70rem) { .processing > .wide { display: table; } }'),
      '@container (inline-size >= 70rem) { .pn .processing > .wide { display: table; } }',
    );
    assert.equal(
      scope('@keyframes fade { from { opacity: 0; } to { opacity: 1; } }'),
      '@keyframes fade { from { opacity: 0; } to { opacity: 1; } }',
    );
  });
});
