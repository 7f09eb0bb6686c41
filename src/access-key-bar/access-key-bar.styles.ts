import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* The bar lays itself out by its own width (a list beside a side panel, a 320 px phone), not the viewport's. */
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
  }
  .main {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  /* Grid items would otherwise be as wide as their unbreakable lines. */
  .main > * {
    min-width: 0;
  }
  .name-row {
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
  .state,
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* A phrase ("Last used 3 months ago", "Created Nov 3, 2026") wraps as a whole, never in the middle. */
  .state > *,
  .details > * {
    white-space: nowrap;
  }
  /* A sentence, not a value: it wraps where the bar is narrow. */
  .details.previous > * {
    white-space: normal;
  }
  /* The badge and the last use share their line at any width: the last use gives way, with an ellipsis (its tooltip
     has the exact moment). */
  .state {
    flex-wrap: nowrap;
  }
  .state > .tooltip-anchor,
  .state > [part~='last-used'] {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .status {
    display: inline-flex;
    align-items: center;
    padding: 1px 10px;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .status.active {
    background: var(--_active-bg);
    color: var(--_active-text);
  }
  .status.expires-soon {
    background: var(--_warning-bg);
    color: var(--_warning-text);
  }
  .status.expired {
    background: var(--_expired-bg);
    color: var(--_expired-text);
  }
  .expires-soon-text {
    color: var(--_warning-text);
    font-weight: 600;
  }
  .visible-part {
    font-family: var(--_mono);
    color: var(--_text);
  }
  [part~='visible-part'] {
    direction: ltr;
    unicode-bidi: isolate;
  }
  [tabindex='0'] {
    border-radius: 4px;
  }
  /* The name clips its overflow, so its focus ring is drawn inside it. */
  .name:focus-visible {
    outline-offset: -2px;
  }
  /* Light buttons carry their own padding: they line up with the bar's edge as its text does. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-inline-end: calc(var(--_space) * -1);
  }
  /* Narrow: tighter insets, so the badge and the last use keep one line, and the buttons take their own line under
     the key, lined up with its text. */
  @container (max-width: 30rem) {
    .bar {
      grid-template-columns: minmax(0, 1fr);
      padding-inline: calc(var(--_space) * 1.5);
    }
    .state {
      gap: var(--_space);
      font-size: 0.8125rem;
    }
    .status {
      padding-inline: var(--_space);
    }
    .actions {
      gap: 0 calc(var(--_space) / 2);
      margin-inline: calc(var(--_space) * -0.5) 0;
    }
    .actions > .button {
      padding-inline: calc(var(--_space) * 0.5);
      font-size: 0.875rem;
    }
  }
`;
