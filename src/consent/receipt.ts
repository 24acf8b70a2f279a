import { policyHash } from '../model/hash.js';
import { LIBRARY_VERSION } from '../model/library-version.generated.js';
import type { NormalizedPolicy } from '../model/index.js';
import { localize } from '../model/localize.js';
import type { ConsentChoice } from './types.js';

/**
 * A Kantara Initiative Consent Receipt 1.1 (https://kantarainitiative.org, "Consent Receipt Specification v1.1.0"):
 * the reader's current consents as a standard JSON record they or the controller can keep.
 */
export interface ConsentReceipt {
  version: 'KI-CR-v1.1.0';
  jurisdiction: string;
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language: string;
  piiPrincipalId: string;
  piiControllers: Array<{
    piiController: string;
    contact: string;
    address: { streetAddress: string; addressCountry: string };
    email: string;
    phone: string;
    piiControllerUrl?: string;
  }>;
  policyUrl: string;
  services: Array<{ service: string; purposes: ReceiptPurpose[] }>;
  sensitive: boolean;
  spiCat: string[];
  /**
   * Extensions of this library (the specification allows further fields): the SHA-256 of the canonical text of the
   * policy shown (`sha256:…`; `privacy-notice verify-receipt` checks a receipt against a policy file with it), and
   * the version of privacy-notice that showed it. `language` says which language the reader was shown.
   */
  policyHash: string;
  libraryVersion: string;
}

export interface ReceiptPurpose {
  purpose: string;
  purposeCategory: string[];
  consentType: 'EXPLICIT' | 'IMPLICIT' | 'N/A';
  piiCategory: string[];
  primaryPurpose: boolean;
  termination: string;
  thirdPartyDisclosure: boolean;
  thirdPartyName?: string;
}

export interface ReceiptOptions {
  /** The reader as the controller knows them (an account id, an email); receipts are anonymous without it. */
  principalId?: string;
  /** Where the policy is published; the element passes its resolved `src`, else the page's address. */
  policyUrl: string;
  collectionMethod: string;
  language: string;
  now?: number;
  receiptId?: string;
}

/** The specification's purpose categories (its appendix), for the policy's `uses` and cookie kinds. */
const CATEGORY: Record<string, string> = {
  'strictly-necessary': '1 - Core Function',
  communications: '4 - Contact Requested',
  personalization: '5 - Personalize Experience',
  profiling: '5 - Personalize Experience',
  functional: '5 - Personalize Experience',
  preferences: '5 - Personalize Experience',
  marketing: '6 - Marketing',
  'targeted-advertising': '7 - Marketing Third Parties',
  sale: '9 - Sharing for Marketing',
  sharing: '9 - Sharing for Marketing',
  'social-media': '9 - Sharing for Marketing',
  analytics: '16 - Improve Performance',
  research: '16 - Improve Performance',
};
const DISCLOSED = new Set(['controller', 'joint-controller', 'business-partner', 'acquirer', 'public', 'other']);

/**
 * The receipt for what the reader has agreed to now: every consent purpose and cookie category that is on. Purposes
 * that rest on another legal basis than consent, and strictly necessary cookies, are listed with consent type N/A.
 */
export function consentReceipt(
  policy: NormalizedPolicy,
  choices: readonly ConsentChoice[],
  options: ReceiptOptions,
): ConsentReceipt {
  const lang = options.language;
  const say = (text: Parameters<typeof localize>[0]) => localize(text, lang, policy.defaultLanguage)?.value ?? '';
  const on = (kind: ConsentChoice['kind'], id: string) =>
    choices.find((c) => c.kind === kind && c.id === id && c.granted);
  const doc = policy.document;
  const sensitive = new Set<string>();

  const purposes: ReceiptPurpose[] = policy.consentPurposes.flatMap((c) => {
    const choice = on('purpose', c.id);
    if (!choice) return [];
    const ref = policy.purposes.find((p) => p.id === c.purpose);
    ref?.dataCategories.filter((d) => d.sensitive).forEach((d) => sensitive.add(say(d.label)));
    const third = (ref?.recipients ?? []).filter((r) => DISCLOSED.has(r.kind ?? 'other')).map((r) => say(r.label));
    const consent = c.legalBasis === 'consent' || c.legalBasis === 'explicit-consent';
    return [
      {
        purpose: say(c.label),
        purposeCategory: [...new Set((c.uses ?? []).flatMap((u) => CATEGORY[u] ?? []))],
        consentType: consent ? (choice.at !== undefined ? 'EXPLICIT' : 'IMPLICIT') : 'N/A',
        piiCategory: (ref?.dataCategories ?? []).map((d) => say(d.label)),
        primaryPurpose: false,
        termination: consent ? 'When consent is withdrawn' : 'N/A',
        ...(third.length
          ? { thirdPartyDisclosure: true, thirdPartyName: third.join(', ') }
          : { thirdPartyDisclosure: false }),
      },
    ];
  });
  const cookies: ReceiptPurpose[] = policy.cookieCategories.flatMap((c) => {
    const choice = on('cookie-category', c.id);
    if (!choice) return [];
    const thirdParty = [
      ...new Set(c.items.filter((i) => i.party === 'third').map((i) => say(i.provider) || i.domain || i.name)),
    ];
    return [
      {
        purpose: say(c.label),
        purposeCategory: CATEGORY[c.kind] ? [CATEGORY[c.kind]!] : [],
        consentType: c.alwaysOn ? 'N/A' : choice.at !== undefined ? 'EXPLICIT' : 'IMPLICIT',
        piiCategory: [],
        primaryPurpose: c.alwaysOn,
        termination: c.alwaysOn ? 'N/A' : 'When consent is withdrawn',
        ...(thirdParty.length
          ? { thirdPartyDisclosure: true, thirdPartyName: thirdParty.join(', ') }
          : { thirdPartyDisclosure: false }),
      },
    ];
  });

  const controller = doc.controller;
  const times = choices.flatMap((c) => (c.at !== undefined ? [c.at] : []));
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: controller.address?.country ?? '',
    consentTimestamp: Math.floor((times.length ? Math.max(...times) : (options.now ?? Date.now())) / 1000),
    collectionMethod: options.collectionMethod,
    consentReceiptID: options.receiptId ?? crypto.randomUUID(),
    language: lang,
    piiPrincipalId: options.principalId ?? 'anonymous',
    piiControllers: [
      {
        piiController: say(controller.name),
        contact: say(doc.dpo?.name ?? doc.dpo?.title) || say(controller.name),
        address: {
          streetAddress: (controller.address?.lines ?? []).map(say).join(', '),
          addressCountry: controller.address?.country ?? '',
        },
        email: doc.dpo?.email ?? controller.email ?? '',
        phone: controller.phone ?? '',
        ...(controller.website ? { piiControllerUrl: controller.website } : {}),
      },
    ],
    policyUrl: options.policyUrl,
    services: [{ service: say(doc.title), purposes: [...purposes, ...cookies] }],
    sensitive: sensitive.size > 0,
    spiCat: [...sensitive],
    policyHash: policyHash(doc),
    libraryVersion: LIBRARY_VERSION,
  };
}
