import { css } from 'lit';

/** The form of `<generate-key-dialog>`: label and hint above each full-width field; counter, messages and preview below. */
export const generateKeyDialogStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  label {
    font-weight: 600;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 36px;
    padding-block: 0;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[readonly] {
    background: var(--_surface-alt);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .field p {
    margin: 0;
    font-size: 0.875rem;
  }
  .hint,
  .preview {
    color: var(--_muted);
  }
  .counter {
    text-align: end;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .counter.over,
  .field .message {
    color: var(--_danger);
    font-weight: 600;
  }
`;
