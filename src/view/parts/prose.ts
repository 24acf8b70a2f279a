import { weighed } from '../trim.js';
import type { ProseView } from '../types.js';
import { PART } from '../weights.js';
import { facts, type Words } from '../words.js';

interface Prose {
  before?: string[];
  body?: ProseView['body'];
  facts?: ProseView['facts'];
  after?: string[];
}

function prose(part: ProseView['part'], { before = [], body, facts = [], after = [] }: Prose): ProseView {
  return weighed(PART, { part, before, ...(body ? { body } : {}), facts, after });
}

/** Children: the minimum age and parental consent, as the policy states them, then its own words. */
export function buildChildren(words: Words): ProseView {
  const children = words.policy.document.children;
  const body = words.md(children?.description);
  return prose('children', {
    before: [
      ...(children?.minimumAge !== undefined ? [words.t('children.minimumAge', { count: children.minimumAge })] : []),
      ...(children?.parentalConsent ? [words.t('children.parentalConsent')] : []),
    ],
    body,
  });
}

/** How readers hear of changes: the policy's words, the ways it names, and whether it tells them in advance. */
export function buildChanges(words: Words): ProseView {
  const changes = words.policy.document.changeNotification;
  const body = words.md(changes?.description);
  return prose('changes', {
    body,
    facts: facts([
      [
        words.t('changes.methods'),
        changes?.methods?.length ? words.list(changes.methods.map((m) => words.t(`changeMethod.${m}`))) : undefined,
      ],
    ]),
    after: changes?.advanceNotice ? [words.t('changes.advanceNotice')] : [],
  });
}

/**
 * Automated decisions: the policy's own words; only when it has none, the library's sentence for what `used` says
 * (a legal statement the controller made in that field, and in no words of its own).
 */
export function buildAutomatedDecisions(words: Words): ProseView {
  const automated = words.policy.document.automatedDecisionMaking;
  const body = words.md(automated?.description);
  return prose('automated-decisions', {
    before: automated && !body ? [words.t(automated.used ? 'automated.used' : 'automated.notUsed')] : [],
    body,
  });
}

/** Whether providing the data is a requirement, in the policy's words. */
export function buildProvision(words: Words): ProseView {
  const body = words.md(words.policy.document.provisionRequirement);
  return prose('provision', { body });
}
