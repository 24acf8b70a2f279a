import type { NormalizedPolicy } from '../../model/index.js';
import { ELEMENT_VIEWS, type Reader, type ScreenView, type ViewBuild } from '../../view/index.js';
import { ConsentElement } from '../consent-element.js';

/**
 * The whole privacy notice: header, table of contents, every section and structured part, every right with its
 * deep link, and the reader's choices. Attributes, properties, events, the error panel and the custom properties
 * are those of every element of the library (PolicyElement, ConsentElement).
 *
 * @csspart header - The notice's header (title, dates, summary).
 * @csspart title - The notice's main heading.
 * @csspart meta - The line with controller, dates and version.
 * @csspart changes - The summary of what changed since the `previous` version (or the `changes` given).
 * @csspart changes-heading - Its heading ("What changed on …").
 * @csspart changed-marker - "Changed in this version", under the heading of each section that holds a change.
 * @csspart toc - The table of contents (a `nav`).
 * @csspart toc-heading - The heading of the table of contents.
 * @csspart section - Each section.
 * @csspart heading - Each heading inside the notice but the title.
 * @csspart subheading - A heading the library adds: a part's name ("Your rights"), managing cookies, opting out.
 * @csspart data-category - Each data category.
 * @csspart purpose - Each purpose.
 * @csspart consent - Each consent choice.
 * @csspart table - Each table (processing, cookies).
 * @csspart right - Each right.
 * @csspart copy-link - The "copy link to this right" buttons.
 * @csspart copy-result - What the last copy did, next to its button ("Link copied", or the link to select).
 * @csspart summary - The first layer (with `summary`, or where a section includes it): a list of the key facts.
 * @csspart summary-row - Each line of the summary: the part's name, a link to it, and its first items.
 */
export class PrivacyNoticeElement extends ConsentElement {
  static override properties = {
    ...ConsentElement.properties,
    summary: { type: Boolean, reflect: true },
  };

  /**
   * Starts the notice with its first layer, after the title: who is responsible, what data, for what, shared with
   * whom, kept how long, sent where, the reader's choices and rights, each line a link to its part below.
   */
  summary = false;

  protected override get readerOptions(): Pick<Reader, 'summary'> {
    return this.summary ? { summary: true } : {};
  }

  protected override buildView(policy: NormalizedPolicy, reader: Reader, previous?: ScreenView): ViewBuild {
    return ELEMENT_VIEWS['privacy-notice'](policy, reader, previous);
  }
}
