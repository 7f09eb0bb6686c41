import { css } from 'lit';

export const styles = css`
  /* Wide enough for a 256-bit secret on one line beside its Copy button. */
  dialog {
    width: min(44rem, calc(100vw - 2 * var(--_space)));
  }
  .label {
    display: block;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .secret-row {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  textarea {
    box-sizing: border-box;
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 36px;
    margin: 0;
    padding: 7px var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-family: var(--_mono);
    font-size: 0.875rem;
    line-height: 20px;
    /* As tall as the secret needs: one line when it fits; it has no spaces, so it may break anywhere. */
    field-sizing: content;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-all;
    resize: none;
    direction: ltr;
  }
  .secret-row .button {
    flex: none;
  }
  /* Narrow: the copy button goes under the secret, as wide as it. */
  @container (max-width: 26rem) {
    .secret-row {
      flex-direction: column;
      align-items: stretch;
    }
  }
`;
