// Issue 13: the notice says what the policy says and nothing else, in the author's order, with names that have no
// language. Tested on two documents written for the purpose (test/fixtures/faithful/): an Android companion app for
// sensors and a shop's cookie policy, each in English and German.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintPolicy } from '../../src/lint/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { validatePolicy } from '../../src/model/index.js';
import { JSDOM } from 'jsdom';
import { renderStaticHtml } from '../../src/static/page.js';
import {
  buildNoticeView,
  buildPartView,
  type CookiesView,
  type PermissionsView,
  type RightsView,
  type SectionView,
} from '../../src/view/index.js';
import { loadFaithful, normalized, readerOf, said, stringsIn } from './helpers.js';

async function notice(doc: unknown, lang = 'en') {
  const policy = normalized(doc);
  return buildNoticeView(policy, await readerOf(policy, lang));
}

async function partOf<P>(doc: unknown, part: string, lang = 'en'): Promise<P> {
  const policy = normalized(doc);
  return buildPartView(policy, await readerOf(policy, lang), part as never).body.part as P;
}

function allSections(list: readonly SectionView[]): SectionView[] {
  return list.flatMap((s) => [s, ...allSections(s.sections)]);
}

/** The static HTML of a document's notice, as text in document order (a reader's reading order). */
async function staticText(doc: unknown, lang = 'en', within = 'body'): Promise<string> {
  const html = await renderStaticHtml(normalized(doc), { lang, fragment: true });
  const page = new JSDOM(html).window.document;
  page.querySelectorAll('style, .visually-hidden').forEach((node: Element) => node.remove());
  return page.querySelector(within)!.textContent!.replace(/\s+/g, ' ');
}

/** Asserts that the needles are shown in this order (each searched after the one before). */
function inOrder(text: string, ...needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    assert.ok(at >= 0, `"${needle}" is not shown after "${text.slice(Math.max(0, from - 40), from)}"`);
    from = at + needle.length;
  }
}

describe('1. nothing the policy does not say', () => {
  it('says nothing about whether a permission is optional when the policy does not', async () => {
    const doc = await loadFaithful('companion-app');
    const view = await partOf<PermissionsView>(doc, 'permissions');
    assert.deepEqual(
      view.permissions.map((p) => p.requirement),
      [undefined, undefined],
    );
    const text = await staticText(doc);
    assert.doesNotMatch(text, /basic service works without it|Needed for the basic service/);
    doc.permissions[0].optional = false;
    assert.equal(
      (await partOf<PermissionsView>(doc, 'permissions')).permissions[0]!.requirement,
      'Needed for the basic service.',
    );
  });

  it('shows only the description of automated decisions when the policy gives one', async () => {
    const doc = await loadFaithful('companion-app');
    const text = await staticText(doc);
    assert.match(text, /We do not use automated decision-making or profiling\./);
    assert.doesNotMatch(text, /No decisions with legal or similarly significant effects/);
    delete doc.automatedDecisionMaking.description;
    assert.match(await staticText(doc), /No decisions with legal or similarly significant effects/);
  });

  it('heads a catalog right with the policy’s own title, or with none when the title is false, keeping its anchor', async () => {
    const doc = await loadFaithful('companion-app');
    const view = await partOf<RightsView>(doc, 'rights');
    const [access, erasure] = view.rights;
    assert.equal(said(access!.title), 'Right to information');
    assert.equal(erasure!.title, undefined);
    assert.equal(erasure!.anchor, 'right-erasure');
    assert.equal(erasure!.name, 'Right to erasure');
    // The contents still list it by its catalog name (a label, and the way to its anchor); the right has no heading.
    const text = await staticText(doc, 'en', '#right-erasure');
    assert.match(text, /To delete everything the app stores/);
    assert.doesNotMatch(text, /Right to erasure/);
    assert.match(await staticText(doc, 'en', '#right-access'), /Right to information/);
  });
});

/**
 * Every sentence the library writes on its own (not a label such as "Legal basis"), and the field it says. Each is
 * shown only when that field is set: the README's list (docs/policy-content.md) is this table.
 */
