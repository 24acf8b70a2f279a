import { localize, type NormalizedPolicy } from '../model/index.js';
import type { Text } from '../model/policy.generated.js';
import { DPV_GDPR } from '../lint/dpv-rights.js';
import { DPV_BASIS, RIGHT_FOR_TERM } from '../lint/rights-by-basis.js';

const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': DPV_GDPR,
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dct: 'http://purl.org/dc/terms/',
};

/** Our recipient kinds -> DPV's entity classes. */
const RECIPIENT_CLASS: Record<string, string> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
  'group-company': 'dpv:ThirdParty',
  'business-partner': 'dpv:ThirdParty',
  acquirer: 'dpv:ThirdParty',
  adviser: 'dpv:ThirdParty',
};

const TERM_FOR_RIGHT = Object.fromEntries(Object.entries(RIGHT_FOR_TERM).map(([term, right]) => [right, term]));

/**
 * The policy as W3C DPV JSON-LD: a dpv:PrivacyNotice with the controller, one dpv:Process per purpose (its personal
 * data, legal bases as GDPR articles, recipients), and the rights as the GDPR articles DPV names (the same mapping
 * `lint` uses). Terms the policy gives (`dpv` on categories and purposes) are kept as extra types; everything keeps
 * its label in the policy's default language.
 */
export function dpvDocument(policy: NormalizedPolicy): Record<string, unknown> {
  const lang = policy.defaultLanguage;
  const label = (text: Text | undefined, fallback: string) => ({
    '@value': localize(text, lang, lang)?.value ?? fallback,
    '@language': localize(text, lang, lang)?.lang ?? lang,
  });
  const iri = (term: string) => term.replace(/^dpv-pd:/, 'pd:');
  const base = `urn:privacy-notice:${policy.id}`;
  const data = policy.dataCategories.map((c) => ({
    '@id': `${base}#data-${c.id}`,
    '@type': [
      'dpv:PersonalData',
      ...(c.sensitive ? ['dpv:SensitivePersonalData'] : []),
      ...(c.dpv ? [iri(c.dpv)] : []),
    ],
    'rdfs:label': label(c.label, c.id),
  }));
  const recipients = policy.recipients.map((r) => ({
    '@id': `${base}#recipient-${r.id}`,
    '@type': (r.kind && RECIPIENT_CLASS[r.kind]) ?? 'dpv:Recipient',
    'rdfs:label': label(r.label, r.id),
  }));
  const ref = (prefix: string, ids: string[]) => ids.map((id) => ({ '@id': `${base}#${prefix}-${id}` }));
  const processes = policy.purposes.map((p) => {
    const bases = p.legalBases.map((b) =>
      b.regime === 'gdpr' && DPV_BASIS[b.basis]
        ? { '@id': `eu-gdpr:${DPV_BASIS[b.basis]}` }
        : { 'rdfs:label': b.basis },
    );
    return {
      '@id': `${base}#purpose-${p.id}`,
      '@type': 'dpv:Process',
      'dpv:hasPurpose': {
        '@type': ['dpv:Purpose', ...(p.dpv ? [p.dpv] : [])],
        'rdfs:label': label(p.label ?? p.description, p.id),
      },
      ...(p.dataCategories.length
        ? {
            'dpv:hasPersonalData': ref(
              'data',
              p.dataCategories.map((c) => c.id),
            ),
          }
        : {}),
      ...(bases.length ? { 'dpv:hasLegalBasis': bases } : {}),
      ...(p.recipients.length
        ? {
            'dpv:hasRecipient': ref(
              'recipient',
              p.recipients.map((r) => r.id),
            ),
          }
        : {}),
      'dpv:hasDataController': { '@id': `${base}#controller` },
    };
  });
  const rights = policy.rights.map((r) =>
    TERM_FOR_RIGHT[r.id]
      ? { '@id': `eu-gdpr:${TERM_FOR_RIGHT[r.id]}` }
      : { '@id': `${base}#right-${r.id}`, '@type': 'dpv:Right', 'rdfs:label': r.id },
  );
  const controller = policy.document.controller;
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@id': base,
        '@type': 'dpv:PrivacyNotice',
        ...(policy.document.version ? { 'dct:hasVersion': policy.document.version } : {}),
        ...(policy.document.effectiveDate ? { 'dct:valid': policy.document.effectiveDate } : {}),
        'dpv:hasDataController': { '@id': `${base}#controller` },
        ...(processes.length ? { 'dpv:hasProcess': processes.map((p) => ({ '@id': p['@id'] })) } : {}),
        ...(rights.length ? { 'dpv:hasRight': rights } : {}),
      },
      {
        '@id': `${base}#controller`,
        '@type': 'dpv:DataController',
        'rdfs:label': label(controller.name, 'controller'),
      },
      ...processes,
      ...data,
      ...recipients,
    ],
  };
}
