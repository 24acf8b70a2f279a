import { expect } from '@open-wc/testing';
import '../../src/privacy-notice.js';
import { parsePolicyText, validatePolicy } from '../../src/model/index.js';
import { loadDocs, type Docs } from './hostile-run.js';
import { RESERVED_MEMBERS, jsonUrl, objectPointers, prototypesFingerprint, withMember } from './odd-json.js';
import { renderIn, type Outcome } from './render.js';
import { thrownDuring } from './thrown.js';

const mounted: HTMLElement[] = [];
async function show(request: Parameters<typeof renderIn>[1]): Promise<Outcome> {
  const { result, thrown } = await thrownDuring(() => renderIn(document, request));
  mounted.push(result.el);
  expect(thrown, 'errors thrown into the page').to.deep.equal([]);
  return result.outcome;
}

describe('prototype pollution through reserved keys', () => {
  let docs: Docs;
  const clean = prototypesFingerprint();
  before(async () => ({ docs } = await loadDocs()));
  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    expect(prototypesFingerprint(), 'built-in prototypes after the case').to.equal(clean);
  });

  it('refuses __proto__, constructor and prototype at every object position of the five reference policies, at their pointer', () => {
    let cases = 0;
    for (const [name, doc] of Object.entries(docs)) {
      for (const pointer of objectPointers(doc)) {
        for (const [key, member] of Object.entries(RESERVED_MEMBERS)) {
          const parsed = parsePolicyText(withMember(doc, pointer, member));
          if (!parsed.ok) throw new Error(`${name} ${pointer}: the text did not parse`);
          const result = validatePolicy(parsed.value);
          expect(result.ok, `${name}: ${key} at ${pointer || '(root)'}`).to.equal(false);
          if (!result.ok)
            expect(result.errors.map((e) => [e.pointer, e.code])).to.deep.include([
              `${pointer}/${key}`,
              'forbidden-key',
            ]);
          cases++;
        }
      }
    }
    expect(prototypesFingerprint()).to.equal(clean);
    expect(cases).to.be.greaterThan(1000);
  });

  for (const route of ['.policy', 'src'] as const) {
    it(`shows the refusal, and throws nothing, for every reserved key at every object position of smarti through ${route}`, async function () {
      this.timeout(60_000);
      const doc = docs.smarti!;
      for (const pointer of objectPointers(doc)) {
        for (const [key, member] of Object.entries(RESERVED_MEMBERS)) {
          const text = withMember(doc, pointer, member);
          const outcome = await show(route === 'src' ? { src: jsonUrl(text) } : { json: text });
          expect(outcome.state, `${key} at ${pointer || '(root)'}`).to.equal('refused');
          expect(outcome.errors.map((e) => e.pointer)).to.include(`${pointer}/${key}`);
          expect(outcome.text).to.contain(`uses the reserved key "${key}"`);
          mounted.splice(0).forEach((el) => el.remove());
        }
      }
    });
  }
});

