// The code in docs/ that shows an example app is the app's own file, not a copy typed by hand: a fenced block after
// `<!-- snippet: PATH -->` is PATH's content. `npm run docs:snippets` writes the blocks; with `--check` it exits 1
// when one differs from its file (test/docs runs that). test/e2e/apps.test.ts builds and opens each app.
import { readdir, readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
// The marker, the fence that opens the block, what is in it (maybe nothing), and the fence that closes it.
const MARKER = /(<!-- snippet: ([^\s]+) -->\n```(\w*)\n)([^]*?)(^```$)/gm;

/** Each docs page's text with its snippet blocks made from their files, and the files it names. */
export async function withSnippets(text) {
  const files = [...text.matchAll(MARKER)].map((m) => m[2]);
  const contents = new Map(
    await Promise.all(files.map(async (f) => [f, (await readFile(new URL(f, root), 'utf8')).trimEnd()])),
  );
  return {
    text: text.replace(MARKER, (_, open, file, _lang, _body, close) => `${open}${contents.get(file)}\n${close}`),
    files,
  };
}

const check = process.argv.includes('--check');
const stale = [];
for (const name of (await readdir(new URL('docs/', root))).filter((f) => f.endsWith('.md'))) {
  const url = new URL(`docs/${name}`, root);
  const text = await readFile(url, 'utf8');
  const made = await withSnippets(text);
  if (made.text === text) continue;
  if (check) stale.push(`docs/${name}`);
  else await writeFile(url, made.text);
}
if (stale.length > 0) {
  console.error(`${stale.join(', ')}: a snippet differs from its example app's file; run npm run docs:snippets`);
  process.exit(1);
}
