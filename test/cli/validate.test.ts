// The `privacy-notice validate` command as a policy author or a CI pipeline runs it (the built bin, in a child process).
import assert from 'node:assert/strict';
import { checkPolicyText, MAX_DUPLICATES } from '../../src/model/check-text.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/privacy-notice.js');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each deliberately broken document, with the one problem line the CLI must print for it. */
const BROKEN: Array<[file: string, line: string]> = [
  ['missing-controller', '1:1: /controller: `controller` is required but missing.'],
  ['bad-email', '17:11: /rights/0/channels/0/email: `rights[0].channels[0].email` is not an email address.'],
  [
    'bad-language-tag',
    `8:5: /title/en_GB: \`title.en_GB\` uses "en_GB" as a language tag, which is not a BCP 47 tag such as 'en', 'fr' or 'pt-BR'.`,
  ],
  ['unknown-field', '9:5: /controller/fax: `controller.fax` is not a field the schema knows.'],
  [
    'dangling-reference',
    '31:9: /processingActivities/0/recipients/1: `processingActivities[0].recipients[1]` refers to "payment-providers", which is not declared in `recipients`. Declared ids: hosting.',
  ],
  [
    'duplicate-id',
    '17:7: /dataCategories/1/id: `dataCategories[1].id` is "contact", already the id of `dataCategories[0]`; ids must be unique.',
  ],
  [
    'newer-major-version',
    '3:3: /schemaVersion: `schemaVersion` is 2.0.0, but this version of privacy-notice reads schema version 1.x (1.2.0). Upgrade privacy-notice to read it.',
  ],
  [
    'bad-duration',
    '14:7: /rights/0/responseTime: `rights[0].responseTime` must be an ISO 8601 duration such as "P30D", "session", or {"amount": 15, "unit": "business-day"}.',
  ],
  ['custom-right-without-title', '12:5: /rights/0/title: `rights[0].title` is required but missing.'],
  ['string-instead-of-list', '11:3: /dataCategories: `dataCategories` must be a list.'],
  [
    'cookie-unknown-category',
    '27:9: /cookies/items/1/category: `cookies.items[1].category` refers to "analytics", which is not declared in `cookies.categories`. Declared ids: necessary.',
  ],
  ['bad-date', '11:3: /effectiveDate: `effectiveDate` is not a valid date written YYYY-MM-DD.'],
  [
    'forbidden-key',
    '6:42: /controller/__proto__: `controller.__proto__` uses the reserved key "__proto__", which is not allowed anywhere in a policy.',
  ],
  [
    'not-json',
    '5:1: (root): Not valid JSON at line 5, column 1: a property name in double quotes is expected (no trailing commas or comments in JSON).',
  ],
  ['empty', '1:1: (root): The policy is empty: it must be a JSON object.'],
];

