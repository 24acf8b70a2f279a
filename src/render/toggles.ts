import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConsentKind } from '../consent/types.js';
import type { ToggleNote } from '../consent/view.js';
import type { Text } from '../model/index.js';
import { anchor, plain, t, type Content, type RenderContext } from './context.js';

/** The policy's label of a choice, for announcements. */
export function choiceLabel(ctx: RenderContext, kind: ConsentKind, id: string): Text | undefined {
  const { policy } = ctx;
  const list = kind === 'purpose' ? policy.consentPurposes : kind === 'cookie-category' ? policy.cookieCategories : policy.permissions;
  return list.find((item) => item.id === id)?.label;
}

/** A note in words; 'confirmed' names the permission and its state, since it is only ever announced. */
export function noteText(ctx: RenderContext, kind: ConsentKind, id: string, note: ToggleNote): string {
  if (note.key === 'failed') return t(ctx, 'toggle.failed', { reason: note.reason });
  if (note.key !== 'confirmed') return t(ctx, `toggle.${note.key}`);
  const on = ctx.consent?.toggle(kind, id)?.on;
  const state = t(ctx, on === undefined ? 'toggle.unknown' : on ? 'toggle.granted' : 'toggle.denied');
  return t(ctx, 'toggle.permissionState', { permission: plain(ctx, choiceLabel(ctx, kind, id)), state });
}

/** Switches toggle with Space natively; Enter does too, as people expect of a switch. */
function enterToggles(event: KeyboardEvent): void {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  (event.currentTarget as HTMLInputElement).click();
}

/**
 * A native switch (`<input type="checkbox" role="switch">`) with its visible label as its name, its state in words
 * and a note on the last change. Nothing without a consent state (static HTML), or for a permission the app has
 * not reported; "Camera: Unknown" for one the app cannot tell. The switch shows only confirmed states: while the app
 * has not answered, it keeps the old one and says it is waiting.
 */
export function renderSwitch(ctx: RenderContext, kind: ConsentKind, id: string, label: Content): Content {
  const consent = ctx.consent;
  const view = consent?.toggle(kind, id);
  if (!consent || !view) return nothing;
  if (view.on === undefined) {
    return html`<p class="toggle-unknown">${t(ctx, 'toggle.permissionState', { permission: plain(ctx, choiceLabel(ctx, kind, id)), state: t(ctx, 'toggle.unknown') })}</p>`;
  }
  const inputId = anchor(ctx, `switch-${kind}-${id}`);
  const note = view.note && view.note.key !== 'confirmed' ? noteText(ctx, kind, id, view.note) : undefined;
  const state = view.locked ? t(ctx, 'toggle.alwaysOn')
    : t(ctx, kind === 'permission' ? (view.on ? 'toggle.granted' : 'toggle.denied') : view.on ? 'toggle.on' : 'toggle.off');
  const describedBy = [view.locked ? `${inputId}-state` : '', note ? `${inputId}-note` : ''].filter(Boolean).join(' ');
  return html`<div class="toggle" part="toggle" data-kind=${kind} data-id=${id}>
    <input type="checkbox" role="switch" class="switch" id=${inputId} .checked=${live(view.on)} ?disabled=${view.locked}
      aria-disabled=${view.pending ? 'true' : nothing} aria-describedby=${describedBy || nothing}
      @change=${(e: Event) => consent.onToggle(kind, id, (e.target as HTMLInputElement).checked)} @keydown=${enterToggles}>
    <span class="toggle-text"><label for=${inputId}>${label}</label>
      <span class="toggle-state" id=${`${inputId}-state`} aria-hidden=${view.locked ? nothing : 'true'}>${state}</span>
      ${note ? html`<span class="toggle-note" id=${`${inputId}-note`}>${note}</span>` : nothing}</span>
  </div>`;
}

/** How many switches "accept all" and "reject all" would change. */
function switchable(ctx: RenderContext): number {
  const { policy } = ctx;
  return policy.consentPurposes.length + policy.cookieCategories.filter((c) => !c.alwaysOn).length;
}

/** The part that carries the outdated notice and the accept/reject buttons in a whole notice: consents, else cookies. */
export function choicesPart(ctx: RenderContext): 'consents' | 'cookies' | undefined {
  if (!ctx.consent || switchable(ctx) === 0) return undefined;
  return ctx.policy.consentPurposes.length ? 'consents' : 'cookies';
}

/** "This policy has changed since you last chose", when it has. */
export function renderOutdated(ctx: RenderContext): Content {
  return ctx.consent?.outdated ? html`<p class="outdated" part="outdated">${t(ctx, 'toggle.outdated')}</p>` : nothing;
}

/** Accept all and reject all side by side, equally easy; after a policy change also "Save my choices". */
export function renderChoiceActions(ctx: RenderContext): Content {
  const consent = ctx.consent;
  if (!consent || switchable(ctx) < 2 && !consent.outdated) return nothing;
  return html`<div class="choice-actions">
    ${switchable(ctx) >= 2 ? html`<button type="button" @click=${() => consent.onAll(true)}>${t(ctx, 'toggle.acceptAll')}</button>
      <button type="button" @click=${() => consent.onAll(false)}>${t(ctx, 'toggle.rejectAll')}</button>` : nothing}
    ${consent.outdated ? html`<button type="button" @click=${() => consent.onConfirm()}>${t(ctx, 'toggle.save')}</button>` : nothing}
  </div>`;
}
