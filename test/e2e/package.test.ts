// The package as npm publishes it: packed with `npm pack`, its contents checked, then installed into a scratch
// project that imports it from node, runs its command, bundles it for the browser and type-checks against it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { root } from './server.js';
import { TAGS } from '../elements/tags.js';

const exec = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'pn-package-'));
  const scratch = join(work, 'app');
  let files: string[] = [];
  let tarball = '';

  before(async () => {
    const { stdout } = await exec(npm, ['pack', '--json', '--pack-destination', work], { cwd: root });
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    files = packed.files.map((f: { path: string }) => f.path);
    tarball = join(work, packed.filename);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds the builds, declarations, manifest, schema and command, and nothing of the sources or tests', () => {
    const needed = [
      'package.json',
      'README.md',
      'docs/website.md',
      'docs/elements.md',
      'bin/privacy-notice.js',
      'dist/privacy-notice.js',
      'dist/cli.js',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/privacy-notice.js',
      'dist/lib/privacy-notice.d.ts',
      'dist/lib/model/policy.generated.d.ts',
      'custom-elements.json',
      'schemas/privacy-policy.schema.json',
      ...TAGS.flatMap((tag) => [`dist/lib/elements/${tag}/${tag}.js`, `dist/lib/elements/${tag}/${tag}.d.ts`]),
    ];
    for (const file of needed) assert.ok(files.includes(file), `${file} is in the package`);
    assert.ok(
      files.some((f) => /^dist\/cli\/page-[\w-]+\.js$/.test(f)),
      'the render chunk of the command',
    );
    const stray = files.filter((f) =>
      /^(src|test|examples|scripts|node_modules)\/|\.tgz$|\.ts$(?<!\.d\.ts)|tsconfig/.test(f),
    );
    assert.deepEqual(stray, []);
    for (const f of files.filter(
      (f) => f.startsWith('dist/lib/') && f.endsWith('.js') && !f.endsWith('.generated.js'),
    )) {
      assert.ok(files.includes(f.replace(/\.js$/, '.d.ts')), `${f} has its declarations`);
    }
  });

  it('points exports, types, customElements and sideEffects at files it holds; every registering module is a side effect', () => {
    const targets: string[] = [pkg.main, pkg.types, pkg.customElements];
    for (const [key, target] of Object.entries<string | Record<string, string>>(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
        targets.push(...(key.includes('*') ? TAGS.map((tag) => path.replaceAll('*', tag)) : [path]));
      }
    }
    for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is in the package`);
    const published = pkg.sideEffects.filter((p: string) => !p.startsWith('./src/'));
    for (const path of published)
      assert.ok(files.includes(path.slice(2)), `sideEffects entry ${path} is in the package`);
    const registering = files.filter(
      (f) => f.startsWith('dist/lib/') && f.endsWith('.js') && /\bdefine\("/.test(readFileSync(join(root, f), 'utf8')),
    );
    assert.deepEqual(registering.sort(), TAGS.map((tag) => `dist/lib/elements/${tag}/${tag}.js`).sort());
    for (const file of registering)
      assert.ok(pkg.sideEffects.includes(`./${file}`), `${file} registers an element, so sideEffects lists it`);
    for (const file of registering)
      assert.ok(
        pkg.sideEffects.includes(`./${file.replace('dist/lib/', 'src/').replace(/\.js$/, '.ts')}`),
        `and its source, for our own bundle`,
      );
  });

  describe('installed into a scratch project', () => {
    /** Why the package could not be installed (offline, with an npm cache that lacks a dependency). */
    let notInstalled: string | undefined;
    before(async () => {
      writeFileSync(join(work, 'package.json'), '{}'); // keeps npm from walking up to another project
      mkdirSync(scratch, { recursive: true });
      writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
      // Dependencies come from the local npm cache (they are there after `npm ci` here), without the network when
      // it can be done; else from the registry, with a short timeout: offline, the suite is skipped, saying why,
      // instead of hanging on npm's retries.
      const install = (...how: string[]) =>
        exec(npm, ['install', ...how, '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch });
      try {
        await install('--offline');
      } catch {
        try {
          await install(
            '--prefer-offline',
            '--fetch-timeout=20000',
            '--fetch-retries=1',
            '--fetch-retry-mintimeout=1000',
            '--fetch-retry-maxtimeout=2000',
          );
        } catch (error) {
          const reason = String((error as { stderr?: string }).stderr ?? error)
            .split('\n')
            .find((l) => /ERR/.test(l));
          notInstalled = `npm could not install the package's dependencies from its cache or the registry (${reason ?? 'no network?'})`;
        }
      }
    });

    it('imports the main entry, the model, the schema and the manifest from node', async (t) => {
      if (notInstalled) return t.skip(notInstalled);
      writeFileSync(
        join(scratch, 'node-use.js'),
        `
        import { readFileSync } from 'node:fs';
        import { createRequire } from 'node:module';
        import { validatePolicy, PrivacyNoticeElement } from 'privacy-notice';
        import { SCHEMA_VERSION, validatePolicy as validateOnly } from 'privacy-notice/model';
        import schema from 'privacy-notice/schema.json' with { type: 'json' };
        const require = createRequire(import.meta.url);
        const manifest = JSON.parse(readFileSync(require.resolve('privacy-notice/custom-elements.json'), 'utf8'));
        const result = validatePolicy(JSON.parse(readFileSync(process.argv[2], 'utf8')));
        const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
        const same = validateOnly(JSON.parse(readFileSync(process.argv[2], 'utf8'))).ok;
        console.log(JSON.stringify({ ok: result.ok, same, element: typeof PrivacyNoticeElement, rights: result.ok && result.policy.rights.length, id: schema.$id, SCHEMA_VERSION, tags }));
      `,
      );
      const { stdout } = await exec(process.execPath, ['node-use.js', join(root, 'examples/policies/smarti.json')], {
        cwd: scratch,
      });
      const seen = JSON.parse(stdout);
      assert.equal(seen.ok, true);
      assert.equal(seen.same, true, 'privacy-notice/model validates alike without lit or a DOM');
      assert.equal(
        seen.element,
        'function',
        'the main entry imports in node (server-side rendering of an app that uses it)',
      );
      assert.ok(seen.rights > 0);
      assert.equal(seen.id, 'https://unpkg.com/privacy-notice/schemas/privacy-policy.schema.json');
      assert.match(seen.SCHEMA_VERSION, /^1\.\d+\.\d+$/);
      assert.deepEqual(seen.tags.sort(), [...TAGS].sort());
    });

    it('runs its command: validate, and render with jsdom from the installed dependencies', async (t) => {
      if (notInstalled) return t.skip(notInstalled);
      const bin = join(scratch, 'node_modules/.bin/privacy-notice');
      const policy = join(root, 'examples/policies/smarti.json');
      const validated = await exec(bin, ['validate', policy], { cwd: scratch });
      assert.match(validated.stderr, /1 file checked: 1 valid/);
      const rendered = await exec(bin, ['render', policy, '--fragment'], { cwd: scratch });
      assert.match(rendered.stdout, /<div class="privacy-notice-static">[^]*id="right-access"/);
    });

    async function bundle(source: string): Promise<string> {
      const result = await build({
        stdin: { contents: source, resolveDir: scratch, loader: 'js' },
        absWorkingDir: scratch,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    }

    it('bundles for the browser: define registers every element with one copy of lit; the model alone registers nothing', async (t) => {
      if (notInstalled) return t.skip(notInstalled);
      const all = await bundle(`import 'privacy-notice/define';`);
      for (const tag of TAGS) assert.match(all, new RegExp(`define\\("${tag}"`), `${tag} is registered`);
      assert.equal(all.match(/litHtmlVersions \?\?= \[\]/g)?.length, 1, 'one lit-html');
      const one = await bundle(`import 'privacy-notice/define/privacy-rights.js';`);
      assert.match(one, /define\("privacy-rights"/);
      assert.doesNotMatch(one, /define\("privacy-(notice|cookies|permissions)"/);
      const model = await bundle(`import { validatePolicy } from 'privacy-notice'; console.log(validatePolicy({}));`);
      assert.doesNotMatch(
        model,
        /customElements\.define|define\("privacy-/,
        'sideEffects lets the bundler drop every element',
      );
      assert.ok(model.length < all.length / 2, `model-only bundle ${model.length} bytes, elements ${all.length}`);
    });

    for (const resolution of ['bundler', 'nodenext']) {
      it(`type-checks an app against its declarations (moduleResolution ${resolution}, skipLibCheck off)`, async (t) => {
        if (notInstalled) return t.skip(notInstalled);
        writeFileSync(
          join(scratch, 'app.ts'),
          `
          import 'privacy-notice/define';
          import { validatePolicy, type PrivacyPolicyDocument, type PolicyErrorDetail } from 'privacy-notice';
          const notice = document.querySelector('privacy-notice');
          const shown: boolean | undefined = notice?.focusRight('erasure');
          notice?.addEventListener('privacy-notice-load', (event) => console.log(event.detail.policy.id, event.detail.warnings.length));
          notice?.addEventListener('privacy-notice-error', (event) => { const detail: PolicyErrorDetail = event.detail; console.log(detail.errors[0]?.pointer); });
          const rights = document.createElement('privacy-rights');
          rights.headingLevel = 3;
          const doc: PrivacyPolicyDocument = { schemaVersion: '1.0.0', id: 'x', defaultLanguage: 'en', title: 'T', controller: { name: 'C' } };
          console.log(shown, validatePolicy(doc).ok);
        `,
        );
        const module = resolution === 'bundler' ? 'esnext' : 'nodenext';
        const tsc = join(root, 'node_modules/typescript/bin/tsc');
        const args = [
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          'false',
          '--target',
          'es2022',
          '--lib',
          'es2023,dom,dom.iterable',
          '--module',
          module,
          '--moduleResolution',
          resolution,
          'app.ts',
        ];
        const result = await exec(process.execPath, [tsc, ...args], { cwd: scratch }).catch((error) => error);
        assert.equal(result.stdout, '', result.stdout);
      });
    }
  });
});
