import { changeEntries } from './changes.js';
import type { ConsentKind } from '../consent/types.js';
import type { BulkChange, ToggleNote } from '../consent/toggles.js';
import type { Text } from '../model/index.js';
import type { ChoiceActionsView, ChoicesView, Inline, SwitchView, TextView } from './types.js';
import type { Words } from './words.js';

/** The policy's label of a choice. */
function choiceLabel(words: Words, kind: ConsentKind, id: string): Text | undefined {
  const { policy } = words;
  const list =
    kind === 'purpose'
      ? policy.consentPurposes
      : kind === 'cookie-category'
        ? policy.cookieCategories
        : policy.permissions;
  return list.find((item) => item.id === id)?.label;
}

/** A note in words; 'confirmed' names the permission and its state, since it is only ever announced. */
export function noteText(words: Words, kind: ConsentKind, id: string, note: ToggleNote): string {
  if (note.key === 'failed') return words.t('toggle.failed', { reason: note.reason });
  if (note.key !== 'confirmed') return words.t(`toggle.${note.key}`);
  const on = words.reader.choices?.toggle(kind, id)?.on;
  const state = words.t(on === undefined ? 'toggle.unknown' : on ? 'toggle.granted' : 'toggle.denied');
  return words.t('toggle.permissionState', { permission: words.plain(choiceLabel(words, kind, id)), state });
}

/**
 * What Accept all / Reject all did, in words: the choices it turned on (or off) by their labels, or that none
 * changed, then how saving went ("Turned on: Analytics and Advertising. Saved on this device only").
 */
export function bulkText(words: Words, change: BulkChange): string {
  const labels = change.changed.map((c) => words.plain(choiceLabel(words, c.kind, c.id)));
  const changed = labels.length
    ? words.t(change.granted ? 'toggle.turnedOn' : 'toggle.turnedOff', { choices: words.list(labels) })
    : words.t('toggle.unchanged');
  return words.t('toggle.bulkStatus', { changed, saved: words.t(`toggle.${change.saved}`) });
}

/**
 * The switch of a choice, with its label, its state in words and a note on the last change. None without consent
 * state (static HTML), or for a permission the app has not reported; "Camera: Unknown" for one it cannot tell.
 * A switch shows only confirmed states: while the app has not answered, it keeps the old one and says it waits.
 */
export function switchOf(words: Words, kind: ConsentKind, id: string, label: Text): SwitchView | undefined {
  const toggle = words.reader.choices?.toggle(kind, id);
  if (!toggle) return undefined;
  if (toggle.on === undefined) {
    return {
      kind,
      id,
      unknown: words.t('toggle.permissionState', { permission: words.plain(label), state: words.t('toggle.unknown') }),
    };
  }
  const inputId = words.anchor(`switch-${kind}-${id}`);
  const note = toggle.note && toggle.note.key !== 'confirmed' ? noteText(words, kind, id, toggle.note) : undefined;
  const state = toggle.locked
    ? words.t('toggle.alwaysOn')
    : words.t(
        kind === 'permission'
          ? toggle.on
            ? 'toggle.granted'
            : 'toggle.denied'
          : toggle.on
            ? 'toggle.on'
            : 'toggle.off',
      );
  const describedBy = [toggle.locked ? `${inputId}-state` : '', note ? `${inputId}-note` : '']
    .filter(Boolean)
    .join(' ');
  return {
    kind,
    id,
    inputId,
    label: words.text(label)!,
    on: toggle.on,
    locked: toggle.locked,
    pending: toggle.pending,
    state,
    ...(note ? { note } : {}),
    ...(describedBy ? { describedBy } : {}),
  };
}

/** How many switches "accept all" and "reject all" would change. */
function switchable(words: Words): number {
  const { policy } = words;
  return policy.consentPurposes.length + policy.cookieCategories.filter((c) => !c.alwaysOn).length;
}

/** The part that carries the outdated notice and the accept/reject buttons in a whole notice: consents, else cookies. */
export function choicesPart(words: Words): 'consents' | 'cookies' | undefined {
  if (!words.reader.choices || switchable(words) === 0) return undefined;
  return words.policy.consentPurposes.length ? 'consents' : 'cookies';
}

/**
 * "This policy has changed since you last chose", when it has; naming the consent-relevant changes when the element
 * knows what changed since the reader's version.
 */
export function outdatedText(words: Words): string | undefined {
  if (!words.reader.choices?.outdated) return undefined;
  const changes = words.reader.changes;
  const named = changes?.consentRelevant
    ? changeEntries(words, changes)
        .filter((e) => e.consentRelevant)
        .map((e) =>
          e.what === undefined
            ? plainOf(e.where)
            : words.t('joins.labelled', { label: plainOf(e.where), value: plainOf(e.what) }),
        )
    : [];
  const outdated = words.t('toggle.outdated');
  if (!named.length) return outdated;
  const because = words.t('whatChanged.outdatedBecause', { changes: words.list(named) });
  return words.t('joins.sentences', { first: outdated, second: because });
}

/** The words of an inline piece of the view (a label, policy text), without their markup. */
function plainOf(piece: Inline | TextView | string | undefined): string {
  if (piece === undefined) return '';
  if (typeof piece === 'string') return piece;
  return 'value' in piece && typeof piece.value === 'string' ? piece.value : '';
}

/** Accept all and reject all side by side, equally easy; after a policy change also "Save my choices". */
export function choiceActions(words: Words): ChoiceActionsView | undefined {
  const choices = words.reader.choices;
  const both = switchable(words) >= 2;
  if (!choices || (!both && !choices.outdated)) return undefined;
  return {
    label: words.t('toggle.choicesHeading'),
    ...(both ? { acceptAll: words.t('toggle.acceptAll'), rejectAll: words.t('toggle.rejectAll') } : {}),
    ...(choices.outdated ? { save: words.t('toggle.save') } : {}),
  };
}

function switches(words: Words, kind: ConsentKind, items: ReadonlyArray<{ id: string; label: Text }>): SwitchView[] {
  return items.flatMap((item) => switchOf(words, kind, item.id, item.label) ?? []);
}

/**
 * Every switch of a policy without the rest of the notice: purposes first, then cookie categories and the app's
 * permissions under their own headings, then accept all / reject all.
 */
export function buildChoices(words: Words): ChoicesView {
  const { policy } = words;
  const cookies = switches(words, 'cookie-category', policy.cookieCategories);
  const permissions = switches(words, 'permission', policy.permissions);
  const outdated = outdatedText(words);
  const actions = choiceActions(words);
  return {
    kind: 'choices',
    weight: 0,
    anchor: words.anchor('choices'),
    heading: words.t('toggle.choicesHeading'),
    ...(outdated ? { outdated } : {}),
    purposes: switches(words, 'purpose', policy.consentPurposes),
    ...(cookies.length ? { cookies: { heading: words.t('parts.cookies'), switches: cookies } } : {}),
    ...(permissions.length ? { permissions: { heading: words.t('parts.permissions'), switches: permissions } } : {}),
    ...(actions ? { actions } : {}),
  };
}
