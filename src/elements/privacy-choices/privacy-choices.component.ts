import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * Only the switches of a policy, for an app's settings screen or a consent banner: consent purposes, cookie
 * categories, and (inside an app's webview, through the native bridge) the app's permissions.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart heading - Its headings.
 */
export class PrivacyChoicesElement extends ConsentElement {
  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-choices'](policy, reader, previous);
  }
}
