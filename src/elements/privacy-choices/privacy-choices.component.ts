import type { TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderChoices } from '../../render/choices.js';
import { ConsentElement } from '../consent-element.js';

/**
 * Only the switches of a policy, for an app's settings screen or a consent banner: consent purposes, cookie
 * categories, and (inside an app's webview, through the native bridge) the app's permissions.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart heading - Its headings.
 */
export class PrivacyChoicesElement extends ConsentElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return renderChoices(ctx, level);
  }
}
