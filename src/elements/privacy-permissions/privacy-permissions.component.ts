import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderPart } from '../../render/parts/index.js';
import { PolicyElement } from '../policy-element.js';

/**
 * The app permissions of a policy, each with how to switch it off, for an app's settings screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @attr src - URL of the policy JSON (fetched without credentials).
 * @attr heading-level - Level (1-6) of the headings this element shows; default 2.
 * @event privacy-notice-load - A policy was validated and is shown.
 * @event privacy-notice-error - A policy could not be shown; a policy shown before stays shown.
 * @event privacy-notice-diagnostic - For developers: a UI string missing from a locale, or a locale that failed to load.
 * @csspart heading - See <privacy-notice>.
 * @csspart error - The error panel.
 */
export class PrivacyPermissionsElement extends PolicyElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return html`${renderPart(ctx, { part: 'permissions' }, level)}`;
  }
}
