import { css } from 'lit';

/**
 * Switches: a native checkbox drawn as a track and knob, at least 24x24 px (WCAG 2.2 target size), with a visible
 * focus ring, its state also in words (never colour alone), logical properties for RTL, and system colours in
 * forced-colors mode.
 */
export const toggleStyles = css`
  /* The switch, then its words in one column beside it: label and state run on as text and wrap at any width. */
  .toggle {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: 0.75rem;
    margin-block: 0.5rem;
  }
  .toggle-text {
    padding-block-start: 0.05rem;
  }
  .toggle label {
    font-weight: 600;
    cursor: pointer;
    margin-inline-end: 0.5em;
  }
  .toggle-state {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .toggle-note {
    display: block;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .toggle-unknown {
    color: var(--_muted);
  }
  input.switch {
    appearance: none;
    position: relative;
    flex: none;
    margin: 0;
    cursor: pointer;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    min-inline-size: 44px;
    min-block-size: 24px;
    border: 2px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
  }
  input.switch::before {
    content: '';
    position: absolute;
    inset-block: 2px;
    inset-inline-start: 2px;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_muted);
    transition: inset-inline-start 0.12s ease-out;
  }
  input.switch:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input.switch:checked::before {
    inset-inline-start: calc(100% - 2px - (1.5rem - 8px));
    background: var(--_bg);
  }
  input.switch:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  input.switch[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.65;
  }
  input.switch:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .consent > .toggle {
    margin-block-start: 0;
  }
  .cookie-category > .toggle {
    margin-block-end: 0.25rem;
  }
  .outdated {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  .choice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .choice-actions button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.3em 1em;
    cursor: pointer;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
  }
  .choice-actions button:hover {
    border-color: var(--_accent);
  }
  ul.toggles {
    list-style: none;
    padding: 0;
    margin-block: 0.5rem;
  }
  @media (forced-colors: active) {
    input.switch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    input.switch::before {
      background: CanvasText;
    }
    input.switch:checked {
      background: Highlight;
      border-color: Highlight;
    }
    input.switch:checked::before {
      background: HighlightText;
    }
    input.switch:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .choice-actions {
      display: none;
    }
  }
`;
