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
  .language-label {
    font-weight: 600;
  }
  .language-switcher ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .language-switcher button {
    font: inherit;
    min-block-size: 2.25rem;
    padding-block: 0.2em;
    padding-inline: 0.75em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
    cursor: pointer;
  }
  /* The language shown: marked by more than colour (a heavier border and weight). */
  .language-switcher button[aria-current='true'] {
    border: 2px solid var(--_accent);
    font-weight: 600;
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
