// The builders of the structured parts, in node: what each part says, in which order, with which links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPartView, bulkText, type PartView } from '../../src/view/index.js';
import { choices, loadExample, normalized, readerOf, said, wordsOf, type ReferencePolicy } from './helpers.js';
import { MINIMAL } from '../reader.js';
import { loadUi } from '../../src/i18n/ui.js';
import type { Reader } from '../../src/view/index.js';

async function part<P extends PartView['part']>(
  doc: Record<string, any> | ReferencePolicy,
  name: P,
  lang = 'en',
  extra: Partial<Reader> = {},
) {
  const policy = normalized(typeof doc === 'string' ? await loadExample(doc) : doc);
  const screen = buildPartView(policy, await readerOf(policy, lang, extra), name);
  return { view: screen.body.part as Extract<PartView, { part: P }>, screen, policy };
}

const factsOf = (facts: Array<{ label: string; value: unknown }>) =>
  Object.fromEntries(facts.map((f) => [f.label, said(f.value)]));

describe('contacts and authorities', () => {
  it('names the controller with its registration and how to reach it; mail and phone as links to exactly that address', async () => {
    const doc = await loadExample('d-home-smaart');
    const { view } = await part(doc, 'contacts');
    assert.equal(
      view.controller.name.value,
      typeof doc.controller.name === 'string' ? doc.controller.name : doc.controller.name.en,
    );
    const email = view.controller.facts.find((f) => f.label === 'Email')!.value[0] as {
      href: string;
      literal: boolean;
    };
    assert.equal(email.href, `mailto:${doc.controller.email}`);
    assert.equal(email.literal, true);
  });

  it('links a website only when the one rule allows it; an http: one is shown as text', async () => {
    const doc = await loadExample('smarti');
    doc.controller.website = 'http://example.com/';
    doc.supervisoryAuthorities = [{ name: 'CNIL', url: 'https://www.cnil.fr/' }];
    const { view } = await part(doc, 'contacts');
    assert.deepEqual(view.controller.facts.find((f) => f.label === 'Website')!.value, [
      { kind: 'url', value: 'http://example.com/' },
    ]);
    const authorities = (await part(doc, 'authorities')).view;
    assert.deepEqual(authorities.authorities[0]!.facts[0]!.value, [
      { kind: 'link', href: 'https://www.cnil.fr/', external: true, literal: true, words: ['https://www.cnil.fr/'] },
    ]);
  });

  it('writes an address line by line, with the country unless a line already names it', async () => {
    const doc = await loadExample('smarti');
    doc.controller.address = { lines: ['1 rue Exemple', '75001 Paris'], country: 'FR' };
    doc.dpo = { name: 'DPO', address: { lines: ['Hauptstraße 1', 'Berlin, Germany'], country: 'DE' } };
    const { view } = await part(doc, 'contacts');
    assert.deepEqual(view.controller.facts.find((f) => f.label === 'Address')!.value[0], {
      kind: 'address',
      lines: [{ value: '1 rue Exemple' }, { value: '75001 Paris' }],
      country: 'France',
    });
    const dpo = view.contacts[0]!;
    assert.equal(dpo.heading, 'Data Protection Officer');
    assert.equal((dpo.facts.find((f) => f.label === 'Address')!.value[0] as { country?: string }).country, undefined);
  });
});

