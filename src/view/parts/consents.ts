import type { PartPlacement } from '../../model/index.js';
import { choiceActions, choicesPart, outdatedText, switchOf } from '../choices.js';
import { weighed } from '../trim.js';
import type { ConsentItemView, ConsentsView } from '../types.js';
import { PART, weigh } from '../weights.js';
import { facts, type Words } from '../words.js';
import { placed } from './common.js';
import { pathOf } from './permissions.js';

/**
 * Consent purposes: each with its switch when the element holds consent state (else its default in words), then
 * accept all / reject all.
 */
export function buildConsents(words: Words, placement: PartPlacement): ConsentsView {
  const carries = choicesPart(words) === 'consents';
  const outdated = carries ? outdatedText(words) : undefined;
  const actions = carries ? choiceActions(words) : undefined;
  return weighed(PART, {
    part: 'consents' as const,
    ...(outdated ? { outdated } : {}),
    consents: placed(words.policy.consentPurposes, placement).map((c): ConsentItemView => {
      const toggle = words.reader.choices ? switchOf(words, 'purpose', c.id, c.label) : undefined;
      const description = words.md(c.description);
      return {
        weight: weigh(c.description),
        ...(toggle ? { switch: toggle } : {}),
        ...(words.reader.choices
          ? {}
          : { badge: { label: words.text(c.label)!, state: words.t(c.default ? 'consent.on' : 'consent.off') } }),
        ...(description ? { description } : {}),
        facts: facts([
          [
            words.t('consent.legalBasis'),
            c.legalBasis !== 'consent' ? words.t(`legalBasis.${c.legalBasis}`) : undefined,
          ],
          [words.t('consent.inApp'), pathOf(words, c.inAppPath)],
        ]),
      };
    }),
    ...(actions ? { after: { weight: 1, actions } } : {}),
  });
}
