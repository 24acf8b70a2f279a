import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The app permissions of a policy, each with how to switch it off, for an app's settings screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart heading - Each permission's heading.
 */
export class PrivacyPermissionsElement extends ConsentElement {
  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-permissions'](policy, reader, previous);
  }
}
