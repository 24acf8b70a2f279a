// npm run locale:new -- <tag>: starts src/i18n/locales/<tag>.json, a UI locale a translator fills in without any
// code. Every string is the English one to translate, plural keys already in the language's CLDR categories
// (Russian: _one, _few, _many, _other). `npm test` then lists what is still English; docs/languages.md says the rest.
import { access, writeFile } from 'node:fs/promises';
import { en } from '../src/i18n/locales/en.ts';

const tag = process.argv[2];
const canonical = (t) => {
  try {
    return Intl.getCanonicalLocales(t)[0] === t;
  } catch {
    return false; // not a language tag at all (sr_Latn)
  }
};
if (!tag || !canonical(tag)) {
  console.error('Usage: npm run locale:new -- <tag>   (a canonical BCP 47 tag: ru, ca, sr-Latn, pt-BR)');
  process.exit(2);
}
// --dir DIR writes elsewhere (the tests do, so as not to add a locale to the tree while other tests read it).
const at = process.argv.indexOf('--dir');
const dir =
  at > 0
    ? new URL(`${process.argv[at + 1]}/`, `file://${process.cwd()}/`)
    : new URL('../src/i18n/locales/', import.meta.url);
const file = new URL(`${tag}.json`, dir);
const exists = await access(file).then(
  () => true,
  () => false,
);
if (exists) {
  console.error(`${tag}.json exists already: edit it.`);
  process.exit(1);
}
const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
const strings = Object.fromEntries(
  Object.entries(en).map(([group, keys]) => {
    const out = {};
    for (const [key, text] of Object.entries(keys)) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (!plural) out[key] = text;
      else if (plural[2] === 'other')
        for (const c of categories) out[`${plural[1]}_${c}`] = keys[`${plural[1]}_${c}`] ?? text;
    }
    return [group, out];
  }),
);
await writeFile(file, `${JSON.stringify(strings, null, 2)}\n`);
console.log(`wrote ${file.pathname}: translate each string, keep each {{placeholder}}, then run npm test`);
