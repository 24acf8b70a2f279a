// A synthetic policy of a given scale for the benchmark: at 1x, 12 sections with Markdown, 60 cookies in 4
// categories, 12 processing rows with 18 recipients each, 10 consent purposes, 10 rights; 10x and 100x multiply
// every count. The document is valid (the benchmark checks it with the validator before measuring).
const RIGHTS = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw-consent',
  'automated-decision',
  'complaint',
];
const KINDS = ['strictly-necessary', 'functional', 'analytics', 'marketing'];

const paragraph = (i) =>
  `We process **personal data** for purpose ${i} as described here. You can read more in [section ${i}](#section-s${i}) or write to [privacy@example.com](mailto:privacy@example.com).\n\n- first point about item ${i}\n- second point, with *emphasis*\n- third point: https://example.com/${i}`;

export function syntheticPolicy(scale = 1) {
  const n = (count) => count * scale;
  const recipients = Array.from({ length: 18 }, (_, i) => ({
    id: `r${i}`,
    label: `Providers of service category ${i}`,
    kind: 'processor',
  }));
  const purposes = Array.from({ length: n(12) }, (_, i) => ({
    id: `p${i}`,
    label: `Purpose ${i}`,
    description: `Why we do ${i}.`,
    legalBases: [i % 2 ? 'contract' : 'legitimate-interests'],
  }));
  return {
    schemaVersion: '1.0.0',
    id: `synthetic-${scale}x`,
    defaultLanguage: 'en',
    title: `Synthetic policy (${scale}x)`,
    effectiveDate: '2025-01-01',
    controller: {
      name: 'Example SAS',
      email: 'privacy@example.com',
      address: { lines: ['1 rue Exemple', '75001 Paris'], country: 'FR' },
    },
    sections: Array.from({ length: n(12) }, (_, i) => ({ id: `s${i}`, title: `Section ${i}`, body: paragraph(i) })),
    dataCategories: Array.from({ length: n(8) }, (_, i) => ({
      id: `d${i}`,
      label: `Data category ${i}`,
      examples: ['one', 'two', 'three'],
      sensitive: i % 4 === 0,
    })),
    dataSubjects: [{ id: 'customers', label: 'Customers' }],
    sources: [{ id: 'you', label: 'Data collected from you', kind: 'data-subject' }],
    recipients,
    purposes,
    processingActivities: Array.from({ length: n(12) }, (_, i) => ({
      id: `a${i}`,
      label: `Activity ${i}`,
      source: 'you',
      purposes: [`p${i % purposes.length}`],
      dataCategories: ['d0', 'd1'],
      legalBases: ['contract'],
      dataSubjects: ['customers'],
      recipients: recipients.map((r) => r.id),
    })),
    cookies: {
      categories: KINDS.map((kind) => ({ id: kind, kind, label: `${kind} cookies` })),
      items: Array.from({ length: n(60) }, (_, i) => ({
        name: `cookie_${i}`,
        category: KINDS[i % 4],
        purpose: `Remembers thing ${i}.`,
        duration: i % 3 ? 'P13M' : 'session',
        party: i % 5 ? 'first' : 'third',
        provider: i % 5 ? undefined : 'Analytics Co',
      })),
    },
    consentPurposes: Array.from({ length: n(10) }, (_, i) => ({
      id: `c${i}`,
      label: `Choice ${i}`,
      description: `What choice ${i} allows.`,
      uses: [i % 2 ? 'marketing' : 'analytics'],
    })),
    rights: Array.from({ length: n(10) }, (_, i) =>
      i < RIGHTS.length
        ? {
            id: RIGHTS[i],
            description: `What the right ${RIGHTS[i]} means.`,
            channels: [{ type: 'email', email: 'privacy@example.com' }],
            responseTime: 'P30D',
          }
        : {
            id: `custom-right-${i}`,
            custom: true,
            title: `Custom right ${i}`,
            channels: [{ type: 'web-form', url: `https://example.com/form/${i}` }],
          },
    ),
  };
}
