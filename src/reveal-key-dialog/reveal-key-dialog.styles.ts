import { css } from 'lit';

export const styles = css`
  .label {
    display: block;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    display: block;
    inline-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-family: var(--_mono);
    font-size: 0.9375rem;
    line-height: 1.5;
    /* A secret has no spaces: let it break anywhere so it wraps at 320 px instead of scrolling sideways. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-all;
    resize: vertical;
  }
  .status {
    margin: var(--_space) 0 0;
    color: var(--_active-text);
    font-weight: 600;
  }
  /* Live regions stay in the accessibility tree while empty, so what is put into them later is announced. */
  .status:empty {
    display: block;
    margin: 0;
    padding: 0;
  }
`;
