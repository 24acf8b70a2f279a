// docs/elements.md from custom-elements.json (the manifest `cem analyze` writes from the elements' source and
// JSDoc, at `npm run build`): each element's attributes, methods, events and CSS parts. `npm run docs:elements`
// writes it; with `--check` it exits 1 when the page is not what the manifest makes (test/docs runs that).
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const OUT = new URL('docs/elements.md', root);

/** Prose from the JSDoc: an element's tag written bare (`<privacy-notice>`) would be taken for HTML. */
const prose = (text = '') => text.replace(/(?<!`)<([a-z]+(?:-[a-z]+)+)>(?!`)/g, '`<$1>`');
/** Table cell text: one line, pipes escaped (GitHub splits cells on them even inside code). */
const cell = (text = '') =>
  prose(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

export function elementsPage(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = [
    '# The elements',
    '',
    '[← README: all documentation](../README.md#documentation)',
    '',
    'Generated from [`custom-elements.json`](../custom-elements.json) by `npm run docs:elements`: what each element',
    'takes, does, fires and lets a page style. How to use them:',
    '[Getting started on a website](website.md) and [Consent choices](consent.md).',
    '',
  ];
  for (const el of elements) {
    const methods = (el.members ?? []).filter(
      (m) => m.kind === 'method' && !m.privacy && !m.static && m.description && !m.name.startsWith('_'),
    );
    const properties = (el.members ?? []).filter(
      (m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description,
    );
    const signature = (m) =>
      `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.default ? ` = ${p.default}` : ''}`).join(', ')})`;
    lines.push(
      `## \`<${el.tagName}>\``,
      '',
      prose(el.description),
      '',
      ...table(
        ['attribute', 'property', 'type', 'default', ''],
        (el.attributes ?? []).map((a) => [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
      ...table(
        ['property (no attribute)', 'type', ''],
        properties.map((p) => [
          code(p.name),
          code(p.type?.text),
          cell(`${p.readonly ? 'Read-only. ' : ''}${p.description}`),
        ]),
      ),
      ...table(
        ['method', 'returns', ''],
        methods.map((m) => [code(signature(m)), code(m.return?.type?.text), cell(m.description)]),
      ),
      ...table(
        ['event', 'detail', ''],
        (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
      ...table(
        ['CSS part', ''],
        (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const page = elementsPage(manifest);
if (process.argv.includes('--check')) {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  if (current !== page) {
    console.error('docs/elements.md is not what custom-elements.json makes: run `npm run docs:elements`.');
    process.exitCode = 1;
  }
} else {
  await writeFile(OUT, page);
}
