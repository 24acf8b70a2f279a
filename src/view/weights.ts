import type { Markdown, NormalizedPolicy, ResolvedSection } from '../model/index.js';

// How much rendering a part of a notice costs, in items, and how many items one render of a notice shows.

/**
 * What a piece of policy Markdown costs, in items (a cookie-table row is one): parsing and sanitizing it has a fixed
 * cost of about two rows, then about one more for every 50 characters (measured in Chromium on the benchmark's
 * synthetic policy: a 250-character section body with a list and links costs about as much as eight rows).
 */
export function markdownWeight(text: Markdown | undefined): number {
  if (text === undefined) return 0;
  const length =
    typeof text === 'string' ? text.length : Math.max(0, ...Object.values(text).map((t) => t?.length ?? 0));
  return 2 + Math.ceil(length / 50);
}

/** A part shown in a section or on its own: its heading and its introduction. */
export const PART = 8;

/** An item's weight: one, and the weight of each piece of Markdown it shows. */
export function weigh(...markdown: Array<Markdown | undefined>): number {
  return markdown.reduce<number>((weight, text) => weight + markdownWeight(text), 1);
}

/**
 * How many items a whole notice of this policy shows: sections, table rows, rights and the items of every other
 * list. Each reference policy has at most 102; the benchmark’s synthetic policy 142 at 1x, 1,258 at 10x, 12,418 at 100x.
 */
export function itemCount(policy: NormalizedPolicy): number {
  const sections = (list: ResolvedSection[]): number => list.reduce((n, s) => n + 1 + sections(s.sections), 0);
  return (
    sections(policy.sections) +
    policy.dataCategories.length +
    policy.purposes.length +
    policy.processing.length +
    policy.recipients.length +
    policy.retentionRules.length +
    policy.transfers.length +
    policy.cookieCategories.reduce((n, c) => n + c.items.length, 0) +
    policy.permissions.length +
    policy.consentPurposes.length +
    policy.rights.length
  );
}

/**
 * A policy with at most this many items (sections, table rows, rights...; see itemCount) renders whole in one pass,
 * as it always did: every reference policy (102 at most) and the benchmark’s 1x policy (142) have far fewer.
 */
export const ONE_PASS = 500;
/**
 * What the first render of a larger policy shows, in items (weighed as above): the header and about the first two
 * screens, as cheap to render as a small policy.
 */
export const FIRST_SCREEN = 200;