describe('data categories and purposes', () => {
  it('marks sensitive categories in words, with their kinds, and names each category’s source', async () => {
    const doc = await loadExample('softathome');
    doc.dataCategories[0] = {
      ...doc.dataCategories[0],
      sensitive: true,
      sensitiveKind: ['health', 'biometric'],
      source: doc.sources[0].id,
    };
    const { view } = await part(doc, 'data-categories');
    const first = view.categories[0]!;
    assert.equal(first.sensitive, 'Sensitive data: health and biometric');
    assert.equal(factsOf(first.facts).Source, doc.sources[0].label);
  });

  it('says each purpose’s legal bases in one way: the name, the law, the policy’s own wording when it adds to the name', async () => {
    const doc = await loadExample('smarti');
    doc.purposes[0].legalBases = [
      { basis: 'contract', note: 'Performance of a contract' },
      {
        basis: 'legitimate-interests',
        regime: 'uk-gdpr',
        note: 'to keep the service safe',
        legitimateInterest: 'security',
      },
    ];
    delete doc.purposes[0].legalBasisNote;
    const { view } = await part(doc, 'purposes');
    assert.equal(
      factsOf(view.purposes[0]!.facts)['Legal basis'],
      'Performance of a contract and Legitimate interests (UK GDPR) to keep the service safeLegitimate interest: security',
    );
    const second = (view.purposes[0]!.facts[0]!.value[2] as { content: unknown[] }).content;
    // The law as an aside and the policy's wording as a quote, each by a pattern of the UI's language.
    assert.deepEqual(second.slice(1, 6), [
      ' (',
      'UK GDPR',
      ')',
      ' ',
      { kind: 'quote', content: [{ value: 'to keep the service safe' }] },
    ]);
  });

  it('shows a purpose’s legal-basis note in its legal-basis fact, after the bases it names', async () => {
    const doc = await loadExample('cr-smart-home');
    const { view } = await part(doc, 'purposes');
    let checked = 0;
    for (const [i, purpose] of view.purposes.entries()) {
      const source = doc.purposes[i];
      if (!source.legalBasisNote) continue;
      const fact = purpose.facts.find((f) => f.label === 'Legal basis')!;
      assert.ok(said(fact.value).endsWith(source.legalBasisNote), said(fact.value));
      assert.equal(purpose.facts.indexOf(fact), 0);
      checked++;
    }
    assert.ok(checked > 0);
  });
});

describe('processing', () => {
  it('has softathome’s 12 rows with their columns, each recipient list resolved once in normalize', async () => {
    const doc = await loadExample('softathome');
    const { view } = await part(doc, 'processing');
    assert.deepEqual(view.columns, [
      'Source',
      'Operations',
      'Purposes',
      'Personal data',
      'Legal basis',
      'People concerned',
      'Recipients',
    ]);
    assert.equal(view.rows.length, 12);
    const label = new Map<string, string>(doc.recipients.map((r: { id: string; label: string }) => [r.id, r.label]));
    doc.processingActivities.forEach((activity: { label: string; recipients: string[] }, i: number) => {
      const row = view.rows[i]!;
      assert.equal(said(row.label), activity.label);
      assert.equal(said(row.cells[6]), activity.recipients.map((id) => label.get(id)).join('; '));
      assert.deepEqual(
        row.facts.map((f) => f.label),
        view.columns.filter((_, c) => row.cells[c]!.length),
      );
    });
  });

  it('names a row without a label by its purposes, and adds Retention and Transfers only when a row has them', async () => {
    const doc = await loadExample('softathome');
    const [first] = doc.processingActivities;
    doc.processingActivities = [
      {
        ...first,
        label: undefined,
        retention: { duration: 'P13M' },
        transfers: [doc.internationalTransfers.transfers[0].id],
      },
    ];
    const { view, policy } = await part(doc, 'processing');
    assert.equal(
      view.rows[0]!.label,
      new Intl.ListFormat('en', { type: 'conjunction' }).format(
        policy.processing[0]!.purposes.map((p) => p.label as string),
      ),
    );
    assert.deepEqual(view.columns.slice(-2), ['Retention', 'Transfers']);
    assert.equal(said(view.rows[0]!.cells.at(-2)), '13 months');
    assert.match(said(view.rows[0]!.cells.at(-1)), /Worldwide.*Standard contractual clauses/);
  });

  it('keeps each row header to the activity’s name, its source explanation in the Source cell', async () => {
    const doc = await loadExample('softathome');
    const { view } = await part(doc, 'processing');
    doc.processingActivities.forEach((activity: { label: string; sourceExplanation?: string }, i: number) => {
      const row = view.rows[i]!;
      assert.equal(said(row.label), activity.label);
      assert.ok(!('explanation' in row), 'no explanation beside the row header');
      if (activity.sourceExplanation) assert.ok(said(row.cells[0]).includes(activity.sourceExplanation.slice(0, 40)));
    });
    assert.ok(doc.processingActivities.some((a: { sourceExplanation?: string }) => a.sourceExplanation));
  });

  it('leaves out a column no row fills', async () => {
    const doc = await loadExample('softathome');
    for (const activity of doc.processingActivities) delete activity.operations;
    const { view } = await part(doc, 'processing');
    assert.ok(!view.columns.includes('Operations'));
    assert.equal(view.columns.length, 6);
    assert.ok(view.rows.every((row) => row.cells.length === 6));
  });
});

