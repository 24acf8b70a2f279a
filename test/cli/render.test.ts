// `privacy-notice render`: static HTML of a policy, checked as a docs site or a browser without JavaScript gets it.
// Runs the command in this process (the e2e tests run the built bin in Chromium).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { run } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/privacy-notice.js');
const POLICIES = ['cr-smart-home', 'd-home-smaart', 'smartbt', 'smarti', 'softathome'];
const dir = mkdtempSync(join(tmpdir(), 'pn-render-'));

async function render(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    ['render', ...args],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function policyFile(name: string): string {
  return join(root, 'examples/policies', `${name}.json`);
}

/** A variant of the minimal fixture, written to a temporary file. */
function variant(name: string, change: Record<string, unknown>): string {
  const file = join(dir, `${name}.json`);
  const base = JSON.parse(readFileSync(join(root, 'test/fixtures/valid/minimal.json'), 'utf8'));
  delete base.$schema;
  writeFileSync(file, JSON.stringify({ ...base, ...change }, null, 2));
  return file;
}

describe('privacy-notice render', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of POLICIES) {
    it(`writes ${name} as a complete page without script, with its styles in the head and working in-page links`, async () => {
      const output = join(dir, `${name}.html`);
      const { code, stderr } = await render(policyFile(name), '-o', output);
      assert.equal(code, 0, stderr);
      const html = readFileSync(output, 'utf8');
      assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">/);
      assert.doesNotMatch(
        html,
        /<script|<button|\sstyle=|\son[a-z]+=|javascript:/i,
        'nothing that needs or runs script, no inline style attributes',
      );

      const { document } = new JSDOM(html).window;
      const policy = JSON.parse(readFileSync(policyFile(name), 'utf8'));
      const title = typeof policy.title === 'string' ? policy.title : policy.title.en;
      assert.equal(document.title, title);
      assert.equal(document.querySelector('h1')!.textContent!.trim(), title);
      assert.equal(document.head.querySelectorAll('style').length, 1);
      assert.match(document.head.querySelector('style')!.textContent!, /\.privacy-notice-static \.toc \{/);

      const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      const links = Array.from(document.querySelectorAll('nav.toc a'), (a) => a.getAttribute('href')!);
      for (const right of policy.rights ?? [])
        assert.ok(links.includes(`#right-${right.id}`), `contents link to right ${right.id}`);
      for (const href of document.querySelectorAll('a[href^="#"]')) {
        assert.ok(
          document.getElementById(href.getAttribute('href')!.slice(1)),
          `target of ${href.getAttribute('href')}`,
        );
      }
      for (const table of document.querySelectorAll('table')) {
        assert.ok(table.querySelector(':scope > caption')?.textContent?.trim(), 'each table has a caption');
        assert.ok(table.querySelector('thead th[scope="col"]'), 'and column headers');
      }
    });
  }

  it("writes the reader's language with --lang, interface words included", async () => {
    const { code, stdout } = await render(policyFile('d-home-smaart'), '--lang', 'fr-CA');
    assert.equal(code, 0);
    const { document } = new JSDOM(stdout).window;
    assert.equal(document.documentElement.lang, 'fr');
    assert.equal(document.title, 'Politique de confidentialité de D-Home Smaart');
    assert.equal(document.querySelector('nav.toc h2')!.textContent!.trim(), 'Sommaire');
  });

  it('writes a fragment with --fragment: its style, then the notice, headings from --heading-level', async () => {
    const { code, stdout } = await render(
      policyFile('smarti'),
      '--fragment',
      '--heading-level',
      '3',
      '--anchor-prefix',
      'policy',
    );
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^<style>[^]*<\/style>\n<div class="privacy-notice-static"><article class="notice" part="notice" lang="en" dir="ltr" aria-labelledby="policy-top">/,
    );
    assert.doesNotMatch(stdout, /<html|<head>|<body|<!doctype/i);
    const { document } = new JSDOM(stdout).window;
    assert.equal(document.querySelector('.notice > header > :first-child')!.tagName, 'H3');
    assert.ok(document.getElementById('policy-right-access'), 'anchors take the prefix');
    assert.ok(document.querySelector('a[href="#policy-right-access"]'));
  });

  it('with --summary, starts with the first layer, every line a link to an anchor of the page', async () => {
    const { code, stdout } = await render(policyFile('cr-smart-home'), '--summary');
    assert.equal(code, 0);
    const { document } = new JSDOM(stdout).window;
    const summary = document.querySelector('dl.summary')!;
    assert.equal(document.getElementById('section-summary')!.textContent, 'At a glance');
    assert.ok(
      summary.compareDocumentPosition(document.querySelector('nav.toc')!) & 4,
      'the summary comes before the contents',
    );
    const links = [...summary.querySelectorAll('a')];
    assert.ok(links.length >= 8);
    for (const link of links) assert.ok(document.getElementById(link.getAttribute('href')!.slice(1)), link.href);
    const plain = await render(policyFile('cr-smart-home'));
    assert.doesNotMatch(plain.stdout, /class="facts summary"/);
  });

  it('with --embed, wraps the notice in <privacy-notice> with the policy inline, which no text can break out of', async () => {
    const file = variant('embed', { title: 'Policy </script><script>alert(1)</script> <!-- end' });
    const { code, stdout } = await render(file, '--fragment', '--embed', '--lang', 'en');
    assert.equal(code, 0);
    const { document } = new JSDOM(stdout).window;
    const element = document.querySelector('.privacy-notice-static > privacy-notice')!;
    assert.equal(element.getAttribute('lang'), 'en');
    assert.equal(element.getAttribute('heading-level'), '2');
    const scripts = document.querySelectorAll('script');
    assert.equal(scripts.length, 1, 'only the data block');
    assert.equal(scripts[0]!.getAttribute('type'), 'application/json');
    assert.deepEqual(JSON.parse(scripts[0]!.textContent!), JSON.parse(readFileSync(file, 'utf8')));
    assert.equal(element.querySelector('h2')!.textContent, 'Policy </script><script>alert(1)</script> <!-- end');
  });

  it('sanitizes policy Markdown as the element does: HTML shows as text, unsafe links lose their target', async () => {
    const body =
      'Hello <img src=x onerror=alert(1)> <script>alert(2)</script> [click](javascript:alert(3)) [mail](mailto:dpo@example.com)';
    const file = variant('hostile', { sections: [{ id: 'intro', title: 'Intro', body }] });
    const { code, stdout } = await render(file, '--fragment');
    assert.equal(code, 0);
    const { document } = new JSDOM(stdout).window;
    const section = document.getElementById('section-intro')!.closest('section')!;
    assert.equal(section.querySelectorAll('img, script').length, 0);
    assert.deepEqual(
      Array.from(section.querySelectorAll('a'), (a) => a.getAttribute('href')),
      ['mailto:dpo@example.com'],
    );
    assert.match(section.textContent!, /Hello <img src=x onerror=alert\(1\)> <script>alert\(2\)<\/script> click mail/);
  });

  it('refuses an invalid policy with the validate messages, exit 1, and leaves the output file as it was', async () => {
    const output = join(dir, 'kept.html');
    writeFileSync(output, 'previous page');
    const { code, stderr } = await render(join(root, 'test/fixtures/invalid/bad-email.json'), '-o', output);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /bad-email\.json:17:11: \/rights\/0\/channels\/0\/email: `rights\[0\]\.channels\[0\]\.email` is not an email address\./,
    );
    assert.match(stderr, /not rendered: the policy is invalid\./);
    assert.equal(readFileSync(output, 'utf8'), 'previous page');
  });

  it('exits 2 with a message and the usage for bad arguments and unreadable files', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['--heading-level', '7', 'x.json'],
      ['--lang', 'français', 'x.json'],
      ['--colour', 'x.json'],
    ]) {
      const { code, stderr } = await render(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(
        stderr,
        /^privacy-notice: .+\nUsage: privacy-notice render FILE.*\n.*\nRun "privacy-notice help render" for more\.$/,
        args.join(' '),
      );
    }
    const missing = await render('no/such/policy.json');
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'no/such/policy.json: error: no such file');
    const unwritable = await render(policyFile('smarti'), '-o', join(dir, 'no-such-dir', 'out.html'));
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /out\.html: error: cannot be written \(ENOENT\)/);
  });

  it('writes through a FIFO and a symlink instead of replacing them, and to standard output with -o -', async () => {
    const policy = policyFile('smarti');
    // A symlink: the file it points to gets the page, the link stays a link.
    const target = join(dir, 'target.html');
    const link = join(dir, 'link.html');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    assert.equal((await render(policy, '-o', link)).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(target, 'utf8'), /^<!doctype html>/i);
    // A FIFO (as /dev/stdout or a pipe to another program): its reader gets the page, the FIFO stays a FIFO.
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve, reject) => {
      const cat = spawn('cat', [fifo]);
      let text = '';
      cat.stdout.on('data', (chunk) => (text += chunk));
      cat.on('close', () => resolve(text));
      cat.on('error', reject);
    });
    assert.equal((await render(policy, '-o', fifo)).code, 0);
    assert.match(await reader, /^<!doctype html>/i);
    assert.ok(lstatSync(fifo).isFIFO());
    const { code, stdout } = await render(policy, '-o', '-');
    assert.equal(code, 0);
    assert.match(stdout, /^<!doctype html>/i);
    assert.equal(existsSync(join(root, '-')), false);
  });

  it('refuses a 7 KB policy whose Markdown table would make a million cells, saying why, instead of running out of memory', async () => {
    const table = `${'|a'.repeat(1000)}|\n${'|-'.repeat(1000)}|\n${'|\n'.repeat(1000)}`;
    const file = variant('table-bomb', { sections: [{ id: 's', title: 'S', body: table }] });
    assert.ok(readFileSync(file, 'utf8').length < 8000);
    const { code, stderr } = await render(file);
    assert.equal(code, 1);
    assert.match(stderr, /sections\[0\]\.body.* has Markdown tables of 1,001,000 cells .* over the limit of 5,000/);
    // A real table (20 columns of 40 rows) is fine.
    const real = `${'| h '.repeat(20)}|\n${'| - '.repeat(20)}|\n${`${'| x '.repeat(20)}|\n`.repeat(40)}`;
    const ok = await render(variant('table-real', { sections: [{ id: 's', title: 'S', body: real }] }));
    assert.equal(ok.code, 0);
    assert.equal(new JSDOM(ok.stdout).window.document.querySelectorAll('.md td').length, 800);
  });

  it('documents itself in --help', async () => {
    const { code, stdout } = await render('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: privacy-notice render FILE/);
    const all: string[] = [];
    await run(
      ['--help'],
      (line) => all.push(line),
      () => {},
    );
    assert.match(all.join('\n'), /^Usage: privacy-notice COMMAND[^]*\n {2}render FILE/);
  });

  it('renders a policy from standard input, and takes --max-size as its help says', async () => {
    const text = readFileSync(policyFile('smarti'), 'utf8');
    const piped = spawnSync(process.execPath, [bin, 'render', '-', '--fragment'], {
      cwd: root,
      encoding: 'utf8',
      input: text,
    });
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /class="privacy-notice-static/);
    const small = await render(policyFile('smarti'), '--max-size', '10kB');
    assert.equal(small.code, 1);
    assert.match(small.stderr, /over the 10 kB size limit \(raise it with --max-size\)/);
    assert.equal((await render(policyFile('smarti'), '--max-size', '6MB', '-o', '-')).code, 0);
  });
});
