import type { TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderChoices } from '../../render/choices.js';
import { ConsentElement } from '../consent-element.js';

/**
 * Only the switches of a policy, for an app's settings screen or a consent banner: consent purposes, cookie
 * categories, and (inside an app's webview, through the native bridge) the app's permissions.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON).
 *
 * @attr src - URL of the policy JSON (fetched without credentials).
 * @attr heading-level - Level (1-6) of its heading; default 2.
 * @attr bridge-timeout - How long (ms) a permission switch waits for the app; default 10000.
 * @attr bridge-name - Name of the iOS message handler / Android injected object; default privacyNotice.
 * @event privacy-notice-load - A policy was validated and is shown.
 * @event privacy-notice-error - A policy could not be shown; a policy shown before stays shown.
 * @event privacy-notice-consent-ready - The choices for the shown policy are known; `detail` is the same as `getConsent()`.
 * @event privacy-notice-consent-change - A choice changed; `detail: { id, kind, granted, source, persisted }`.
 * @event privacy-notice-diagnostic - Something was ignored (a bad stored record, a malformed bridge message); `detail: { code, message }`.
 * @csspart toggle - Each switch with its label, state and note.
 * @csspart outdated - The message that the policy changed since the reader chose.
 * @csspart heading - Its headings.
 * @csspart error - The error panel.
 */
export class PrivacyChoicesElement extends ConsentElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return renderChoices(ctx, level);
  }
}
