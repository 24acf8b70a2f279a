import type * as P from './policy.generated.js';
import type { PolicyProblem } from './problems.js';
import { indexById, resolveOne } from './references.js';

/** A channel with the details of the contact it names filled in. */
export type ResolvedChannel = P.Channel & { contactDetails?: P.Contact | P.Organization };

export interface ResolvedRight {
  id: string;
  /** Fragment id of the right's heading: 'right-' + id. */
  anchor: string;
  custom: boolean;
  /** The policy's own heading; `false`: the policy gives the right no heading. */
  title?: P.Text | false;
  description?: P.Markdown;
  appliesTo?: P.Text;
  channels: ResolvedChannel[];
  responseTime?: P.Duration;
  fees?: P.Fees;
  verification?: P.Text;
  exceptions: P.Markdown[];
  legalReference?: P.Text;
}

/**
 * Resolves each right: its anchor, and what it takes from `rightsExercise` when it says nothing itself (channels,
 * response time, fees, verification, exceptions), except the right to complain, which is exercised with an authority. Channel contacts ('dpo', 'controller' or a contacts id) are
 * resolved and reported when unknown.
 */
export function normalizeRights(doc: P.PrivacyPolicyDocument, problems: PolicyProblem[]): ResolvedRight[] {
  const shared = doc.rightsExercise ?? {};
  const rights = doc.rights ?? [];
  indexById(rights, ['rights'], problems);
  const contacts = new Map<string, P.Contact | P.Organization>();
  for (const c of doc.contacts ?? []) if (c.id) contacts.set(c.id, c);
  if (doc.dpo) contacts.set('dpo', doc.dpo);
  contacts.set('controller', doc.controller);

  const resolveChannels = (channels: P.Channel[], at: Array<string | number>): ResolvedChannel[] =>
    channels.map((channel, i) => {
      const contactDetails = resolveOne(
        channel.contact,
        [...at, i, 'contact'],
        contacts,
        'contacts (or "dpo", "controller")',
        problems,
      );
      return contactDetails ? { ...channel, contactDetails } : { ...channel };
    });
  const sharedChannels = resolveChannels(shared.channels ?? [], ['rightsExercise', 'channels']);

  return rights.map((right, i) => {
    // A complaint goes to a supervisory authority, not to the controller: the controller's channels and terms for
    // the other rights are not its. Without channels of its own, the view points to the authorities.
    const complaint = right.id === 'complaint' && !right.custom;
    const inherited = complaint ? {} : shared;
    return {
      id: right.id,
      anchor: `right-${right.id}`,
      custom: right.custom ?? false,
      title: right.title,
      description: right.description,
      appliesTo: right.appliesTo,
      channels: right.channels
        ? resolveChannels(right.channels, ['rights', i, 'channels'])
        : complaint
          ? []
          : sharedChannels,
      responseTime: right.responseTime ?? inherited.responseTime,
      fees: right.fees ?? inherited.fees,
      verification: right.verification ?? inherited.verification,
      exceptions: right.exceptions ?? inherited.exceptions ?? [],
      legalReference: right.legalReference,
    };
  });
}
