import type { PartPlacement } from '../../model/index.js';
import { linkOf } from '../links.js';
import { weighed } from '../trim.js';
import type { Inline, RecipientsView, RetentionView, TransfersView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { placed, retentionOf } from './common.js';
import { labelList } from './data.js';
import { places } from './processing.js';

/** Who receives personal data: each recipient's name, role, country, description and privacy policy link. */
export function buildRecipients(words: Words, placement: PartPlacement): RecipientsView {
  const { noRecipients, onDeviceOnly } = words.policy.document;
  return weighed(PART, {
    part: 'recipients' as const,
    ...(noRecipients || onDeviceOnly ? { statement: words.t('data.noRecipients') } : {}),
    recipients: placed(words.policy.recipients, placement).map((recipient) => {
      const meta = [
        recipient.kind ? words.t(`recipientKind.${recipient.kind}`) : undefined,
        recipient.country ? words.ui.place(recipient.country) : undefined,
      ].filter((value): value is string => value !== undefined);
      const description = words.md(recipient.description);
      const label: Inline = { kind: 'strong', content: [words.text(recipient.label)!] };
      const about: Inline = { kind: 'span', role: 'meta-inline', content: [words.list(meta)] };
      return weighed(weigh(recipient.description), {
        label: words.text(recipient.label)!,
        line: meta.length ? words.sentence('joins.aside', { item: label, aside: about }) : [label],
        ...(description ? { description } : {}),
        ...(recipient.privacyPolicy ? { privacyPolicy: linkOf(recipient.privacyPolicy) } : {}),
      });
    }),
  });
}

/** How long data is kept: the policy's explanation, then each rule (what -> duration and/or criterion). */
export function buildRetention(words: Words): RetentionView {
  const description = words.md(words.policy.document.retention?.description);
  return weighed(PART, {
    part: 'retention' as const,
    ...(description ? { description } : {}),
    rules: words.policy.retentionRules.map((rule) => {
      const kept = retentionOf(words, rule.retention);
      const named = [...rule.dataCategoryDetails, ...rule.purposeDetails];
      const subject: Inline[] =
        rule.label !== undefined
          ? [words.text(rule.label)!]
          : named.length
            ? [words.list(named.map((item) => words.label(item).value))]
            : [];
      const content = subject.length
        ? words.sentence('retention.rule', { what: { kind: 'strong', content: subject }, retention: kept })
        : kept;
      return { weight: 1, content };
    }),
  });
}

/** Where data is stored, then each international transfer: destinations, safeguards, recipients, details, a link. */
export function buildTransfers(words: Words): TransfersView {
  const transfers = words.policy.document.internationalTransfers;
  const description = words.md(transfers?.description);
  const storage = transfers?.storageLocations ?? [];
  return weighed(PART, {
    part: 'transfers' as const,
    ...(words.policy.document.onDeviceOnly ? { statement: words.t('data.onDeviceOnly') } : {}),
    ...(description ? { description } : {}),
    ...(storage.length ? { storage: words.t('transfers.storage', { places: places(words, storage) }) } : {}),
    transfers: words.policy.transfers.map((transfer) => {
      const details = words.md(transfer.description);
      const safeguards = (transfer.safeguards ?? []).map((s) => [words.t(`safeguard.${s}`)]);
      return weighed(weigh(transfer.description), {
        facts: facts([
          [words.t('transfers.destinations'), places(words, transfer.destinations)],
          [
            words.t('transfers.safeguards'),
            safeguards.length ? { kind: 'list', role: 'plain', items: safeguards } : undefined,
          ],
          [words.t('processing.recipients'), labelList(words, transfer.recipientDetails)],
        ]),
        ...(details ? { description: details } : {}),
        ...(transfer.moreInformation
          ? { moreInformation: linkOf(transfer.moreInformation, [words.t('transfers.moreInformation')]) }
          : {}),
      });
    }),
  });
}
