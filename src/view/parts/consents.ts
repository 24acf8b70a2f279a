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
    label: words.t('toggle.choicesHeading'),
    ...(outdated ? { outdated } : {}),
    consents: placed(words.policy.consentPurposes, placement).map((c): ConsentItemView => {
      const found = words.reader.choices ? switchOf(words, 'purpose', c.id, c.label) : undefined;
      const description = words.md(c.description);
      // The purpose's description describes its switch too: a screen reader says it with the switch.
      const descriptionId = found && 'inputId' in found && description ? `${found.inputId}-description` : undefined;
      const toggle =
        found && descriptionId && 'inputId' in found
          ? { ...found, describedBy: [descriptionId, found.describedBy].filter(Boolean).join(' ') }
          : found;
      return {
        weight: weigh(c.description),
        ...(toggle ? { switch: toggle } : {}),
        ...(descriptionId ? { descriptionId } : {}),
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
