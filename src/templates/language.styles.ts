import { css } from 'lit';

/** The language switcher and the note on text shown in a fallback language; logical properties only. */
export const languageStyles = css`
  .language-switcher {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    margin-block: 0 1rem;
  }
  .language-switcher label {
    font-weight: 600;
  }
  .language-switcher select {
    font: inherit;
    min-block-size: 2.25rem;
    min-inline-size: 8rem;
    padding-block: 0.2em;
    padding-inline: 0.5em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
  }
  .fallback-note {
    color: var(--_muted);
    margin-block: 0 1rem;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  @media print {
    .language-switcher {
      display: none;
    }
  }
`;
