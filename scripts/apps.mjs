// Builds the example apps of examples/apps/ with each framework's own tooling, as their READMEs say:
//   node scripts/apps.mjs [react|vue|angular|eleventy|astro ...]   (after npm run build; writes examples/apps/NAME/dist/)
// test/e2e/apps.test.ts builds them into a scratch folder with the same functions and opens them in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const APPS = ['react', 'vue', 'angular', 'eleventy', 'astro'];
export const appDir = (name) => `${root}examples/apps/${name}/`;

/** Runs a command of node_modules/.bin in `cwd`; its output is kept for the error when it fails. */
function run(cwd, bin, ...args) {
  const result = spawnSync(process.execPath, [`${root}node_modules/${bin}`, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${bin} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
}

async function viteBuild(name, outDir) {
  const { build } = await import('vite');
  await build({
    root: appDir(name),
    configFile: existsSync(`${appDir(name)}vite.config.ts`) ? `${appDir(name)}vite.config.ts` : false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  });
}

/** Type-checks an app as its framework does (Angular's compiler checks while it compiles). */
export function typeCheck(name) {
  if (name === 'react') run(appDir(name), 'typescript/bin/tsc', '-p', '.');
  if (name === 'vue') run(appDir(name), 'vue-tsc/bin/vue-tsc.js', '-p', '.');
}

/** Builds the app `name` into `outDir`: a folder to serve over HTTP. */
export async function buildApp(name, outDir) {
  if (name === 'react' || name === 'vue') return viteBuild(name, outDir);
  if (name === 'angular') {
    // Angular's ahead-of-time compiler writes out-tsc/, which Vite bundles from index.html.
    try {
      run(appDir(name), '@angular/compiler-cli/bundles/src/bin/ngc.js', '-p', '.');
      return await viteBuild(name, outDir);
    } finally {
      rmSync(`${appDir(name)}out-tsc`, { recursive: true, force: true });
    }
  }
  if (name === 'eleventy')
    return run(appDir(name), '@11ty/eleventy/cmd.cjs', '--config=eleventy.config.js', `--output=${outDir}`, '--quiet');
  if (name === 'astro') return run(appDir(name), 'astro/astro.js', 'build', `--outDir=${outDir}`, '--silent');
  throw new Error(`no example app ${name}: ${APPS.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of process.argv.length > 2 ? process.argv.slice(2) : APPS) {
    typeCheck(name);
    await buildApp(name, `${appDir(name)}dist`);
    console.log(`examples/apps/${name}/dist/`);
  }
}
