import { html, isServer, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChoiceActionsView, SwitchView } from '../view/index.js';
import type { NoticeActions } from './actions.js';
import { text } from './content.js';

/** Switches toggle with Space natively; Enter does too, as people expect of a switch. */
function enterToggles(event: KeyboardEvent): void {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  (event.currentTarget as HTMLInputElement).click();
}

/**
 * A native switch (`<input type="checkbox" role="switch">`) with its visible label as its name, its state in words
 * and a note on the last change; for a permission the app cannot read, that in words. Its state is the `checked`
 * attribute in pre-rendered markup (lit's server renderer writes a `.checked` binding as `checked="false"`, which a
 * browser reads as on) and the live property in the browser, where a refused change must snap back.
 */
export function renderSwitch(view: SwitchView | undefined, actions: NoticeActions): TemplateResult | typeof nothing {
  if (!view) return nothing;
  if ('unknown' in view) return html`<p class="toggle-unknown">${view.unknown}</p>`;
  const { kind, id, inputId } = view;
  return html`<div class="toggle" part="toggle" data-kind=${kind} data-id=${id}>
    <input
      type="checkbox"
      role="switch"
      class="switch"
      id=${inputId}
      ?checked=${view.on}
      .checked=${isServer ? nothing : live(view.on)}
      ?disabled=${view.locked}
      aria-disabled=${view.pending ? 'true' : nothing}
      aria-describedby=${view.describedBy ?? nothing}
      @change=${(e: Event) => actions.toggle(kind, id, (e.target as HTMLInputElement).checked)}
      @keydown=${enterToggles}
    />
    <span class="toggle-text"
      ><label for=${inputId}>${text(view.label)}</label>
      <span class="toggle-state" id=${`${inputId}-state`} aria-hidden=${view.locked ? nothing : 'true'}
        >${view.state}</span
      >
      ${view.note ? html`<span class="toggle-note" id=${`${inputId}-note`}>${view.note}</span>` : nothing}</span
    >
  </div>`;
}

/** "This policy has changed since you last chose", when it has. */
export function renderOutdated(outdated: string | undefined): TemplateResult | typeof nothing {
  return outdated ? html`<p class="outdated" part="outdated">${outdated}</p>` : nothing;
}

/** Accept all and reject all side by side, equally easy; after a policy change also "Save my choices". */
export function renderChoiceActions(
  view: ChoiceActionsView | undefined,
  actions: NoticeActions,
): TemplateResult | typeof nothing {
  if (!view) return nothing;
  return html`<div class="choice-actions" role="group" aria-label=${view.label}>
    ${view.acceptAll ? html`<button type="button" @click=${() => actions.all(true)}>${view.acceptAll}</button>` : nothing}
    ${view.rejectAll ? html`<button type="button" @click=${() => actions.all(false)}>${view.rejectAll}</button>` : nothing}
    ${view.save ? html`<button type="button" @click=${() => actions.confirm()}>${view.save}</button>` : nothing}
  </div>`;
}