describe('recipients, retention and transfers', () => {
  it('shows only the recipients placed, in the placement’s order', async () => {
    const policy = normalized(await loadExample('softathome'));
    const [a, b] = policy.recipients;
    const { buildScreen } = await import('../../src/view/screen.js');
    const { buildRecipients } = await import('../../src/view/parts/lists.js');
    const view = buildScreen(policy, await readerOf(policy), (w) => ({
      kind: 'part' as const,
      weight: 0,
      part: buildRecipients(w, { part: 'recipients', ids: [b!.id, a!.id] }),
    })).body.part!;
    assert.deepEqual(
      (view as { recipients: Array<{ label: { value: string } }> }).recipients.map((r) => r.label.value),
      [b!.label, a!.label],
    );
  });

  it('says each retention rule as “what: how long”, naming the data when the rule has no label, in the reader’s language', async () => {
    const doc = await loadExample('d-home-smaart');
    const { view } = await part(doc, 'retention');
    assert.deepEqual(
      view.rules.map((r) => said(r.content)),
      doc.retention.rules.map((r: any) => `${r.label.en}: ${r.retention.criterion.en}`),
    );
    doc.retention.rules = [{ id: 'r', dataCategories: [doc.dataCategories[0].id], retention: { duration: 'P3Y' } }];
    const french = (await part(doc, 'retention', 'fr')).view;
    assert.equal(said(french.rules[0]!.content), `${doc.dataCategories[0].label.fr}\u00a0: 3 ans`);
    assert.deepEqual(french.rules[0]!.content[0], { kind: 'strong', content: [doc.dataCategories[0].label.fr] });
  });

  it('shows where data is stored and each transfer with its safeguards and recipients', async () => {
    const { view } = await part('d-home-smaart', 'transfers', 'fr');
    assert.equal(view.storage, 'Stockées en : France et Allemagne');
    const doc = await loadExample('cr-smart-home');
    const cr = (await part(doc, 'transfers')).view;
    assert.equal(cr.transfers.length, doc.internationalTransfers.transfers.length);
    assert.match(
      Object.values(factsOf(cr.transfers[0]!.facts)).join(' | '),
      /Worldwide.*Standard contractual clauses \(GDPR Art\. 46\)/,
    );
    assert.deepEqual(cr.transfers[0]!.moreInformation, [
      {
        kind: 'link',
        href: doc.internationalTransfers.transfers[0].moreInformation,
        external: true,
        literal: false,
        words: ['More about this safeguard'],
      },
    ]);
  });
});

