import type { UiKey } from '../../i18n/ui.js';
import type { PartPlacement, ResolvedChannel, ResolvedRight } from '../../model/index.js';
import { linkOf, mailLink, phoneLink } from '../links.js';
import { weighed } from '../trim.js';
import type { ChannelView, Content, Inline, MarkdownView, RightsView, RightView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { placed } from './common.js';
import { addressOf } from './contacts.js';
import { deviceSettingsLabel, pathOf } from './permissions.js';

/** The name of a right in words: the policy's own title, else the catalog's (or a custom right's id). */
export function rightName(words: Words, right: ResolvedRight): string {
  return (
    words.plain(right.title || undefined) || (right.custom ? right.id : words.t(`rightTitle.${right.id}` as UiKey))
  );
}

/** The heading of a right: the policy's own title (in its language), else the catalog's name. */
export function rightTitle(words: Words, right: ResolvedRight, link = false): Inline {
  return (
    (right.title ? (link ? words.linkText(right.title) : words.text(right.title)) : undefined) ??
    rightName(words, right)
  );
}

/** One way to exercise a right, as something the reader can act on: a mail link, a form link, an address, a path. */
function channelOf(words: Words, channel: ResolvedChannel): ChannelView {
  const contact = channel.contactDetails;
  const email = channel.email ?? contact?.email;
  const address = channel.address ?? contact?.address;
  const phone = channel.phone ?? contact?.phone;
  const subject = words.plain(channel.subject);
  let action: Content[] = [];
  if (channel.type === 'postal' && address) action = [addressOf(words, address)];
  else if (channel.type === 'phone' && phone) action = [phoneLink(phone)];
  else if (channel.type === 'email' && email) action = [mailLink(email, subject)];
  else if (channel.url) action = linkOf(channel.url);
  const path = pathOf(words, channel.path);
  const note = words.text(channel.note);
  return {
    type: channel.type,
    label:
      words.text(channel.label) ??
      (channel.type === 'device-settings'
        ? deviceSettingsLabel(words, channel.platform)
        : words.t(`channel.${channel.type}`)),
    action,
    ...(path ? { path } : {}),
    notes: [...(subject ? [words.t('rights.subject', { subject })] : []), ...(note ? [note] : [])],
  };
}

/**
 * The right to complain, when the policy gives it no channel of its own: each supervisory authority the policy
 * names, by its name, with its website (else its e-mail, phone or address).
 */
function authorityChannels(words: Words, right: ResolvedRight): ChannelView[] {
  if (right.id !== 'complaint' || right.custom || right.channels.length) return [];
  return (words.policy.document.supervisoryAuthorities ?? []).map((authority) => {
    const action: Content[] = authority.url
      ? linkOf(authority.url)
      : authority.email
        ? [mailLink(authority.email)]
        : authority.phone
          ? [phoneLink(authority.phone)]
          : authority.address
            ? [addressOf(words, authority.address)]
            : [];
    return { type: 'authority', label: words.name(authority.name)!, action, notes: [] };
  });
}

/**
 * The copy-link control of a right, with what its last use did: "Link copied", or the link itself in the sentence
 * that it could not be copied, for the reader to select.
 */
function copyLinkOf(words: Words, anchor: string): NonNullable<RightView['copyLink']> {
  const copied = words.reader.copied;
  const result =
    copied?.anchor === anchor
      ? {
          ok: copied.ok,
          message: copied.ok ? words.t('rights.copied') : words.t('rights.copyFailed', { link: copied.url }),
        }
      : undefined;
  return { label: words.t('rights.copyLink'), ...(result ? { result } : {}) };
}

/** A right: its heading and anchor, a copy-link control, what it means, and how to exercise it. */
function rightOf(words: Words, right: ResolvedRight): RightView {
  const channels = [...right.channels.map((channel) => channelOf(words, channel)), ...authorityChannels(words, right)];
  const name = rightName(words, right);
  const appliesTo = words.text(right.appliesTo);
  const description = words.md(right.description);
  const fees: Inline[] | undefined = right.fees
    ? words.detail(words.t(right.fees.free ? 'rights.free' : 'rights.notFree'), words.text(right.fees.note))
    : undefined;
  return {
    weight: weigh(right.description, ...right.exceptions),
    anchor: words.anchor(right.anchor),
    ...(right.title === false ? {} : { title: rightTitle(words, right) as RightView['title'] }),
    name,
    ...(words.reader.static ? {} : { copyLink: copyLinkOf(words, words.anchor(right.anchor)) }),
    ...(appliesTo
      ? {
          appliesTo: words.sentence('joins.labelled', {
            label: { kind: 'strong', content: [words.t('rights.appliesTo')] },
            value: appliesTo,
          }),
        }
      : {}),
    ...(description ? { description } : {}),
    ...(channels.length ? { howTo: words.t('rights.howTo') } : {}),
    channels,
    facts: facts([
      [
        words.t('rights.responseTime'),
        right.responseTime !== undefined ? words.ui.duration(right.responseTime) : undefined,
      ],
      [words.t('rights.fees'), fees],
      [words.t('rights.verification'), words.text(right.verification)],
      [
        words.t('rights.exceptions'),
        right.exceptions.map((e) => words.md(e)).filter((md): md is MarkdownView => md !== undefined),
      ],
      [words.t('rights.legalReference'), words.text(right.legalReference)],
    ]),
  };
}

/**
 * The rights part: the shared introduction and each right. When sections show the rights in several places, the
 * introduction goes with the place that shows the first right, so it is shown exactly once.
 */
export function buildRights(words: Words, placement: PartPlacement): RightsView {
  const first = words.policy.rights[0]?.id;
  const shared = !placement.ids || (first !== undefined && placement.ids.includes(first));
  const introduction = shared ? words.md(words.policy.document.rightsExercise?.introduction) : undefined;
  return weighed(PART, {
    part: 'rights' as const,
    ...(introduction ? { introduction } : {}),
    rights: placed(words.policy.rights, placement).map((right) => rightOf(words, right)),
  });
}
