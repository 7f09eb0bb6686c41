import { css } from 'lit';

export const styles = css`
  .key-name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  bdi {
    min-inline-size: 0;
    font-weight: 600;
    /* Names may be one long word; wrap them rather than widen the dialog past 320 px. */
    overflow-wrap: anywhere;
  }
  .visible-part {
    color: var(--_muted);
    font-family: var(--_mono);
    white-space: nowrap;
  }
`;
