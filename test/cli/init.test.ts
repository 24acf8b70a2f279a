// Issue 19: `privacy-notice init` asks what a notice must say and writes a starter policy with the answers, valid
// and clean for lint, and nothing the author did not answer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { slug } from '../../src/cli/init.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/privacy-notice.js');
const dir = mkdtempSync(join(tmpdir(), 'pn-init-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ANSWERS = [
  'Acme Home GmbH',
  'not an address', // refused: asked again
  'privacy@acme.example',
  'Hauptstr. 1, 10115 Berlin',
  '', // language: en
  '', // title: Privacy policy
  'Account',
  'We keep your account so you can sign in.',
  'contracts', // refused, with the basis meant
  'contract',
  'P3Y',
  'Newsletter',
  'We send the news you asked for.',
  'consent',
  'until you unsubscribe',
  '', // no third purpose
  'You need an e-mail address to create an account; without it we cannot provide the service.',
  'n',
  'n',
  'DE fr',
  'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
  'https://www.datenschutz-berlin.de',
];

function init(file: string, answers: string[], ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, 'init', file, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input: answers.map((a) => `${a}\n`).join(''),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('privacy-notice init', () => {
  it('makes ids of names as the schema writes them', () => {
    assert.equal(slug('Müller & Söhne GmbH'), 'muller-sohne-gmbh');
    assert.equal(slug('Équipe Données'), 'equipe-donnees');
    assert.equal(slug('東京'), 'policy'); // no Latin letters: a neutral id the author can change
  });

  it('gives two purposes with the same label ids of their own, so the answers are not lost', () => {
    const twice = [...ANSWERS.slice(0, 15), ...ANSWERS.slice(6, 11), ...ANSWERS.slice(15)];
    const { code } = init('twice.json', twice);
    assert.equal(code, 0);
    const policy = JSON.parse(readFileSync(join(dir, 'twice.json'), 'utf8'));
    assert.deepEqual(
      policy.purposes.map((p: { id: string }) => p.id),
      ['account', 'newsletter', 'account-2'],
    );
  });

  it('writes the answers as a valid policy that lint finds nothing wrong with', () => {
    const { code, stdout } = init('privacy.json', ANSWERS);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /An e-mail address is needed\./);
    assert.match(stdout, /Did you mean "contract"\?/);
    assert.match(stdout, /Wrote privacy\.json: a valid policy; lint finds 0 errors and 0 warnings\./);
    const policy = JSON.parse(readFileSync(join(dir, 'privacy.json'), 'utf8'));
    assert.equal(policy.id, 'acme-home-gmbh');
    assert.deepEqual(policy.controller, {
      name: 'Acme Home GmbH',
      email: 'privacy@acme.example',
      address: { lines: ['Hauptstr. 1, 10115 Berlin'] },
    });
    assert.deepEqual(
      policy.purposes.map((p: { id: string; legalBases: string[]; retention: unknown }) => [
        p.id,
        p.legalBases,
        p.retention,
      ]),
      [
        ['account', ['contract'], { duration: 'P3Y' }],
        ['newsletter', ['consent'], { criterion: 'until you unsubscribe' }],
      ],
    );
    // The rights that apply under contract and consent (W3C DPV), each exercised at the privacy address.
    assert.deepEqual(policy.rights.map((r: { id: string }) => r.id).sort(), [
      'access',
      'automated-decision',
      'complaint',
      'erasure',
      'portability',
      'rectification',
      'restriction',
      'withdraw-consent',
    ]);
    assert.deepEqual(policy.rightsExercise.channels, [{ type: 'email', email: 'privacy@acme.example' }]);
    assert.deepEqual(policy.internationalTransfers, { storageLocations: ['DE', 'FR'] });
    assert.equal(policy.noRecipients, true);
    const lint = spawnSync(process.execPath, [bin, 'lint', 'privacy.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(lint.status, 0);
    assert.match(lint.stderr, /0 errors, 0 warnings/);
  });

  it('keeps an existing file unless --force, and writes nothing when the answers run out', () => {
    writeFileSync(join(dir, 'mine.json'), '{"kept": true}');
    const kept = init('mine.json', ANSWERS);
    assert.equal(kept.code, 1);
    assert.match(kept.stderr, /mine\.json: error: already exists; choose another FILE or add --force/);
    assert.equal(readFileSync(join(dir, 'mine.json'), 'utf8'), '{"kept": true}');
    assert.equal(init('mine.json', ANSWERS, '--force').code, 0);
    const short = init('short.json', ANSWERS.slice(0, 5));
    assert.equal(short.code, 1);
    assert.match(short.stderr, /short\.json: not written: the answers ran out at "Title \[Privacy policy\]:"/);
    assert.equal(existsSync(join(dir, 'short.json')), false);
  });
});
