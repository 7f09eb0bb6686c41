import { css } from 'lit';

/** The form of `<generate-key-dialog>`: labels above full-width fields, hints and messages below them. */
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
  .hints {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    color: var(--_muted);
  }
  .counter {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .counter.over,
  .field .message {
    color: var(--_danger);
    font-weight: 600;
  }
  .preview {
    color: var(--_muted);
  }
`;
