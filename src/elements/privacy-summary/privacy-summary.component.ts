import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { PolicyElement } from '../policy-element.js';

/** A link to another page: a relative address, or an https one. Anything else is not a place a summary may send readers. */
const pageAddress = (value: string | null): string | undefined =>
  value !== null && !/[\s#]/.test(value) && (!/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https:\/\//i.test(value))
    ? value
    : undefined;

/**
 * The first layer of a privacy notice: who is responsible, what data is collected (sensitive data marked), for what,
 * shared with whom, kept how long, sent where, and the reader's choices and rights, each line a link to the part of
 * the full notice it sums up. For the top of a privacy page, an app's privacy screen, or beside a sign-up form.
 * Takes the same inputs as <privacy-notice> (`src`, `.policy`, inline JSON) and fires the same events.
 *
 * @attr notice - The address of the page with the full notice (`privacy.html`), when it is not this page: each line
 * then links to that page's anchor (`privacy.html#right-erasure`). Relative or https addresses only.
 * @csspart summary - The list of the key facts (a `dl`).
 * @csspart summary-row - Each line: the part's name (a link to it) and its first items.
 * @csspart heading - The summary's heading ("At a glance"), at `heading-level`.
 */
export class PrivacySummaryElement extends PolicyElement {
  static override properties = {
    ...PolicyElement.properties,
    notice: { type: String, reflect: true },
  };

  /** The page with the full notice, when it is not this one. */
  notice: string | null = null;

  protected override get readerOptions(): Pick<Reader, 'noticeUrl'> {
    const url = pageAddress(this.notice);
    return url ? { noticeUrl: url } : {};
  }

  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-summary'](policy, reader, previous);
  }
}
