import type { Contact } from '../../model/index.js';
import { finding, type LintFinding, type Rule } from '../finding.js';

/** EU member states (ISO 3166-1; Greece is GR) plus Iceland, Liechtenstein and Norway, and the two region codes. */
const EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'EEA',
  'EU',
]);

const reachable = (c: Pick<Contact, 'email' | 'phone' | 'address' | 'url'>) =>
  Boolean(c.email || c.phone || c.address || c.url);

/** Art. 13(1)(a): who the controller is and how to reach them. */
export const controllerContact: Rule = ({ doc }) => {
  const c = doc.controller;
  if (c.email || c.phone || c.address || c.website) return [];
  return [
    finding(
      'controller-contact',
      '/controller',
      '{path} gives no way to contact the controller: no email, phone, postal address or website (GDPR Art. 13(1)(a)).',
      'Add `controller.email` or `controller.address` (and ideally both).',
    ),
  ];
};

/** The identity of a controller includes where it is established; a notice with only an email leaves that out. */
export const controllerAddress: Rule = ({ doc }) =>
  doc.controller.address
    ? []
    : [
        finding(
          'controller-address',
          '/controller',
          '{path} has no postal address: the notice does not say where the controller is established (GDPR Art. 13(1)(a)).',
          'Add `controller.address` with the registered office, as printed on an envelope.',
        ),
      ];

/** Art. 13(1)(b): a DPO that is named must be reachable. */
export const dpoContact: Rule = ({ doc }) => {
  const dpos: Array<[string, Contact]> = [
    ...(doc.dpo ? [['/dpo', doc.dpo] as [string, Contact]] : []),
    ...(doc.contacts ?? []).flatMap((c, i): Array<[string, Contact]> =>
      c.role === 'dpo' ? [[`/contacts/${i}`, c]] : [],
    ),
  ];
  return dpos
    .filter(([, dpo]) => !reachable(dpo))
    .map(([pointer]) =>
      finding(
        'dpo-contact',
        pointer,
        '{path} names a data protection officer without any way to contact them (GDPR Art. 13(1)(b)).',
        'Give the DPO an `email` (a dedicated address is best), `phone`, `address` or `url`.',
      ),
    );
};

/** Art. 13(1)(e): recipients "if any" — a policy that names none may have forgotten its processors. */
export const recipients: Rule = ({ doc }) =>
  doc.recipients?.length || doc.noRecipients || doc.onDeviceOnly
    ? []
    : [
        finding(
          'recipients',
          '',
          'The policy declares no recipients of personal data, while GDPR Art. 13(1)(e) asks for the recipients or their categories, if there are any.',
          'List them, or their categories, in `recipients` and reference them from the purposes; if the policy says there are none, set `noRecipients: true`.',
        ),
      ];

/** Art. 13(1)(f): where data goes, even when the answer is "it stays in the EEA". */
export const transfers: Rule = ({ doc }) =>
  doc.internationalTransfers || doc.onDeviceOnly
    ? []
    : [
        finding(
          'transfers',
          '',
          'The policy does not say (in `internationalTransfers`) where personal data is stored or whether it leaves the EEA (GDPR Art. 13(1)(f)).',
          'Add `internationalTransfers` with `storageLocations`, and a `transfers` entry with its safeguards for each destination outside the EEA.',
        ),
      ];

/** Art. 13(1)(f), Chapter V: a transfer outside the EEA needs a safeguard (adequacy, SCCs, BCRs, a derogation...). */
export const transferSafeguards: Rule = ({ doc }) =>
  (doc.internationalTransfers?.transfers ?? []).flatMap((transfer, i): LintFinding[] => {
    const outside = transfer.destinations.filter((d) => !EEA.has(d));
    if (outside.length === 0 || transfer.safeguards?.length) return [];
    return [
      finding(
        'transfer-safeguards',
        `/internationalTransfers/transfers/${i}`,
        `{path} sends data to ${outside.join(', ')}, outside the EEA, without naming a safeguard (GDPR Art. 13(1)(f), 44-49).`,
        'Set `safeguards`, e.g. ["adequacy-decision"] or ["standard-contractual-clauses"], and say where to get a copy in `moreInformation`.',
      ),
    ];
  });
