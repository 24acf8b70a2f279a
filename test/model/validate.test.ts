import { expect } from '@open-wc/testing';
import { pointerToPath, validatePolicy, type NormalizedPolicy } from '../../src/model/index.js';

const EXAMPLES = ['d-home-smaart', 'smarti', 'cr-smart-home', 'softathome', 'smartbt'];

async function json(path: string): Promise<Record<string, unknown>> {
  return (await fetch(path)).json();
}

async function loaded(name: string): Promise<NormalizedPolicy> {
  const result = validatePolicy(await json(`/examples/policies/${name}.json`));
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('\n')}`);
  return result.policy;
}

function allAnchors(policy: NormalizedPolicy): string[] {
  const sections = (list: NormalizedPolicy['sections']): string[] =>
    list.flatMap((s) => [s.anchor, ...sections(s.sections)]);
  return [
    ...sections(policy.sections),
    ...policy.parts.remaining.map((p) => p.anchor),
    ...policy.rights.map((r) => r.anchor),
  ];
}

describe('validatePolicy in the browser (precompiled validator, no eval)', () => {
  for (const name of EXAMPLES) {
    it(`accepts ${name} and gives every section and right a unique anchor from its id`, async () => {
      const policy = await loaded(name);
      const anchors = allAnchors(policy);
      expect(new Set(anchors).size).to.equal(anchors.length);
      for (const right of policy.rights) expect(right.anchor).to.equal(`right-${right.id}`);
      for (const anchor of anchors) expect(anchor).to.match(/^(section|part|right)-[a-z0-9-]+$/);
    });
  }

  it('resolves softathome’s processing rows to declared recipients, purposes and categories', async () => {
    const policy = await loaded('softathome');
    const doc = policy.document;
    expect(policy.processing.length).to.equal(doc.processingActivities!.length);
    policy.processing.forEach((row, i) => {
      const raw = doc.processingActivities![i]!;
      expect(row.recipients.map((r) => r.id)).to.deep.equal(raw.recipients ?? []);
      expect(row.purposes.map((p) => p.id)).to.deep.equal(raw.purposes);
      expect(row.dataCategories.map((c) => c.id)).to.deep.equal(raw.dataCategories ?? []);
      expect(row.recipients.every((r) => typeof r.label !== 'undefined')).to.equal(true);
    });
  });

  it('gives rights the shared channels, response time and fees of rightsExercise unless they set their own', async () => {
    const policy = await loaded('smartbt');
    const shared = policy.document.rightsExercise!;
    for (const right of policy.rights) {
      const own = policy.document.rights!.find((r) => r.id === right.id)!;
      expect(right.responseTime).to.deep.equal(own.responseTime ?? shared.responseTime);
      expect(right.fees).to.deep.equal(own.fees ?? shared.fees);
    }
    expect(
      policy.rights.some(
        (r) => JSON.stringify(r.responseTime) === JSON.stringify({ amount: 15, unit: 'business-day' }),
      ),
    ).to.equal(true);
  });

  it('marks strictly necessary cookie categories always on and groups d-home-smaart’s 16 cookies in them', async () => {
    const policy = await loaded('d-home-smaart');
    const necessary = policy.cookieCategories.filter((c) => c.alwaysOn);
    expect(necessary.length).to.be.greaterThan(0);
    expect(necessary.flatMap((c) => c.items).length).to.equal(16);
    // The source does not say who sets them: party stays absent (the notice says nothing of it); type defaults to cookie.
    expect(necessary.flatMap((c) => c.items).every((c) => c.party === undefined && c.type === 'cookie')).to.equal(true);
  });

  it('reports a dangling reference and a duplicate id with pointers into the input', async () => {
    const doc = await json('/test/fixtures/valid/minimal.json');
    const result = validatePolicy({
      ...doc,
      dataCategories: [
        { id: 'contact', label: 'Contact' },
        { id: 'contact', label: 'Contact again' },
      ],
      purposes: [{ id: 'service', label: 'Service', dataCategories: ['contact', 'location'] }],
      sections: [{ id: 'intro', title: 'Intro', sections: [{ id: 'intro', title: 'Again' }] }],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer).sort()).to.deep.equal([
      '/dataCategories/1/id',
      '/purposes/0/dataCategories/1',
      '/sections/0/sections/0/id',
    ]);
    for (const error of result.errors)
      expect(error.message.startsWith(`\`${pointerToPath(error.pointer)}\``)).to.equal(true);
  });

  it('refuses a newer major version with the version it reads, and ignores a newer minor’s fields with a warning', async () => {
    const doc = await json('/test/fixtures/valid/minimal.json');
    const major = validatePolicy({ ...doc, schemaVersion: '3.1.0' });
    expect(major.ok).to.equal(false);
    if (!major.ok) expect(major.errors[0]!.message).to.contain('reads schema version 1.x');
    const minor = validatePolicy({ ...doc, schemaVersion: '1.9.0', colour: 'blue' });
    expect(minor.ok).to.equal(true);
    expect(minor.warnings.map((w) => [w.pointer, w.severity])).to.deep.equal([['/colour', 'warning']]);
    if (minor.ok) expect('colour' in minor.policy.document).to.equal(false);
  });

  it('refuses reserved keys at any depth without touching Object.prototype', async () => {
    const doc = await json('/test/fixtures/valid/minimal.json');
    const hostile = JSON.parse(
      JSON.stringify({ ...doc, sections: [{ id: 'a', title: 'A' }] }).replace(
        '"title":"A"',
        '"title":"A","__proto__":{"polluted":true}',
      ),
    );
    const result = validatePolicy(hostile);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.pointer).to.equal('/sections/0/__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('places structured parts a section includes, and lists the rest after the sections', async () => {
    const policy = await loaded('smarti');
    for (const [part, sectionId] of policy.parts.placedIn) {
      expect(policy.parts.remaining.map((r) => r.part)).not.to.include(part);
      expect(allAnchors(policy)).to.include(`section-${sectionId}`);
    }
  });

  it('places some items of a part in one section and the rest elsewhere, and shows the leftovers after the sections', async () => {
    const doc = await json('/test/fixtures/valid/minimal.json');
    const result = validatePolicy({
      ...doc,
      dataCategories: [
        { id: 'account', label: 'Account data' },
        { id: 'usage', label: 'Usage data' },
        { id: 'payment', label: 'Payment data' },
      ],
      sections: [
        { id: 'account', title: 'Account', include: [{ part: 'data-categories', ids: ['account'] }] },
        { id: 'continued', body: 'Text that continues the section above, which has no heading in the source.' },
        { id: 'use', title: 'Use', include: [{ part: 'data-categories', ids: ['usage'] }] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { sections, parts } = result.policy;
    expect(sections.map((s) => s.include)).to.deep.equal([
      [{ part: 'data-categories', ids: ['account'] }],
      [],
      [{ part: 'data-categories', ids: ['usage'] }],
    ]);
    expect(sections[1]!.title).to.equal(undefined);
    expect(sections[1]!.anchor).to.equal('section-continued');
    expect(parts.remaining.filter((r) => r.part === 'data-categories')).to.deep.equal([
      { part: 'data-categories', anchor: 'section-data-categories', ids: ['payment'] },
    ]);
  });

  it('reports an item placed twice, an unknown item, and a part placed whole after some of its items', async () => {
    const doc = await json('/test/fixtures/valid/minimal.json');
    const result = validatePolicy({
      ...doc,
      rights: [{ id: 'access' }, { id: 'erasure' }],
      sections: [
        { id: 'a', title: 'A', include: [{ part: 'rights', ids: ['access', 'portability'] }] },
        { id: 'b', title: 'B', include: [{ part: 'rights', ids: ['access'] }, 'rights'] },
      ],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.pointer, e.code])).to.deep.equal([
      ['/sections/0/include/0/ids/1', 'dangling-reference'],
      ['/sections/1/include/0/ids/0', 'part-included-twice'],
      ['/sections/1/include/1', 'part-included-twice'],
    ]);
  });
});