describe('privacy-notice validate', () => {
  for (const [name, line] of BROKEN) {
    it(`reports ${name} with its place and a plain message, exit 1`, () => {
      const file = `test/fixtures/invalid/${name}.json`;
      const { code, stdout, stderr } = cli('validate', file);
      assert.equal(stdout, `${file}:${line}\n`);
      assert.match(stderr, /1 file checked: 0 valid, 1 invalid \(1 error, 0 warnings\)\./);
      assert.equal(code, 1);
      assert.doesNotMatch(stdout + stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('accepts the reference examples and the minimal document, exit 0', () => {
    const { code, stdout, stderr } = cli(
      'validate',
      'test/fixtures/valid/minimal.json',
      'examples/policies/d-home-smaart.json',
      'examples/policies/smarti.json',
      'examples/policies/cr-smart-home.json',
      'examples/policies/softathome.json',
      'examples/policies/smartbt.json',
    );
    assert.equal(stdout, '');
    assert.match(stderr, /6 files checked: 6 valid, 0 invalid \(0 errors, 0 warnings\)\./);
    assert.equal(code, 0);
  });

  it('warns about a byte order mark, a duplicate key and fields of a newer minor version, and still passes', () => {
    const { code, stdout } = cli(
      'validate',
      'test/fixtures/valid/bom.json',
      'test/fixtures/valid/duplicate-key.json',
      'test/fixtures/valid/newer-minor-version.json',
    );
    assert.equal(code, 0);
    assert.match(stdout, /bom\.json:1:1: \(root\): warning: The file starts with a byte order mark/);
    assert.match(
      stdout,
      /duplicate-key\.json:6:3: \/title: warning: `title` appears twice in the same object; only the last "title" counts\./,
    );
    assert.match(
      stdout,
      /newer-minor-version\.json:9:5: \/controller\/mastodon: warning: `controller\.mastodon` is not a field the schema knows; it comes from a newer schema version and is ignored\./,
    );
  });

  it('prints machine-readable results with --format json', () => {
    const { code, stdout } = cli(
      'validate',
      '--format',
      'json',
      'test/fixtures/invalid/bad-email.json',
      'test/fixtures/valid/minimal.json',
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files.map((f: { valid: boolean }) => f.valid),
      [false, true],
    );
    assert.deepEqual(
      {
        pointer: report.files[0].errors[0].pointer,
        line: report.files[0].errors[0].line,
        column: report.files[0].errors[0].column,
        code: report.files[0].errors[0].code,
      },
      { pointer: '/rights/0/channels/0/email', line: 17, column: 11, code: 'format' },
    );
  });

  it('refuses a file over the size cap unless --max-size raises it', () => {
    const small = cli('validate', '--max-size', '100', 'test/fixtures/valid/minimal.json');
    assert.equal(small.code, 1);
    assert.match(
      small.stdout,
      /minimal\.json:1:1: \(root\): The policy is \d{3,4} bytes, over the 100 bytes size limit \(raise it with --max-size\)\./,
    );
    assert.equal(cli('validate', '--max-size', '1MB', 'test/fixtures/valid/minimal.json').code, 0);
  });

  it('exits 2 with a clear message for a missing file, a directory and usage errors', () => {
    const missing = cli('validate', 'no/such/policy.json');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^no\/such\/policy\.json: error: no such file$/m);
    const directory = cli('validate', 'test/fixtures');
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /test\/fixtures: error: is a directory, not a policy file/);
    // A usage error is three lines: what was wrong, the usage line of the command, where its options are.
    for (const [args, about] of [
      [[], ''],
      [['validate'], ' validate'],
      [['lint-everything', 'x.json'], ''],
      [['validate', '--format', 'yaml', 'x.json'], ' validate'],
      [['validate', '--max-size', 'lots', 'x.json'], ' validate'],
      [['validate', '--colour', 'x.json'], ' validate'],
      [['lint', '--profile', 'strict', 'x.json'], ' lint'],
      [['help', 'publish'], ''],
    ] as const) {
      const usage = cli(...args);
      assert.equal(usage.code, 2, `exit code for ${args.join(' ')}`);
      assert.match(
        usage.stderr,
        /^privacy-notice: .+\nUsage: privacy-notice .+\nRun "privacy-notice help(.*)" for more\.\n$/,
      );
      assert.equal(/help(.*)" for/.exec(usage.stderr)![1], about, args.join(' '));
    }
  });

  it('handles deep nesting and a large document without a stack trace', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const deep = join(dir, 'deep.json');
    writeFileSync(
      deep,
      `{"schemaVersion":"1.0.0","id":"deep","defaultLanguage":"en","title":"T","controller":{"name":"C"},"x-deep":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    );
    const result = cli('validate', deep);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /deep\.json:1:\d+: \(root\): The policy is nested more than 64 levels deep \(line 1, column \d+\)\./,
    );
  });

  it("shows an overview with every command, each command's own help, and the version", () => {
    for (const overview of [cli('--help'), cli('help'), cli('-h')]) {
      assert.equal(overview.code, 0);
      assert.match(overview.stdout, /^Usage: privacy-notice COMMAND/);
      for (const command of ['validate', 'lint', 'render', 'help'])
        assert.match(overview.stdout, new RegExp(`\\n  ${command} `));
    }
    for (const command of ['validate', 'lint', 'render']) {
      for (const args of [
        [command, '--help'],
        ['help', command],
      ]) {
        const help = cli(...args);
        assert.equal(help.code, 0, args.join(' '));
        assert.match(help.stdout, new RegExp(`^Usage: privacy-notice ${command} `), args.join(' '));
        assert.match(help.stdout, /FILE may be - for standard input/);
      }
    }
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('reads a policy from standard input with -', () => {
    const text = readFileSync(join(root, 'examples/policies/smarti.json'), 'utf8');
    const valid = spawnSync(process.execPath, [bin, 'validate', '-'], { cwd: root, encoding: 'utf8', input: text });
    assert.equal(valid.status, 0);
    assert.match(valid.stderr, /1 file checked: 1 valid/);
    const broken = spawnSync(process.execPath, [bin, 'lint', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: text.replace('"defaultLanguage"', '"defaultLanguag"'),
    });
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /^<stdin>:\d+:\d+: /m);
    const large = spawnSync(process.execPath, [bin, 'validate', '--max-size', '10kB', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: text,
    });
    assert.equal(large.status, 1);
    assert.match(
      large.stdout,
      /<stdin>:1:1: \(root\): The policy on standard input is over the 10 kB size limit \(raise it with --max-size\)\./,
    );
  });
});

describe('checkPolicyText on a policy full of repeated keys', () => {
  it('places 200,000 repeated keys in one pass and lists the first 100, then a count', { timeout: 30000 }, () => {
    // A quadratic placement (each repeat's line counted from the start) takes minutes on this 1.4 MB input.
    const repeats = Array.from({ length: 200_000 }, () => '"a": 1').join(',\n');
    const text = `{"schemaVersion": "1.1.0", "id": "dup", "defaultLanguage": "en", "title": "T",
"controller": {"name": "C"},
"x-repeated": {${repeats}}}`;
    const check = checkPolicyText(text);
    assert.equal(check.valid, true);
    const duplicates = check.warnings.filter((w) => w.code === 'duplicate-key');
    assert.equal(duplicates.length, MAX_DUPLICATES + 1);
    assert.deepEqual([duplicates[0]!.line, duplicates[0]!.column], [4, 1]);
    assert.deepEqual([duplicates[99]!.line, duplicates[99]!.column], [103, 1]);
    assert.match(duplicates[100]!.message, /^and 199899 more keys that appear twice/);
  });
});
