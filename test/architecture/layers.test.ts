// The one-way flow of docs/architecture.md, held: each folder of src/ imports only the layers before it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

interface Rule {
  /** Folders of src/ it may import from (its own always). */
  may: string[];
  /** Folders it may import types from, and nothing else. */
  typesFrom?: string[];
  /** Packages it may import. */
  packages: string[];
}

/** The layers, in the order data flows: load -> validate -> normalize -> view -> templates -> DOM. */
const RULES: Record<string, Rule> = {
  model: { may: [], packages: ['jsonc-parser', 'canonicalize', '@noble/hashes'] },
  i18n: { may: ['model'], packages: ['i18next'] },
  load: { may: ['model'], packages: [] },
  consent: { may: ['model'], packages: [] },
  bridge: { may: ['model'], packages: [] },
  events: { may: [], typesFrom: ['model', 'consent'], packages: [] },
  view: { may: ['model', 'i18n'], typesFrom: ['consent'], packages: ['marked'] },
  templates: { may: [], typesFrom: ['view', 'consent'], packages: ['lit'] },
  controllers: { may: ['model', 'i18n', 'load', 'consent', 'bridge', 'events', 'view'], packages: ['lit'] },
  elements: {
    may: ['model', 'i18n', 'consent', 'controllers', 'view', 'templates', '.'],
    typesFrom: ['events'],
    packages: ['lit', '@lit-labs/ssr-client'],
  },
  // Pre-rendering: the elements' views and templates as HTML, without a DOM.
  ssr: {
    may: ['model', 'i18n', 'consent', 'view', 'templates'],
    packages: ['lit', '@lit-labs/ssr', '@noble/hashes'],
  },
  static: {
    may: ['model', 'i18n', 'view', 'templates', 'ssr'],
    packages: ['lit', 'postcss', 'postcss-selector-parser'],
  },
  lint: { may: ['model', 'i18n'], packages: [] },
  labels: { may: ['model', 'lint'], packages: [] },
  cli: {
    may: ['model', 'lint', 'labels', 'static'],
    packages: ['node:crypto', 'node:fs', 'node:readline', 'node:util', 'diff'],
  },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')
        ? [path]
        : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(
    /^\s*(import|export)(\s+type)?\b[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|^\s*import\s+'([^']+)'/gm,
  )) {
    found.push({ file, specifier: (m[3] ?? m[4] ?? m[5])!, typeOnly: m[2] !== undefined });
  }
  return found;
}

/** The src/ folder an import reaches ('.' for the root files), or the package it names. */
function target(imp: Import): { folder?: string; pkg?: string } {
  if (!imp.specifier.startsWith('.'))
    return {
      pkg: imp.specifier.startsWith('node:')
        ? imp.specifier.split('/')[0]
        : imp.specifier
            .split('/')
            .slice(0, imp.specifier.startsWith('@') ? 2 : 1)
            .join('/'),
    };
  const path = relative(SRC, resolve(dirname(imp.file), imp.specifier));
  return { folder: path.includes('/') ? path.split('/')[0] : '.' };
}

const all = files(SRC).flatMap(importsOf);

describe('layers', () => {
  for (const [layer, rule] of Object.entries(RULES)) {
    it(`${layer}/ imports only ${[...rule.may, ...(rule.typesFrom ?? []).map((f) => `types of ${f}`), ...rule.packages].join(', ') || 'itself'}`, () => {
      const wrong = all
        .filter((imp) => relative(SRC, imp.file).split('/')[0] === layer)
        .filter((imp) => {
          const { folder, pkg } = target(imp);
          if (pkg) return !rule.packages.includes(pkg);
          if (folder === layer || rule.may.includes(folder!)) return false;
          return !(imp.typeOnly && rule.typesFrom?.includes(folder!));
        })
        .map((imp) => `${relative(SRC, imp.file)} imports ${imp.typeOnly ? 'types from ' : ''}${imp.specifier}`);
      assert.deepEqual(wrong, []);
    });
  }

  it('covers every folder of src/', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    assert.deepEqual(
      folders.filter((f) => !(f in RULES)),
      [],
    );
  });

  it('has no HTML sanitizer at run time: no file of src/ imports DOMPurify', () => {
    assert.deepEqual(
      all.filter((imp) => /dompurify/i.test(imp.specifier)).map((imp) => relative(SRC, imp.file)),
      [],
    );
  });

  it('sees the imports it checks (the scan finds the view’s use of marked and the templates’ of lit)', () => {
    assert.ok(all.some((imp) => imp.file.includes('/view/') && imp.specifier === 'marked'));
    assert.ok(all.some((imp) => imp.file.includes('/templates/') && imp.specifier === 'lit'));
  });
});