describe('cookies', () => {
  it('captions d-home-smaart’s strictly necessary table “Always on” with its count, and lists every cookie in order', async () => {
    const doc = await loadExample('d-home-smaart');
    const { view } = await part(doc, 'cookies');
    const [table] = view.categories;
    assert.equal(said(table!.caption), 'Strictly necessary cookies: Always on — 16 items');
    assert.deepEqual(
      table!.cookies.map((c) => c.name),
      doc.cookies.items.map((c: { name: string }) => c.name),
    );
    // The source's table has a name and a purpose per cookie: the other columns would only say defaults or nothing.
    assert.deepEqual(Object.keys(table!.headers), ['name', 'purpose']);
    assert.deepEqual([table!.cookies[0]!.provider, table!.cookies[0]!.type], [undefined, undefined]);
    assert.equal(view.after?.management?.heading, 'Managing cookies');
    assert.deepEqual(
      view.after!.optOut.map((l) => (l[0] as { href: string }).href),
      doc.cookies.optOutLinks.map((l: { url: string }) => l.url),
    );
  });

  it('says when a category lists no cookies, marks patterns, names third parties, and adds the kind the name lacks', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.cookies.items = [
      {
        ...doc.cookies.items[0],
        name: '_ga_*',
        pattern: true,
        party: 'third',
        provider: 'Google',
        duration: 'P13M',
        domain: '.example.com',
      },
    ];
    doc.cookies.categories.push({ id: 'analytics', kind: 'analytics', label: 'Measurement' });
    const { view } = await part(doc, 'cookies');
    const [first, second] = view.categories;
    const cookie = first!.cookies[0]!;
    assert.deepEqual(
      [cookie.name, said(cookie.provider), cookie.duration],
      ['_ga_* (any name of this form)', 'Third party (Google) .example.com', '13 months'],
    );
    assert.equal(said(second!.caption), 'Measurement: Analytics — 0 items');
    assert.equal(second!.empty, 'No individual cookies are listed for this category.');
  });

  it('carries the switches, the outdated notice and accept/reject all when the policy has no consent purposes', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.cookies.categories.push(
      { id: 'analytics', kind: 'analytics', label: 'Measurement' },
      { id: 'ads', kind: 'marketing', label: 'Ads' },
    );
    delete doc.consentPurposes;
    const { view } = await part(doc, 'cookies', 'en', { choices: choices({}, true) });
    assert.equal(view.outdated, 'This policy has changed since you last chose. Please review your choices.');
    assert.deepEqual(view.after!.actions, {
      label: 'Your privacy choices',
      acceptAll: 'Accept all',
      rejectAll: 'Reject all',
      save: 'Save my choices',
    });
    assert.ok(view.categories.every((c) => c.switch && 'inputId' in c.switch));
  });
});

describe('permissions and consents', () => {
  it('shows cr-smart-home’s 10 permissions with their in-app paths, data, and how to switch them off', async () => {
    const doc = await loadExample('cr-smart-home');
    const { view } = await part(doc, 'permissions');
    assert.equal(view.permissions.length, 10);
    doc.permissions.forEach((permission: any, i: number) => {
      const shown = view.permissions[i]!;
      assert.equal(shown.label.value, permission.label);
      assert.equal(shown.permission, permission.permission);
      const off = shown.facts.find((f) => f.label === 'How to switch it off')!;
      const path = (off.value[0] as { items: unknown[][] }).items[0]!.find(
        (c) => (c as { kind?: string }).kind === 'path',
      ) as { steps: Array<{ value: string }> };
      assert.deepEqual(
        path.steps.map((s) => s.value),
        permission.disable.inAppPath,
      );
    });
    const category = normalized(doc).dataCategories.find((c) => c.id === 'location-information')!;
    assert.equal(factsOf(view.permissions[0]!.facts)['Data it uses'], category.label);
  });

  it('says the consequence in the reader’s words with a fallback in its own language', async () => {
    const doc = await loadExample('d-home-smaart');
    doc.permissions = [
      {
        ...doc.permissions[0],
        platforms: ['ios', 'android'],
        consequence: { en: 'The TV finder cannot point you to a transmitter.' },
        disable: { osSettings: true },
      },
    ];
    const { view, screen } = await part(doc, 'permissions', 'fr');
    const [permission] = view.permissions;
    assert.equal(
      said(permission!.consequence),
      'Si vous la désactivez : The TV finder cannot point you to a transmitter.',
    );
    assert.deepEqual(permission!.consequence![1], {
      value: 'The TV finder cannot point you to a transmitter.',
      lang: 'en',
      dir: 'ltr',
    });
    assert.equal(factsOf(permission!.platforms).Plateformes, 'iOS et Android');
    assert.match(screen.fallbackNote!, /anglais/);
  });

  it('shows consent purposes as switches with consent state, else their default in words', async () => {
    const doc = await loadExample('cr-smart-home');
    const bare = (await part(doc, 'consents')).view;
    assert.deepEqual(
      bare.consents.map((c) => c.badge?.state),
      doc.consentPurposes.map((c: { default?: boolean }) => (c.default ? 'On by default' : 'Off until you agree')),
    );
    assert.equal(bare.after, undefined);
    const live = (await part(doc, 'consents', 'en', { choices: choices() })).view;
    assert.ok(live.consents.every((c) => c.switch && !c.badge));
    assert.deepEqual(live.after?.actions, {
      label: 'Your privacy choices',
      acceptAll: 'Accept all',
      rejectAll: 'Reject all',
    });
  });
});

