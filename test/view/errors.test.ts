// Issue 19: the error panel speaks to a reader in their language; the developer detail (English messages with the
// fields they quote, and where in the document) is kept apart, for a collapsed disclosure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadUi } from '../../src/i18n/ui.js';
import type { PolicyProblem } from '../../src/model/index.js';
import { buildErrors, messagePieces } from '../../src/view/errors.js';

const BAD_EMAIL: PolicyProblem = {
  code: 'format',
  severity: 'error',
  path: 'rights[0].channels[0].email',
  message: '`rights[0].channels[0].email` is not an email address.',
  pointer: '/rights/0/channels/0/email',
};

describe('the error panel', () => {
  it('gives a reader a title and what they can do in their language, and keeps the messages for developers', async () => {
    const view = buildErrors([BAD_EMAIL], await loadUi('de'), { retryable: false, updating: false })!;
    assert.equal(view.lang, 'de');
    assert.equal(view.title, 'Die Datenschutzerklärung konnte nicht angezeigt werden.');
    assert.match(view.advice, /Datenschutzerklärung/);
    assert.equal(view.retry, undefined);
    assert.equal(view.details.summary, 'Details für die Entwickler der Website');
    assert.deepEqual(view.details.errors, [
      {
        message: [{ text: 'rights[0].channels[0].email', code: true }, { text: ' is not an email address.' }],
        where: 'an Stelle /rights/0/channels/0/email',
      },
    ]);
  });

  it('offers Try again only when it can help, and counts what it leaves out', async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({ ...BAD_EMAIL, pointer: `/rights/${i}` }));
    const view = buildErrors(many, await loadUi('en'), { retryable: true, updating: true })!;
    assert.equal(view.title, 'The updated privacy policy could not be shown.');
    assert.equal(view.retry, 'Try again');
    assert.equal(view.details.errors.length, 20);
    assert.equal(view.details.more, 'and 3 more problems');
    assert.equal(buildErrors([], await loadUi('en'), { retryable: true, updating: false }), undefined);
  });

  it('reads quoted names as code, and leaves a lone backtick as text', () => {
    assert.deepEqual(messagePieces('Unknown field `legalBasis`: did you mean `legalBases`?'), [
      { text: 'Unknown field ' },
      { text: 'legalBasis', code: true },
      { text: ': did you mean ' },
      { text: 'legalBases', code: true },
      { text: '?' },
    ]);
    assert.deepEqual(messagePieces('a ` alone'), [{ text: 'a ` alone' }]);
  });
});
