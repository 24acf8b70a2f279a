import { noChange } from 'lit';
import { Directive, directive, PartType, type DirectiveParameters, type Part, type PartInfo } from 'lit/directive.js';
import { markdownToFragment, type MarkdownOptions } from './markdown.js';

/**
 * Renders policy Markdown into a child position of a lit template. It keeps what it rendered until the source or
 * the heading offset changes, so re-rendering a notice (a language switch, a toggle) leaves untouched text alone —
 * focus, selection and find-in-page highlights inside it survive.
 */
class MarkdownDirective extends Directive {
  private source?: string;
  private headingOffset?: number;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('markdown() can only be used in a child position of a template');
  }

  render(source: string, options: MarkdownOptions): DocumentFragment {
    return markdownToFragment(source, options);
  }

  override update(_part: Part, [source, options]: DirectiveParameters<this>): DocumentFragment | typeof noChange {
    if (source === this.source && options.headingOffset === this.headingOffset) return noChange;
    this.source = source;
    this.headingOffset = options.headingOffset;
    return this.render(source, options);
  }
}

/** lit directive: renders markdownToFragment(source, options) and re-parses only when source or headingOffset changes. */
export const markdown = directive(MarkdownDirective);
