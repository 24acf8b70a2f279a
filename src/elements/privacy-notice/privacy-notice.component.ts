import type { TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderNotice } from '../../render/notice.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The whole privacy notice: header, table of contents, every section and structured part, every right with its
 * deep link.
 *
 * @attr src - URL of the policy JSON (fetched without credentials).
 * @attr heading-level - Level (1-6) of the notice's main heading; default 2.
 * @attr anchor-prefix - Prefix for anchor ids, for pages with two notices.
 * @attr lang - The reader's language; else the nearest ancestor's, `<html lang>`, then the browser's.
 * @attr language-switcher - Shows a menu of the policy's languages (when it has several).
 * @event privacy-notice-load - A policy was validated and is shown; `detail: { policy, warnings }`.
 * @event privacy-notice-error - A policy could not be shown; `detail: { errors, retryable, src? }`. A policy shown before stays shown.
 * @event privacy-notice-consent-ready - The choices for the shown policy are known; `detail` is what `getConsent()` returns.
 * @event privacy-notice-consent-change - A choice changed (or got its first value); `detail: { id, kind, granted, source, persisted }`.
 * @event privacy-notice-diagnostic - Something was ignored so the notice could go on (a bad stored record, a malformed bridge message, a UI string missing from a locale: English shown); `detail: { code, message, key?, lang? }`.
 * @attr bridge-timeout - How long (ms) a permission switch waits for the host app's answer; default 10000.
 * @attr bridge-name - Name of the iOS message handler / Android injected object; default privacyNotice.
 * @csspart notice - The wrapper of the rendered policy.
 * @csspart language-switcher - The language menu and its label.
 * @csspart fallback-note - The note saying which parts are shown in another language.
 * @csspart header - The notice's header (title, dates, summary).
 * @csspart title - The notice's main heading.
 * @csspart meta - The line with controller, dates and version.
 * @csspart toc - The table of contents.
 * @csspart section - Each section.
 * @csspart heading - Each heading inside the notice.
 * @csspart right - Each right.
 * @csspart copy-link - The "copy link to this right" buttons.
 * @csspart table - Each table.
 * @csspart error - The error panel.
 * @csspart toggle - Each switch with its label, state and note.
 * @csspart outdated - The message that the policy changed since the reader chose.
 * @cssprop --pn-color-text - Text colour.
 * @cssprop --pn-color-muted - Secondary text colour.
 * @cssprop --pn-color-background - Background colour.
 * @cssprop --pn-color-surface - Background of the table of contents and table headers.
 * @cssprop --pn-color-border - Border colour.
 * @cssprop --pn-color-accent - Link colour.
 * @cssprop --pn-color-focus - Focus outline colour.
 * @cssprop --pn-color-error - Colour of the error panel and sensitive-data markers.
 * @cssprop --pn-font - Font shorthand for the whole notice.
 * @cssprop --pn-title-size - Font size of the main heading.
 * @cssprop --pn-max-width - Largest width of the text column (default 52rem).
 * @cssprop --pn-scroll-offset - Space kept above a deep-link target, e.g. the height of a sticky page header.
 */
export class PrivacyNoticeElement extends ConsentElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return renderNotice(ctx, level);
  }
}
