// The README and every page of docs/: each relative link names a file of the repository, and each #fragment a
// heading of the page it points to (as GitHub makes heading ids). Every docs/ page is reachable from the README.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, text] of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = text!
      .trim()
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** Every Markdown link target of a page, outside code. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('documentation links', () => {
  for (const page of pages) {
    it(`${page}: every relative link and fragment resolves`, () => {
      const text = readFileSync(join(root, page), 'utf8');
      const broken: string[] = [];
      for (const link of linksOf(text)) {
        if (/^[a-z]+:/i.test(link)) continue; // https:, mailto:
        const [path, fragment] = link.split('#') as [string, string | undefined];
        const target = path ? join(dirname(join(root, page)), decodeURIComponent(path)) : join(root, page);
        if (!existsSync(target)) {
          broken.push(`${link}: no ${relative(root, target)}`);
          continue;
        }
        if (fragment && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(fragment))
          broken.push(`${link}: no heading #${fragment} in ${relative(root, target)}`);
      }
      assert.deepEqual(broken, []);
    });
  }

  it('reaches every docs/ page from the README', () => {
    const linked = new Set(
      linksOf(readFileSync(join(root, 'README.md'), 'utf8'))
        .map((l) => l.split('#')[0]!)
        .filter((l) => l.startsWith('docs/')),
    );
    assert.deepEqual(
      pages.filter((p) => p.startsWith('docs/') && !linked.has(p)),
      [],
    );
  });

  it('the code docs/ shows of the example apps is their files (npm run docs:snippets)', () => {
    const run = spawnSync(process.execPath, ['scripts/docs-snippets.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('docs/elements.md is what custom-elements.json makes (after npm run build)', () => {
    const run = spawnSync(process.execPath, ['scripts/elements-doc.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
