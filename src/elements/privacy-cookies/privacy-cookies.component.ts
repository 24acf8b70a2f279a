import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderPart } from '../../render/parts/index.js';
import { PolicyElement } from '../policy-element.js';

/**
 * The cookies and similar technologies of a policy, in tables by category, for a cookie page.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart table - Each table of cookies (one per category).
 * @csspart heading - The headings after the tables (managing cookies, opting out).
 */
export class PrivacyCookiesElement extends PolicyElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return html`${renderPart(ctx, { part: 'cookies' }, level)}`;
  }
}
