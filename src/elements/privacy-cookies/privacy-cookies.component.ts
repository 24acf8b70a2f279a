import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The cookies and similar technologies of a policy, in tables by category with a switch for each category the
 * reader may refuse, for a cookie page. Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON)
 * and fires the same events.
 *
 * @csspart table - Each table of cookies (one per category).
 * @csspart subheading - Its own headings around the tables (managing cookies, opting out).
 */
export class PrivacyCookiesElement extends ConsentElement {
  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-cookies'](policy, reader, previous);
  }
}
