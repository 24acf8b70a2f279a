import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderPart } from '../../render/parts/index.js';
import { PolicyElement } from '../policy-element.js';

/**
 * The rights of a policy and how to exercise each, with their deep links (`#right-erasure`), for an app's privacy screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @attr src - URL of the policy JSON (fetched without credentials).
 * @attr heading-level - Level (1-6) of the headings this element shows; default 2.
 * @event privacy-notice-load - A policy was validated and is shown.
 * @event privacy-notice-error - A policy could not be shown; a policy shown before stays shown.
 * @event privacy-notice-diagnostic - Something was ignored so the element could go on (a UI string missing from a locale, ...); `detail: { code, message, key?, lang? }`.
 * @csspart right - See <privacy-notice>.
 * @csspart error - The error panel.
 */
export class PrivacyRightsElement extends PolicyElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return html`${renderPart(ctx, { part: 'rights' }, level)}`;
  }
}
