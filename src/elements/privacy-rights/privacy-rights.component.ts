import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { PolicyElement } from '../policy-element.js';

/**
 * The rights of a policy and how to exercise each, with their deep links (`#right-erasure`), for an app's privacy screen.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @csspart right - Each right.
 * @csspart heading - Each right's heading.
 * @csspart copy-link - The "copy link to this right" buttons.
 * @csspart copy-result - What the last copy did, next to its button ("Link copied", or the link to select).
 */
export class PrivacyRightsElement extends PolicyElement {
  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-rights'](policy, reader, previous);
  }
}
