import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-width: 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    padding: 2px 10px;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .status.active {
    background: var(--_active-bg);
    color: var(--_active-text);
  }
  .status.expired {
    background: var(--_expired-bg);
    color: var(--_expired-text);
  }
  .muted,
  .details {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .name-row {
    grid-column: 1 / -1;
    min-width: 0;
  }
  .name-row > .tooltip-anchor {
    display: block;
  }
  .name {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
    font-size: 1rem;
    unicode-bidi: isolate;
    /* An isolated name keeps its own direction but lines up with the bar's start, not with its script's. */
    text-align: left;
  }
  :host(:dir(rtl)) .name {
    text-align: right;
  }
  .details {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .visible-part {
    font-family: var(--_mono);
    color: var(--_text);
    direction: ltr;
    unicode-bidi: isolate;
  }
  [tabindex='0'] {
    border-radius: 4px;
  }
  .remove {
    grid-row: 1;
    grid-column: 2;
    align-self: start;
  }
`;