describe('rights', () => {
  it('gives each right its anchor, its heading (the policy’s own title, else the catalog’s) and a copy link', async () => {
    const doc = await loadExample('smartbt');
    const { view } = await part(doc, 'rights');
    assert.deepEqual(
      view.rights.map((r) => r.anchor),
      doc.rights.map((r: { id: string }) => `right-${r.id}`),
    );
    const access = view.rights.find((r) => r.anchor === 'right-access')!;
    assert.equal(
      said(access.title),
      doc.rights.find((r: { id: string }) => r.id === 'access').title ?? 'Right of access',
    );
    assert.deepEqual(access.copyLink, { label: 'Copy link to this right' });
    // What the last copy did, next to its button: the link to select when it could not be copied.
    const failed = (
      await part(doc, 'rights', 'en', {
        copied: { anchor: 'right-access', ok: false, url: 'https://x.example/#right-access' },
      })
    ).view;
    assert.deepEqual(failed.rights.find((r: { anchor: string }) => r.anchor === 'right-access')!.copyLink, {
      label: 'Copy link to this right',
      result: { ok: false, message: 'The link could not be copied: https://x.example/#right-access' },
    });
    assert.equal(failed.rights.filter((r: { copyLink?: { result?: unknown } }) => r.copyLink?.result).length, 1);
  });

  it('turns each channel into something to act on: mail with a subject, a form link, an address, a phone number', async () => {
    const doc = await loadExample('smartbt');
    doc.rights = [
      {
        id: 'access',
        channels: [
          { type: 'email', email: 'dpo@example.com', subject: 'Access request' },
          { type: 'web-form', url: 'https://example.com/form' },
          { type: 'web-form', url: 'http://example.com/old' },
          { type: 'postal', contact: 'controller' },
          { type: 'phone', phone: '+33 1 23 45 67 89' },
        ],
      },
    ];
    doc.controller.address = { lines: ['1 rue Exemple'], country: 'FR' };
    const { view } = await part(doc, 'rights');
    const [mail, form, old, post, phone] = view.rights[0]!.channels;
    assert.deepEqual(mail!.action, [
      {
        kind: 'link',
        href: 'mailto:dpo@example.com?subject=Access%20request',
        external: false,
        literal: true,
        words: ['dpo@example.com'],
      },
    ]);
    assert.deepEqual(mail!.notes, ['Subject: Access request']);
    assert.equal((form!.action[0] as { href: string }).href, 'https://example.com/form');
    assert.deepEqual(old!.action, [{ kind: 'url', value: 'http://example.com/old' }]);
    assert.equal((post!.action[0] as { kind: string }).kind, 'address');
    assert.equal((phone!.action[0] as { href: string }).href, 'tel:+33123456789');
  });

  it('shows the shared introduction once, with the placement that shows the first right', async () => {
    const policy = normalized(await loadExample('softathome'));
    const { buildScreen } = await import('../../src/view/screen.js');
    const { buildRights } = await import('../../src/view/parts/rights.js');
    const reader = await readerOf(policy);
    const ids = policy.rights.map((r) => r.id);
    const at = (placed: string[]) =>
      buildScreen(policy, reader, (w) => ({
        kind: 'part' as const,
        weight: 0,
        part: buildRights(w, { part: 'rights', ids: placed }),
      })).body.part!;
    assert.ok((at(ids.slice(0, 2)) as { introduction?: unknown }).introduction);
    assert.equal((at(ids.slice(2)) as { introduction?: unknown }).introduction, undefined);
  });
});

