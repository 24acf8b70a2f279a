// The documentation as a static site: README.md becomes index.html, docs/*.md their pages, every repository file or
// folder they link to a page of its own (a file's text, a folder's listing), and privacy.html shows the site's own
// privacy notice, rendered by privacy-notice (static HTML that the element takes over). Run after `npm run build`:
//   node scripts/docs-site.mjs [OUT_DIR] [--privacy POLICY.json]     (default site/ and docs/site-privacy.json)
// Links are written as the pages are made; test/e2e/docs-site.test.ts follows every one of them.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = fileURLToPath(new URL('../', import.meta.url));

/** GitHub's heading ids: lower case, markup and punctuation dropped, spaces to hyphens; repeats numbered by the caller. */
export function slug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The files git tracks (so nothing built or ignored is published), as repository paths. */
function trackedFiles() {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
}

/** Where a repository path is published: Markdown and sources as pages, images as they are, folders as listings. */
export function sitePath(path, isFolder) {
  if (isFolder) return posix.join(path, 'index.html');
  if (path === 'README.md') return 'index.html';
  if (path.endsWith('.md')) return path.replace(/\.md$/, '.html');
  if (/\.(png|svg|jpe?g|webp)$/.test(path)) return path;
  return `${path}.html`;
}

export function buildSite(out, { privacy = 'docs/site-privacy.json' } = {}) {
  const tracked = trackedFiles();
  const folders = new Set(
    tracked.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const docs = ['README.md', ...tracked.filter((f) => /^docs\/[^/]+\.md$/.test(f)).sort()];
  // Each page's title, its first heading as text (a title's `code` keeps its words, not its backticks).
  const titleOf = (f) => (readFileSync(join(root, f), 'utf8').match(/^# (.+)$/m)?.[1] ?? f).replaceAll('`', '');
  const titles = new Map(docs.map((f) => [f, titleOf(f)]));
  const queue = [...docs];
  const done = new Set();
  const problems = [];

  /** A link of the page at `from` (a repository path) to `href`: the site's address of its target, relative. */
  function siteLink(from, href) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
    const [path, fragment] = href.split('#');
    const target = posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(path))).replace(/\/$/, '');
    const isFolder = folders.has(target);
    // A file git tracks, or one the build writes (custom-elements.json).
    if (
      !isFolder &&
      !tracked.includes(target) &&
      !(existsSync(join(root, target)) && statSync(join(root, target)).isFile())
    ) {
      problems.push(`${from}: ${href} names no file of the repository`);
      return href;
    }
    queue.push(isFolder ? `${target}/` : target);
    const link = posix.relative(posix.dirname(sitePath(from, false)), sitePath(target, isFolder));
    return fragment ? `${link}#${fragment}` : link;
  }

  function layout(path, title, body) {
    const up = posix.relative(posix.dirname(path), '.') || '.';
    const nav = docs
      .map((f) => {
        const here = sitePath(f, false) === path ? ' aria-current="page"' : '';
        return `<li><a href="${up}/${sitePath(f, false)}"${here}>${escape(f === 'README.md' ? 'Overview' : titles.get(f))}</a></li>`;
      })
      .join('');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · privacy-notice</title>
<link rel="stylesheet" href="${up}/site.css">
${path === 'privacy.html' ? '<script type="module" src="privacy-notice/privacy-notice.js"></script>\n' : ''}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><a href="${up}/index.html">privacy-notice</a></header>
<nav aria-label="Documentation"><ul>${nav}</ul></nav>
<main id="main">
${body}
</main>
<footer><a href="${up}/privacy.html">Privacy on this site</a></footer>
</body>
</html>
`;
  }

  function markdownPage(path) {
    const seen = new Map();
    const marked = new Marked({
      renderer: {
        heading({ tokens, depth, text }) {
          const base = slug(text);
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          return `<h${depth} id="${n ? `${base}-${n}` : base}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
        },
        link({ href, title, tokens }) {
          return `<a href="${escape(siteLink(path, href))}"${title ? ` title="${escape(title)}"` : ''}>${this.parser.parseInline(tokens)}</a>`;
        },
        image({ href, title, text }) {
          return `<img src="${escape(siteLink(path, href))}" alt="${escape(text)}"${title ? ` title="${escape(title)}"` : ''}>`;
        },
      },
    });
    const text = readFileSync(join(root, path), 'utf8');
    // Code and wide tables scroll sideways on narrow screens: focusable, so a keyboard can scroll them too.
    const html = marked.parse(text).replace(/<(pre|table)>/g, '<$1 tabindex="0">');
    return layout(sitePath(path, false), titles.get(path) ?? titleOf(path), html);
  }

  function sourcePage(path) {
    return layout(
      sitePath(path, false),
      path,
      `<h1><code>${escape(path)}</code></h1>\n<pre tabindex="0"><code>${escape(readFileSync(join(root, path), 'utf8'))}</code></pre>`,
    );
  }

  function folderPage(folder) {
    const entries = [
      ...new Set(
        tracked.filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1).split('/')[0]),
      ),
    ];
    const items = entries.sort().map((name) => {
      const target = `${folder}/${name}`;
      const isFolder = folders.has(target);
      queue.push(isFolder ? `${target}/` : target);
      const link = posix.relative(folder, sitePath(target, isFolder));
      return `<li><a href="${escape(link)}">${escape(name)}${isFolder ? '/' : ''}</a></li>`;
    });
    return layout(
      sitePath(folder, true),
      `${folder}/`,
      `<h1><code>${escape(folder)}/</code></h1>\n<ul>${items.join('')}</ul>`,
    );
  }

  rmSync(out, { recursive: true, force: true });
  const write = (path, content) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  };
  while (queue.length > 0) {
    const next = queue.shift();
    if (done.has(next)) continue;
    done.add(next);
    if (next.endsWith('/')) write(sitePath(next.slice(0, -1), true), folderPage(next.slice(0, -1)));
    else if (next.endsWith('.md')) write(sitePath(next, false), markdownPage(next));
    else if (sitePath(next, false) === next) cpSync(join(root, next), join(out, next));
    else write(sitePath(next, false), sourcePage(next));
  }

  // The site's own privacy notice: static HTML with the policy inline, which the element takes over.
  const notice = execFileSync(
    process.execPath,
    [
      join(root, 'bin/privacy-notice.js'),
      'render',
      resolve(root, privacy),
      '--fragment',
      '--embed',
      '--heading-level',
      '1',
    ],
    { encoding: 'utf8' },
  );
  write('privacy.html', layout('privacy.html', 'Privacy on this site', notice));
  cpSync(join(root, 'dist/browser'), join(out, 'privacy-notice'), { recursive: true });
  cpSync(join(root, 'scripts/site.css'), join(out, 'site.css'));
  if (problems.length > 0) throw new Error(`the docs link to what the repository lacks:\n${problems.join('\n')}`);
  return { pages: [...done].length + 1 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--privacy');
  const privacy = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const out = resolve(args[0] ?? join(root, 'site'));
  const { pages } = buildSite(out, privacy ? { privacy } : {});
  console.log(
    `${relative(process.cwd(), out) || '.'}/: ${pages} pages; open index.html over HTTP (npx vite preview --outDir ${relative(process.cwd(), out) || '.'})`,
  );
}
