import type * as P from './policy.generated.js';
import { NOT_LANGUAGES } from './neutral.js';
import { problem, toPointer, type PolicyProblem } from './problems.js';
import { indexById, resolveAll, resolveOne } from './references.js';
import { normalizeRights, type ResolvedRight } from './rights.js';
import { normalizeSections, type PlacedParts, type ResolvedSection } from './sections.js';

export type LegalBasisDetail = Exclude<P.LegalBasis, string> & {
  regime: NonNullable<Exclude<P.LegalBasis, string>['regime']>;
};

export interface ResolvedPurpose extends Omit<
  P.Purpose,
  'legalBases' | 'dataCategories' | 'dataSubjects' | 'recipients'
> {
  legalBases: LegalBasisDetail[];
  dataCategories: P.DataCategory[];
  dataSubjects: P.DataSubject[];
  recipients: P.Recipient[];
}

export interface ResolvedActivity extends Omit<
  P.ProcessingActivity,
  'source' | 'purposes' | 'legalBases' | 'dataCategories' | 'dataSubjects' | 'recipients' | 'transfers'
> {
  source?: P.Source;
  purposes: P.Purpose[];
  legalBases: LegalBasisDetail[];
  dataCategories: P.DataCategory[];
  dataSubjects: P.DataSubject[];
  recipients: P.Recipient[];
  transfers: TransferEntry[];
}

type TransferEntry = NonNullable<NonNullable<P.InternationalTransfers['transfers']>[number]>;
type RetentionRule = NonNullable<NonNullable<P.RetentionPolicy['rules']>[number]>;

/** A data category with the source it names (`source` keeps the id). */
export type ResolvedDataCategory = P.DataCategory & { sourceDetails?: P.Source };

/** A retention rule with the data categories and purposes it names. */
export type ResolvedRetentionRule = RetentionRule & {
  dataCategoryDetails: P.DataCategory[];
  purposeDetails: P.Purpose[];
};

/** An international transfer with the recipients it names. */
export type ResolvedTransfer = TransferEntry & { recipientDetails: P.Recipient[] };

/** An app permission with its default applied and the data categories it names. */
/** An app permission with the data categories it names; `optional` stays absent when the policy does not say. */
export type ResolvedPermission = P.Permission & { dataCategoryDetails: P.DataCategory[] };

export interface ResolvedCookieCategory extends P.CookieCategory {
  /** Strictly necessary categories are always on; the reader cannot switch them off. */
  alwaysOn: boolean;
  /** `party` stays absent when the policy does not say who sets the cookie: the notice then says nothing of it. */
  items: Array<Required<Pick<P.Cookie, 'type' | 'pattern'>> & P.Cookie>;
}

/** The policy with references resolved, defaults applied and anchors assigned; still in every language. */
export interface NormalizedPolicy {
  document: P.PrivacyPolicyDocument;
  id: string;
  defaultLanguage: string;
  /** Languages the policy is published in, default language first. */
  languages: string[];
  sections: ResolvedSection[];
  parts: PlacedParts;
  dataCategories: ResolvedDataCategory[];
  purposes: ResolvedPurpose[];
  processing: ResolvedActivity[];
  recipients: P.Recipient[];
  retentionRules: ResolvedRetentionRule[];
  transfers: ResolvedTransfer[];
  cookieCategories: ResolvedCookieCategory[];
  permissions: ResolvedPermission[];
  consentPurposes: Array<P.ConsentPurpose & { default: boolean; legalBasis: P.LegalBasisId; purposeRef?: P.Purpose }>;
  rights: ResolvedRight[];
}

export function legalBasisDetail(basis: P.LegalBasis): LegalBasisDetail {
  return typeof basis === 'string' ? { basis, regime: 'gdpr' } : { ...basis, regime: basis.regime ?? 'gdpr' };
}

/**
 * Resolves every id reference (reporting dangling ones and duplicate ids with pointers), applies the schema's
 * defaults and assigns anchors. Expects a document that passed schema validation.
 */