describe('the right to complain (issue 19)', () => {
  const doc = {
    ...MINIMAL,
    id: 'complaint',
    supervisoryAuthorities: [
      { name: 'CNIL', country: 'FR', url: 'https://www.cnil.fr/fr/plaintes' },
      { name: 'Datatilsynet', country: 'NO', email: 'postkasse@datatilsynet.no' },
    ],
    rightsExercise: {
      channels: [{ type: 'email', email: 'privacy@example.com' }],
      responseTime: 'P30D',
    },
    rights: [{ id: 'access' }, { id: 'complaint' }],
  };

  it('points to the supervisory authorities, not to the controller, when it has no channel of its own', async () => {
    const { view } = await part(doc, 'rights');
    const [access, complaint] = (view as { rights: Array<{ channels: unknown[]; facts: unknown[] }> }).rights;
    assert.match(JSON.stringify(access!.channels), /privacy@example\.com/); // the other rights keep the controller's
    assert.equal(JSON.stringify(complaint!.channels).includes('privacy@example.com'), false);
    assert.deepEqual(
      complaint!.channels.map((c) => said((c as { label: unknown }).label)),
      ['CNIL', 'Datatilsynet'],
    );
    assert.match(
      JSON.stringify(complaint!.channels),
      /https:\/\/www\.cnil\.fr\/fr\/plaintes[^]*mailto:postkasse@datatilsynet\.no/,
    );
    assert.equal(said(complaint!.facts).includes('30'), false); // nor the controller's response time
  });

  it('keeps channels the policy gives the right itself', async () => {
    const own = {
      ...doc,
      rights: [{ id: 'complaint', channels: [{ type: 'web-form', url: 'https://example.com/complain' }] }],
    };
    const { view } = await part(own, 'rights');
    const [complaint] = (view as { rights: Array<{ channels: unknown[] }> }).rights;
    assert.match(JSON.stringify(complaint!.channels), /example\.com\/complain/);
    assert.doesNotMatch(JSON.stringify(complaint!.channels), /cnil/);
  });
});

describe('what Accept all / Reject all said', () => {
  it('names the choices it changed in the UI language, joined as the language joins a list, or says none changed', async () => {
    const doc = await loadExample('cr-smart-home');
    const change = (granted: boolean, ids: string[]) => ({
      granted,
      changed: ids.map((id) => ({ kind: 'purpose' as const, id })),
      saved: 'savedHere' as const,
    });
    const labels = (ids: string[]) =>
      ids.map((id) => (doc.consentPurposes as Array<{ id: string; label: string }>).find((p) => p.id === id)!.label);
    const en = await wordsOf(doc, 'en');
    const ids = ['app-notification', 'data-analysis'];
    assert.equal(bulkText(en, change(true, ids)), `Turned on: ${labels(ids).join(' and ')}. Saved on this device only`);
    assert.equal(bulkText(en, change(false, [])), 'No choice changed. Saved on this device only');
    // A reader whose interface is Japanese (a one-language policy shows the UI in its language otherwise).
    const ja = await wordsOf(doc, 'en', { ui: await loadUi('ja', { locale: 'ja' }) });
    assert.equal(
      bulkText(ja, { ...change(false, ids), saved: 'notSaved' }),
      `オフにしました：${labels(ids).join('、')}。${ja.t('toggle.notSaved')}`,
    );
  });
});