describe('odd JSON and odd objects: a correct render or a clear error, never a throw', () => {
  let minimal: Record<string, unknown>;
  const clean = prototypesFingerprint();
  before(async () => {
    minimal = await (await fetch('/test/fixtures/valid/minimal.json')).json();
  });
  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    history.replaceState(null, '', location.pathname + location.search);
    expect(prototypesFingerprint(), 'built-in prototypes after the case').to.equal(clean);
  });

  /** The same JSON text through `.policy` and through `src`; both outcomes. */
  const bothRoutes = async (text: string) => [await show({ json: text }), await show({ src: jsonUrl(text) })];

  it('refuses ids that are not ids (__proto__, toString, hasOwnProperty) at their pointer', async () => {
    for (const id of ['__proto__', 'toString', 'hasOwnProperty']) {
      const text = JSON.stringify({
        ...minimal,
        dataCategories: [{ id, label: 'Data' }],
        sections: [{ id, title: 'S' }],
      });
      for (const outcome of await bothRoutes(text)) {
        expect(outcome.state, id).to.equal('refused');
        expect(outcome.errors.map((e) => e.pointer)).to.include.members(['/dataCategories/0/id', '/sections/0/id']);
      }
    }
  });

  it('treats ids that name Object members (constructor, prototype, valueof, tostring) as ordinary ids: resolved, rendered, linkable', async () => {
    const ids = ['constructor', 'prototype', 'valueof', 'tostring', 'hasownproperty'];
    const doc = {
      ...minimal,
      dataCategories: ids.map((id) => ({ id, label: `Data ${id}` })),
      recipients: [{ id: 'constructor', label: 'Recipient constructor' }],
      purposes: [{ id: 'prototype', label: 'Purpose prototype', dataCategories: ids, recipients: ['constructor'] }],
      rights: [{ id: 'constructor', custom: true, title: 'Right constructor' }],
      sections: [{ id: 'constructor', title: 'Section constructor', include: ['data-categories', 'purposes'] }],
    };
    const outcome = await show({ json: JSON.stringify(doc) });
    expect(outcome.state, outcome.errors.map((e) => e.message).join()).to.equal('rendered');
    for (const id of ids) expect(outcome.text).to.contain(`Data ${id}`);
    const el = mounted.at(-1) as HTMLElement & { focusRight(id: string): boolean };
    expect(el.shadowRoot!.getElementById('section-constructor')).to.not.equal(null);
    expect(el.focusRight('constructor')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.id).to.equal('right-constructor');
  });

  it('reports a reference to an undeclared "constructor" or "tostring" as dangling, not as Object’s own', async () => {
    const doc = {
      ...minimal,
      dataCategories: [{ id: 'name', label: 'Name' }],
      purposes: [{ id: 'p', label: 'P', dataCategories: ['constructor', 'tostring'] }],
    };
    const outcome = await show({ json: JSON.stringify(doc) });
    expect(outcome.errors.map((e) => [e.pointer, e.code])).to.deep.equal([
      ['/purposes/0/dataCategories/0', 'dangling-reference'],
      ['/purposes/0/dataCategories/1', 'dangling-reference'],
    ]);
  });

  it('takes the last of duplicate keys, as JSON.parse does, and refuses a duplicated __proto__', async () => {
    const text = JSON.stringify(minimal).replace(
      '"title":"Privacy Policy"',
      '"title":"First title","title":"Second title"',
    );
    for (const outcome of await bothRoutes(text)) {
      expect(outcome.state).to.equal('rendered');
      expect(outcome.text).to.contain('Second title').and.not.contain('First title');
    }
    const twice = JSON.stringify(minimal).replace('{', '{"__proto__": {"a": 1}, "__proto__": {"polluted": true},');
    for (const outcome of await bothRoutes(twice))
      expect(outcome.errors.map((e) => e.code)).to.include('forbidden-key');
  });

  it('shows text with unpaired surrogates (valid JSON, invalid Unicode), in a mail subject too, and refuses them where a format is required', async () => {
    const text = JSON.stringify({
      ...minimal,
      title: 'Title \ud800 end',
      summary: 'Body \udc00 **bold**',
      rights: [{ id: 'access', channels: [{ type: 'email', email: 'dpo@example.com', subject: 'Request \ud83d' }] }],
    });
    for (const outcome of await bothRoutes(text)) {
      expect(outcome.state, outcome.errors.map((e) => e.message).join()).to.equal('rendered');
      expect(outcome.text).to.contain('Title \ud800 end');
      expect(outcome.badLinks).to.deep.equal([]);
    }
    const el = mounted.at(-1)!;
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(
      'mailto:dpo@example.com?subject=Request%20%EF%BF%BD',
    );
    const badId = await show({ json: JSON.stringify({ ...minimal, id: 'a\ud800' }) });
    expect(badId.errors.map((e) => e.pointer)).to.deep.equal(['/id']);
    const badTag = await show({ json: JSON.stringify({ ...minimal, title: { en: 'T', '\ud800': 'x' } }) });
    expect(badTag.errors.map((e) => [e.pointer, e.code])).to.deep.equal([['/title/\ud800', 'language-tag']]);
  });

  it('refuses a string where a list belongs, and other wrong types, at their pointer', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ languages: 'en' }, '/languages'],
      [{ sections: 'intro' }, '/sections'],
      [{ rights: 'access' }, '/rights'],
      [{ controller: { name: 'X', address: { lines: '1 rue de la Paix' } } }, '/controller/address/lines'],
      [{ dataCategories: [{ id: 'a', label: 'A', examples: 'e-mail' }] }, '/dataCategories/0/examples'],
      [{ title: ['Privacy'] }, '/title'],
      [{ title: null }, '/title'],
      [{ sections: {} }, '/sections'],
    ];
    for (const [patch, pointer] of cases) {
      for (const outcome of await bothRoutes(JSON.stringify({ ...minimal, ...patch }))) {
        expect(outcome.state, pointer).to.equal('refused');
        expect(
          outcome.errors.map((e) => e.pointer),
          JSON.stringify(patch),
        ).to.include(pointer);
      }
    }
    for (const root of ['[]', '"policy"', 'null', '42', 'true']) {
      for (const outcome of await bothRoutes(root)) {
        expect(outcome.state, root).to.equal('refused');
        expect(outcome.errors[0]!.message, root).to.contain('must be a JSON object');
      }
    }
  });

  it('refuses objects that are not JSON data, with a clear error and no hang: throwing getters, proxies, cycles, shared-object bombs', async () => {
    const getter = { ...minimal };
    Object.defineProperty(getter, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      { ...minimal },
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    const cyclic: Record<string, unknown> = { ...minimal };
    cyclic.sections = [{ id: 'a', title: 'A', sections: [] as unknown[] }];
    (cyclic.sections as Array<{ sections: unknown[] }>)[0]!.sections.push(cyclic, cyclic);
    let bomb: unknown = 'leaf';
    for (let i = 0; i < 60; i++) bomb = [bomb, bomb]; // 2^60 paths through 61 objects
    const cases: Array<[string, unknown, string]> = [
      ['throwing getter', getter, 'unreadable'],
      ['throwing proxy', proxy, 'unreadable'],
      ['cycle', cyclic, 'cycle'],
      ['shared-object bomb', { ...minimal, summary: bomb }, 'too-large'],
    ];
    for (const [name, policy, code] of cases) {
      const outcome = await show({ policy });
      expect(outcome.state, name).to.equal('refused');
      expect(
        outcome.errors.map((e) => e.code),
        name,
      ).to.include(code);
    }
  });

  it('renders plain data however it was built: null-prototype, frozen, with undefined or function members left out as JSON would', async () => {
    const bare = Object.assign(Object.create(null), minimal, { title: 'Null-prototype policy' });
    const frozen = Object.freeze({ ...minimal, title: 'Frozen policy' });
    const extras = { ...minimal, title: 'With extras', version: undefined, toJSON: undefined };
    for (const policy of [bare, frozen, extras]) {
      const outcome = await show({ policy });
      expect(outcome.state, outcome.errors.map((e) => e.message).join()).to.equal('rendered');
      expect(outcome.text).to.contain((policy as { title: string }).title);
    }
    const fn = await show({ policy: { ...minimal, version: () => '1' } });
    expect(fn.state).to.equal('rendered');
  });

  it('survives odd reader languages and odd hashes without throwing', async () => {
    for (const lang of ['__proto__', 'constructor', 'x-', '\ud800']) {
      const outcome = await show({ json: JSON.stringify(minimal), lang });
      expect(outcome.state, lang).to.equal('rendered');
    }
    for (const hash of ['#%', '#%E0%A4%A', '#__proto__', '#constructor', '#%ED%A0%80']) {
      history.replaceState(null, '', hash);
      const outcome = await show({ json: JSON.stringify(minimal) });
      expect(outcome.state, hash).to.equal('rendered');
      const { thrown } = await thrownDuring(async () => {
        location.hash = hash === '#%' ? '#%25' : '#%';
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      expect(thrown, `hashchange to ${hash}`).to.deep.equal([]);
    }
  });
});
