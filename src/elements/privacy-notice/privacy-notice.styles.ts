import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--pn-color-text, CanvasText);
    background: var(--pn-color-background, Canvas);
    font: var(--pn-font, inherit);
    line-height: 1.5;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .title {
    margin-block: 0 0.5em;
    font-size: var(--pn-title-size, 1.75em);
    line-height: 1.2;
  }
  .error {
    border: 2px solid var(--pn-color-error, #b3261e);
    border-radius: 0.5em;
    padding: 0.75em 1em;
    margin-block: 1em;
  }
  .error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    margin-block-start: 0.5em;
  }
  button:focus-visible {
    outline: 3px solid var(--pn-color-focus, Highlight);
    outline-offset: 2px;
  }
`;
