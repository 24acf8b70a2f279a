import { html, nothing, type TemplateResult } from 'lit';
import type { ChannelView, RightsView, RightView } from '../../view/index.js';
import type { NoticeActions } from '../actions.js';
import { content, contents, facts, groups, heading, inline, inlines } from '../content.js';
import { renderMarkdown } from '../markdown.js';

function renderChannel(channel: ChannelView, level: number): TemplateResult {
  return html`<li class="channel" data-type=${channel.type}>
    <span class="channel-label">${inline(channel.label)}</span>
    ${contents(channel.action, level)} ${channel.path ? content(channel.path, level) : nothing}
    ${channel.notes.map((note) => html`<span class="note">${inline(note)}</span>`)}
  </li>`;
}

/** A right: its heading and anchor, a copy-link control, what it means, and how to exercise it. */
function renderRight(right: RightView, level: number, actions: NoticeActions): TemplateResult {
  // A right the policy gives no heading keeps its anchor on its block: a group named by the right's name, which a
  // deep link focuses. A titled right is no region (a landmark per right crowds the list): its heading leads.
  const titled = right.title !== undefined;
  return html`<section
    class="right"
    part="right"
    id=${titled ? nothing : right.anchor}
    tabindex=${titled ? nothing : '-1'}
    role=${titled ? nothing : 'group'}
    aria-label=${titled ? nothing : right.name}
  >
    <div class="right-heading">
      ${titled ? heading(level, right.anchor, inline(right.title!)) : nothing}
      ${
        right.copyLink
          ? html`<button
                type="button"
                class="copy-link"
                part="copy-link"
                data-anchor=${right.anchor}
                aria-describedby=${titled ? right.anchor : nothing}
                @click=${() => actions.copyLink(right.anchor)}
              >
                ${right.copyLink.label}
              </button>
              ${
                right.copyLink.result
                  ? html`<p class=${right.copyLink.result.ok ? 'copy-result' : 'copy-result failed'} part="copy-result">
                      ${right.copyLink.result.message}
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </div>
    ${right.appliesTo ? html`<p class="applies-to">${inlines(right.appliesTo)}</p>` : nothing}
    ${renderMarkdown(right.description, level)}
    ${
      right.howTo
        ? html`<p class="how-to"><strong>${right.howTo}</strong></p>
            <ul class="channels">
              ${right.channels.map((c) => renderChannel(c, level))}
            </ul>`
        : nothing
    }
    ${facts(right.facts, level)}
  </section>`;
}

/** The rights part: the shared introduction (its headings a level up: it introduces the rights), then each right. */
export function renderRights(view: RightsView, level: number, actions: NoticeActions): TemplateResult {
  return html`${renderMarkdown(view.introduction, level - 1)}${groups(view.rights, level, (right) => renderRight(right, level, actions))}`;
}
