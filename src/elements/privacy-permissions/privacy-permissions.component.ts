import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../../render/context.js';
import { renderPart } from '../../render/parts/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The app permissions of a policy, each with how to switch it off, for an app's settings screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart heading - Each permission's heading.
 */
export class PrivacyPermissionsElement extends ConsentElement {
  protected override renderContent(ctx: RenderContext, level: number): TemplateResult {
    return html`${renderPart(ctx, { part: 'permissions' }, level)}`;
  }
}
