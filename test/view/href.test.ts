// The one allow-list of link targets (Markdown links and URL fields alike).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowedHref } from '../../src/model/href.js';

describe('isAllowedHref', () => {
  const allowed = [
    'https://example.com',
    'HTTPS://EXAMPLE.COM/Path?q=1#top',
    '  https://example.com/privacy\n',
    'mailto:dpo@example.com',
    'MailTo:dpo@example.com?subject=Erasure',
    'tel:+33123456789',
    'mailto:d%C3%A9l%C3%A9gu%C3%A9@example.com?subject=Demande%20d%E2%80%99effacement',
    '#right-erasure',
    '#',
  ];
  for (const href of allowed) {
    it(`allows ${JSON.stringify(href)}`, () => assert.equal(isAllowedHref(href), true));
  }

  const forbidden = [
    'http://example.com',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\u0000script:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'blob:https://example.com/0b7e',
    '//evil.example',
    '\\\\evil.example',
    '/privacy',
    'privacy.html',
    './privacy',
    '../privacy',
    '?q=1',
    '',
    '   ',
    'https:',
    'https://',
    'mailto:',
    'tel:',
    // Extras a reader does not see in the link's words: more recipients, hidden headers, dialer codes.
    'mailto:dpo@example.com,boss@example.com',
    'mailto:dpo@example.com%2Cboss@example.com',
    'mailto:dpo@example.com;boss@example.com',
    'mailto:dpo@example.com?cc=boss@example.com',
    'mailto:dpo@example.com?bcc=tracker@example.net',
    'mailto:dpo@example.com?subject=Hi&body=I%20consent%20to%20everything',
    'mailto:dpo@example.com?body=x',
    'tel:*21*0800123456%23',
    'tel:*#06#',
    'tel:+33123456789,1234',
    'https://exa\u200Bmple.com',
    'https://example.com/\u202Eexe.pdf',
    'https://example.com/a b',
    'https://example.com/\u00A0',
  ];
  for (const href of forbidden) {
    it(`refuses ${JSON.stringify(href)}`, () => assert.equal(isAllowedHref(href), false));
  }
});