const STATEMENTS: Array<[sentence: string, field: string, set: (doc: Record<string, any>) => void]> = [
  [en.permission.optional, 'permissions[].optional: true', (d) => (d.permissions[0].optional = true)],
  [en.permission.required, 'permissions[].optional: false', (d) => (d.permissions[0].optional = false)],
  [en.permission.osSettings, 'permissions[].disable.osSettings', (d) => (d.permissions[0].disable.osSettings = true)],
  [en.permission.grantInstall, 'permissions[].os[].grant', (d) => (d.permissions[1].os[0].grant = 'install-time')],
  [en.automated.notUsed, 'automatedDecisionMaking.used: false', (d) => delete d.automatedDecisionMaking.description],
  [en.automated.used, 'automatedDecisionMaking.used: true', (d) => (d.automatedDecisionMaking = { used: true })],
  ['Not intended for people under 16.', 'children.minimumAge', (d) => (d.children = { minimumAge: 16 })],
  [en.children.parentalConsent, 'children.parentalConsent', (d) => (d.children = { parentalConsent: true })],
  [
    en.changes.advanceNotice,
    'changeNotification.advanceNotice',
    (d) => (d.changeNotification = { advanceNotice: true }),
  ],
  [en.rights.free, 'rights[].fees.free: true', (d) => (d.rights[0].fees = { free: true })],
  [en.rights.notFree, 'rights[].fees.free: false', (d) => (d.rights[0].fees = { free: false })],
  [
    en.data.noRecipients,
    'noRecipients',
    (d) => ((d.noRecipients = true), delete d.recipients, delete d.purposes[0].recipients),
  ],
  [en.data.onDeviceOnly, 'onDeviceOnly', (d) => (d.dataCategories[0].onDeviceOnly = true)],
  [
    'Stored in: Germany',
    'internationalTransfers.storageLocations',
    (d) => (d.internationalTransfers = { storageLocations: ['DE'] }),
  ],
  [en.consent.on, 'consentPurposes[].default: true', (d) => (d.consentPurposes = [consent(true)])],
  [en.consent.off, 'consentPurposes[].default: false', (d) => (d.consentPurposes = [consent(false)])],
  [
    en.cookies.alwaysOn,
    'cookies.categories[].kind: strictly-necessary',
    (d) => (d.cookies = cookies('strictly-necessary', {})),
  ],
  [
    en.cookies.firstParty,
    'cookies.items[].party: first (in a table that has a third-party cookie)',
    (d) => {
      d.cookies = cookies('analytics', { party: 'first' });
      d.cookies.items.push({ name: 'ads', category: 'c', purpose: 'Ads.', party: 'third', provider: 'Ads Ltd' });
    },
  ],
  [
    en.cookies.thirdPartyUnnamed,
    'cookies.items[].party: third',
    (d) => (d.cookies = cookies('analytics', { party: 'third' })),
  ],
  [
    en.cookies.noItems,
    'cookies.categories[] with no items',
    (d) => (d.cookies = { ...cookies('analytics', {}), items: [] }),
  ],
];

/** The companion app without any field a statement of the table says. */
function withoutStatements(doc: Record<string, any>): Record<string, any> {
  delete doc.internationalTransfers;
  for (const category of doc.dataCategories) delete category.onDeviceOnly;
  for (const permission of doc.permissions) {
    delete permission.onDeviceOnly;
    for (const os of permission.os ?? []) delete os.grant;
  }
  return doc;
}

function consent(on: boolean) {
  return { id: 'tips', label: 'Tips', description: 'Tips by e-mail.', default: on };
}

function cookies(kind: string, item: Record<string, string>) {
  return {
    categories: [{ id: 'c', kind, label: 'Some cookies' }],
    items: [{ name: 'sid', category: 'c', purpose: 'Keeps you signed in.', ...item }],
  };
}