export function normalize(doc: P.PrivacyPolicyDocument): { policy: NormalizedPolicy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const categories = indexById(doc.dataCategories, ['dataCategories'], problems);
  const subjects = indexById(doc.dataSubjects, ['dataSubjects'], problems);
  const sources = indexById(doc.sources, ['sources'], problems);
  const recipients = indexById(doc.recipients, ['recipients'], problems);
  const purposes = indexById(doc.purposes, ['purposes'], problems);
  const transfers = indexById(doc.internationalTransfers?.transfers, ['internationalTransfers', 'transfers'], problems);
  const cookieCategories = indexById(doc.cookies?.categories, ['cookies', 'categories'], problems);
  indexById(doc.permissions, ['permissions'], problems);
  indexById(doc.consentPurposes, ['consentPurposes'], problems);
  indexById(doc.retention?.rules, ['retention', 'rules'], problems);

  const dataCategories: ResolvedDataCategory[] = [];
  (doc.dataCategories ?? []).forEach((c, i) => {
    const sourceDetails = resolveOne(c.source, ['dataCategories', i, 'source'], sources, 'sources', problems);
    if (categories.get(c.id) === c) dataCategories.push(sourceDetails ? { ...c, sourceDetails } : c); // not a duplicate
  });
  const resolvedPurposes = (doc.purposes ?? []).map((p, i): ResolvedPurpose => ({
    ...p,
    legalBases: (p.legalBases ?? []).map(legalBasisDetail),
    dataCategories: resolveAll(
      p.dataCategories,
      ['purposes', i, 'dataCategories'],
      categories,
      'dataCategories',
      problems,
    ),
    dataSubjects: resolveAll(p.dataSubjects, ['purposes', i, 'dataSubjects'], subjects, 'dataSubjects', problems),
    recipients: resolveAll(p.recipients, ['purposes', i, 'recipients'], recipients, 'recipients', problems),
  }));
  const processing = (doc.processingActivities ?? []).map((a, i): ResolvedActivity => {
    const at = ['processingActivities', i];
    return {
      ...a,
      source: resolveOne(a.source, [...at, 'source'], sources, 'sources', problems),
      purposes: resolveAll(a.purposes, [...at, 'purposes'], purposes, 'purposes', problems),
      legalBases: (a.legalBases ?? []).map(legalBasisDetail),
      dataCategories: resolveAll(a.dataCategories, [...at, 'dataCategories'], categories, 'dataCategories', problems),
      dataSubjects: resolveAll(a.dataSubjects, [...at, 'dataSubjects'], subjects, 'dataSubjects', problems),
      recipients: resolveAll(a.recipients, [...at, 'recipients'], recipients, 'recipients', problems),
      transfers: resolveAll(a.transfers, [...at, 'transfers'], transfers, 'internationalTransfers.transfers', problems),
    };
  });
  const retentionRules = (doc.retention?.rules ?? []).map((r, i): ResolvedRetentionRule => ({
    ...r,
    dataCategoryDetails: resolveAll(
      r.dataCategories,
      ['retention', 'rules', i, 'dataCategories'],
      categories,
      'dataCategories',
      problems,
    ),
    purposeDetails: resolveAll(r.purposes, ['retention', 'rules', i, 'purposes'], purposes, 'purposes', problems),
  }));
  const resolvedTransfers = (doc.internationalTransfers?.transfers ?? []).map((t, i): ResolvedTransfer => ({
    ...t,
    recipientDetails: resolveAll(
      t.recipients,
      ['internationalTransfers', 'transfers', i, 'recipients'],
      recipients,
      'recipients',
      problems,
    ),
  }));

  const grouped = new Map<string, ResolvedCookieCategory>();
  for (const c of cookieCategories.values())
    grouped.set(c.id, { ...c, alwaysOn: c.kind === 'strictly-necessary', items: [] });
  (doc.cookies?.items ?? []).forEach((cookie, i) => {
    const category = resolveOne(
      cookie.category,
      ['cookies', 'items', i, 'category'],
      cookieCategories,
      'cookies.categories',
      problems,
    );
    if (category)
      grouped.get(category.id)!.items.push({
        ...cookie,
        type: cookie.type ?? 'cookie',
        pattern: cookie.pattern ?? false,
      });
  });

  const permissions = (doc.permissions ?? []).map((p, i): ResolvedPermission => ({
    ...p,
    dataCategoryDetails: resolveAll(
      p.dataCategories,
      ['permissions', i, 'dataCategories'],
      categories,
      'dataCategories',
      problems,
    ),
  }));
  const consentPurposes = (doc.consentPurposes ?? []).map((c, i) => ({
    ...c,
    default: c.default ?? false,
    legalBasis: c.legalBasis ?? 'consent',
    purposeRef: resolveOne(c.purpose, ['consentPurposes', i, 'purpose'], purposes, 'purposes', problems),
  }));

  if (doc.noRecipients && doc.recipients?.length) {
    problems.push(
      problem(
        toPointer(['noRecipients']),
        'contradiction',
        `says that no one receives personal data, but \`recipients\` lists ${doc.recipients.length}; remove one of the two.`,
      ),
    );
  }
  const languages = [doc.defaultLanguage, ...(doc.languages ?? []).filter((l) => l !== doc.defaultLanguage)];
  const notLanguage = (tag: string) => NOT_LANGUAGES.has(tag.toLowerCase());
  if (notLanguage(doc.defaultLanguage)) {
    problems.push(
      problem(
        toPointer(['defaultLanguage']),
        'not-a-language',
        `is "${doc.defaultLanguage}", which names no language; write the language the policy is in (e.g. "en", "de").`,
      ),
    );
  }
  (doc.languages ?? []).forEach((tag, i) => {
    if (notLanguage(tag))
      problems.push(
        problem(
          toPointer(['languages', i]),
          'not-a-language',
          `is "${tag}", which names no language; list the languages the policy is written in (names and addresses need none).`,
        ),
      );
  });
  if (doc.languages && !doc.languages.includes(doc.defaultLanguage)) {
    problems.push(
      problem(
        toPointer(['languages']),
        'default-language-missing',
        `does not list the defaultLanguage "${doc.defaultLanguage}"; it is added.`,
        'warning',
      ),
    );
  }
  const { sections, parts } = normalizeSections(doc, problems);
  const rights = normalizeRights(doc, problems);

  return {
    problems,
    policy: {
      document: doc,
      id: doc.id,
      defaultLanguage: doc.defaultLanguage,
      languages,
      sections,
      parts,
      dataCategories,
      purposes: resolvedPurposes,
      processing,
      recipients: [...recipients.values()],
      retentionRules,
      transfers: resolvedTransfers,
      cookieCategories: [...grouped.values()],
      permissions,
      consentPurposes,
      rights,
    },
  };
}
