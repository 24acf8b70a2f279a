import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderPart } from '../../render/parts/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The app permissions of a policy, each with how to switch it off, for an app's settings screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @attr src - URL of the policy JSON (fetched without credentials).
 * @attr heading-level - Level (1-6) of the headings this element shows; default 2.
 * @event privacy-notice-load - A policy was validated and is shown.
 * @event privacy-notice-error - A policy could not be shown; a policy shown before stays shown.
 * @csspart heading - See <privacy-notice>.
 * @event privacy-notice-consent-ready - The choices for the shown policy are known (see <privacy-notice>).
 * @event privacy-notice-consent-change - A choice changed; `detail: { id, kind, granted, source, persisted }`.
 * @event privacy-notice-diagnostic - Something was ignored so the element could go on (a UI string missing from a locale, ...); `detail: { code, message, key?, lang? }`.
 * @csspart toggle - Each switch with its label, state and note.
 * @csspart error - The error panel.
 */
export class PrivacyPermissionsElement extends ConsentElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return html`${renderPart(ctx, { part: 'permissions' }, level)}`;
  }
}