describe('1. the library’s own sentences, each only with its field', () => {
  for (const [sentence, field, set] of STATEMENTS) {
    it(`"${sentence}" only when ${field} says so`, async () => {
      const doc = withoutStatements(await loadFaithful('companion-app'));
      assert.doesNotMatch(await staticText(doc), new RegExp(escape(sentence)), 'without the field');
      set(doc);
      assert.match(await staticText(doc), new RegExp(escape(sentence)), 'with the field');
    });
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('2. text without a language', () => {
  it('marks no plain name with a language and notes no fallback in a two-language document', async () => {
    const doc = await loadFaithful('companion-app');
    const screen = await notice(doc, 'de');
    assert.equal(screen.fallbackNote, undefined);
    const langs = new Set<string>();
    JSON.stringify(screen.body, (key, value) => (key === 'lang' && langs.add(value), value));
    assert.deepEqual([...langs], []);
    const strings = stringsIn(screen.body);
    for (const name of ['Sensorhub GmbH', 'Dr. Erika Beispiel', 'Hauptstraße 1'])
      assert.ok(strings.includes(name), name);
  });

  it('still marks a language map that lacks the reader’s language, and names that language in the note', async () => {
    const doc = await loadFaithful('companion-app');
    doc.dataCategories[0].label = { en: 'Sensor readings' };
    const screen = await notice(doc, 'de');
    assert.match(screen.fallbackNote!, /Englisch/);
  });

  it('lint asks for no translation of a plain name, and does for plain text in a field that has a language', async () => {
    const doc = await loadFaithful('companion-app');
    doc.permissions[1].purpose = 'To send readings to your account.';
    const findings = lintPolicy(normalized(doc)).filter((f) => f.rule === 'missing-translation');
    assert.deepEqual(
      findings.map((f) => f.pointer),
      ['/permissions/1/purpose'],
    );
  });

  for (const tag of ['und', 'zxx']) {
    it(`refuses "${tag}" as a policy language, saying why`, async () => {
      const doc = await loadFaithful('companion-app');
      doc.languages = ['en', 'de', tag];
      const result = validatePolicy(doc);
      assert.equal(result.ok, false);
      const problem = !result.ok && result.errors.find((e) => e.pointer === '/languages/2');
      assert.ok(problem);
      assert.match(problem.message, /names no language/);
    });
  }
});

describe('3. the author’s reading order', () => {
  it('shows a purpose’s legal-basis note with its legal basis, and a data category’s note after its examples', async () => {
    const text = await staticText(await loadFaithful('companion-app'));
    inOrder(text, 'Performance of a contract', 'Pairing is part of the service you signed up for.', 'Data used');
    inOrder(text, 'Temperature', 'Humidity', 'Readings older than 30 days are averaged per hour.', 'Location while');
  });

  it('puts cookie management before the tables when the policy says so, and each category where it is included', async () => {
    const doc = await loadFaithful('website-cookies');
    const text = await staticText(doc, 'en', 'article');
    inOrder(
      text,
      'Cookies are small text files.',
      'Necessary cookies',
      'We use the following cookies.',
      'You can delete cookies in your browser.',
      'shop_session',
      'Statistics',
      '_ga',
      'hub_pref',
    );
    // A category's name, then its description, then its table.
    inOrder(text, 'Necessary', 'The shop does not work without them.', 'Legal basis', 'shop_session');
    const { body } = await notice(doc);
    const cookieSections = allSections(body.sections).filter((s) => s.parts.some((p) => p.part === 'cookies'));
    assert.deepEqual(
      cookieSections.map((s) => s.anchor),
      ['section-necessary', 'section-statistics'],
    );
    // No section of its own for cookies: every category is placed (the one after the author's is Contact).
    assert.deepEqual(
      body.sections.map((s) => s.anchor),
      ['section-what', 'section-necessary', 'section-statistics', 'section-contacts'],
    );
  });

  it('adds no heading of its own between the author’s paragraphs unless a part is placed there', async () => {
    const doc = await loadFaithful('website-cookies');
    const { body } = await notice(doc);
    const titles = allSections(body.sections).map((s) => s.title && said(s.title));
    // The author's sections, in order, each with only the author's heading; the library's own sections (parts the
    // author placed nowhere, here the controller's contact) come only after them.
    assert.deepEqual(titles.slice(0, 3), ['What are cookies?', 'Necessary cookies', 'Statistics']);
    assert.deepEqual(titles.slice(3), ['Contact']);
  });
});

describe('7. what TRANSCRIBING.md tells a transcriber to do', () => {
  it('shows a purpose the source writes as a sentence with no name of its own, and names it by that sentence elsewhere', async () => {
    const doc = await loadFaithful('companion-app');
    doc.purposes.push({
      id: 'updates',
      description: {
        en: 'We use your e-mail address to tell you about firmware updates. You can unsubscribe at any time.',
        de: 'Wir nutzen Ihre E-Mail-Adresse, um Sie über Firmware-Updates zu informieren. Sie können sich jederzeit abmelden.',
      },
      legalBases: ['legitimate-interests'],
    });
    doc.retention = { rules: [{ id: 'updates', purposes: ['updates'], retention: { duration: 'P1Y' } }] };
    const purposes = await partOf<{ purposes: Array<{ label?: unknown }> }>(doc, 'purposes');
    assert.equal(purposes.purposes[1]!.label, undefined);
    const retention = await partOf<{ rules: Array<{ content: unknown }> }>(doc, 'retention', 'de');
    assert.equal(
      said(retention.rules[0]!.content),
      'Wir nutzen Ihre E-Mail-Adresse, um Sie über Firmware-Updates zu informieren: 1 Jahr',
    );
    const text = await staticText(doc, 'en', 'article');
    inOrder(text, 'Pairing sensors', 'We use your e-mail address to tell you about firmware updates.', 'Legal basis');
    delete doc.purposes[1].description;
    const result = validatePolicy(doc);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors.map((e) => e.pointer), ['/purposes/1/description']);
  });
});

describe('4. permissions as the OS knows them', () => {
  it('shows each platform’s identifiers, grant and name by OS version, the features that need it, and how to switch it off', async () => {
    const doc = await loadFaithful('companion-app');
    const [nearby, internet] = (await partOf<PermissionsView>(doc, 'permissions')).permissions;
    const facts = Object.fromEntries(nearby!.platforms.map((f) => [f.label, said(f.value)]));
    assert.deepEqual(facts, {
      Platforms: 'Android',
      'Android (from Android 12)':
        'android.permission.BLUETOOTH_SCAN and android.permission.BLUETOOTH_CONNECT; Asked for when the app needs it; Shown as “Nearby devices”',
      'Android (up to Android 11)':
        'android.permission.ACCESS_FINE_LOCATION; Asked for when the app needs it; Shown as “Location”',
    });
    const rest = Object.fromEntries(nearby!.facts.map((f) => [f.label, said(f.value)]));
    assert.equal(rest['Needed for'], 'Pairing a new sensor');
    assert.equal(
      rest['How to switch it off'],
      `In the device settings (Android) ${['Settings', 'Apps', 'Sensorhub', 'Permissions', 'Nearby devices'].join('')}`,
    );
    assert.equal(nearby!.onDevice, 'Processed only on your device');
    assert.equal(said(internet!.platforms[0]!.value), 'android.permission.INTERNET; Granted when the app is installed');
    assert.equal(internet!.onDevice, undefined);
  });

  it('says where to manage all permissions, in German too', async () => {
    const doc = await loadFaithful('companion-app');
    const view = await partOf<PermissionsView>(doc, 'permissions', 'de');
    assert.deepEqual(
      view.manage.map((f) => [f.label, said(f.value)]),
      [
        [
          'Alle Berechtigungen verwalten',
          'In den Geräteeinstellungen (Android) EinstellungenAppsSensorhubBerechtigungen',
        ],
      ],
    );
    const [nearby] = view.permissions;
    assert.ok(nearby!.platforms.some((f) => f.label === 'Android (ab Android 12)'));
  });

  it('lets a right be exercised in the device settings', async () => {
    const doc = await loadFaithful('companion-app');
    const erasure = (await partOf<RightsView>(doc, 'rights')).rights[1]!;
    assert.equal(said(erasure.channels[0]!.label), 'In the device settings (Android)');
    assert.deepEqual(erasure.channels[0]!.path!.steps.map(said), [
      'Settings',
      'Apps',
      'Sensorhub',
      'Storage',
      'Clear data',
    ]);
  });

  it('says data stays on the device, and no one receives it, only when the policy states it; lint stops asking', async () => {
    const doc = await loadFaithful('companion-app');
    const categories = await partOf<{ categories: Array<{ onDevice?: string }>; statement?: string }>(
      doc,
      'data-categories',
    );
    assert.deepEqual(
      categories.categories.map((c) => c.onDevice),
      [undefined, 'Processed only on your device'],
    );
    assert.equal((await partOf<{ statement?: string }>(doc, 'recipients')).statement, undefined);

    delete doc.recipients;
    delete doc.purposes[0].recipients;
    delete doc.internationalTransfers;
    const asks = (d: unknown) => lintPolicy(normalized(d)).map((f) => f.rule);
    assert.ok(asks(doc).includes('recipients') && asks(doc).includes('transfers'));
    doc.noRecipients = true;
    assert.equal(
      (await partOf<{ statement?: string }>(doc, 'recipients')).statement,
      'Personal data is not disclosed to any recipient.',
    );
    assert.ok(!asks(doc).includes('recipients') && asks(doc).includes('transfers'));
    doc.onDeviceOnly = true;
    assert.ok(!asks(doc).includes('transfers'));
    assert.equal((await partOf<{ statement?: string }>(doc, 'transfers')).statement, 'Processed only on your device');
  });

  it('refuses “no recipients” beside a list of recipients', async () => {
    const doc = await loadFaithful('companion-app');
    doc.noRecipients = true;
    const result = validatePolicy(doc);
    assert.equal(result.ok, false);
    assert.match(
      !result.ok ? result.errors[0]!.message : '',
      /no one receives personal data, but `recipients` lists 1/,
    );
  });

  it('accepts the new permission kinds', async () => {
    const doc = await loadFaithful('companion-app');
    for (const kind of ['internet', 'network-state', 'foreground-service', 'nearby-devices', 'notifications']) {
      doc.permissions[1].permission = kind;
      assert.equal(validatePolicy(doc).ok, true, kind);
    }
  });
});

describe('5. cookie tables as users read them', () => {
  it('shows only the columns some cookie needs, and the category name once', async () => {
    const doc = await loadFaithful('website-cookies');
    const view = await partOf<CookiesView>(doc, 'cookies', 'en');
    const [necessary, statistics, misc] = view.categories;
    assert.deepEqual(Object.keys(necessary!.headers), ['name', 'purpose']);
    assert.deepEqual(Object.keys(statistics!.headers), ['name', 'provider', 'purpose', 'duration']);
    assert.deepEqual(Object.keys(misc!.headers), ['name', 'purpose', 'type']);
    assert.equal(said(statistics!.cookies[0]!.provider), 'Third party (Google Ireland Limited)');
    // The caption names the category for screen readers only; sighted readers see it on the switch or the line above.
    const hidden = statistics!.caption[0] as { kind: string; role: string };
    assert.deepEqual([hidden.kind, hidden.role], ['span', 'visually-hidden']);
    assert.doesNotMatch(said(misc!.caption), /\(Other\)/);
    assert.equal(said(necessary!.name), 'Necessary');
  });

  it('shows a cookie category’s legal bases', async () => {
    const doc = await loadFaithful('website-cookies');
    const view = await partOf<CookiesView>(doc, 'cookies', 'de');
    assert.deepEqual(
      view.categories.map((c) => c.facts.map((f) => `${f.label}: ${said(f.value)}`)),
      [['Rechtsgrundlage: Berechtigte Interessen'], ['Rechtsgrundlage: Einwilligung'], []],
    );
  });
});

describe('6. lint a privacy officer trusts (the rest is in test/lint/faithful.test.ts)', () => {
  it('suggests the nearest right id, permission kind or channel type for a mistyped one', async () => {
    const doc = await loadFaithful('companion-app');
    doc.rights[0].id = 'acess';
    doc.permissions[1].permission = 'internett';
    doc.rights[1].channels[1].type = 'e-mail';
    const result = validatePolicy(doc);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.pointer} ${e.message}`);
    assert.ok(
      messages.some((m) => m.startsWith('/rights/0/id') && m.endsWith('Did you mean "access"?')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('/permissions/1/permission') && m.endsWith('Did you mean "internet"?')),
    );
    assert.ok(messages.some((m) => m.startsWith('/rights/1/channels/1/type') && m.endsWith('Did you mean "email"?')));
  });

  it('refuses a self-service channel with neither a URL nor a path', async () => {
    const doc = await loadFaithful('companion-app');
    doc.rights[0].channels = [{ type: 'self-service', label: 'Account page' }];
    assert.equal(validatePolicy(doc).ok, false);
    doc.rights[0].channels = [{ type: 'self-service', path: ['Account', 'Privacy'] }];
    assert.equal(validatePolicy(doc).ok, true);
  });
});
