import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
    /* The section lays itself out by its own width (its card's padding below). */
    container-type: inline-size;
  }
  /* Dark chosen for the section itself (the page may be light): it becomes a card that paints its own surface, its
     text clear of the edge, less so where the section is narrow. On a page that is dark by its own color-scheme the
     section sits on the page, as it does in light. */
  @container style(--access-key-color-scheme: dark) or style(--access-key-color-scheme: light dark) {
    .section {
      padding: clamp(var(--_space), 4cqi, calc(var(--_space) * 2));
      border-radius: var(--_radius);
      background: var(--_page);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .heading {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 700;
  }
  .description {
    flex: 1 1 100%;
    order: 3;
    margin: 0;
    color: var(--_muted);
  }
  .panel {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .panel p {
    margin: 0;
  }
  .empty {
    justify-items: center;
    text-align: center;
  }
  .loading {
    padding: 0;
    border: 0;
    background: none;
  }
  .list-error {
    border-style: solid;
    border-color: var(--_danger);
    background: var(--_expired-bg);
    color: var(--_expired-text);
  }
  .list-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  /* The count and "Remove expired keys (N)" sit together at the end of the row. */
  .list-heading {
    margin: 0;
    margin-inline-end: auto;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* A light button carries its own padding: its text lines up with the end of the list, as the count's does. */
  .remove-expired {
    margin-inline-end: calc(var(--_space) * -1);
  }
  /* Search, filter and sort above a long list: the search box widest, all on one line where they fit. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .toolbar .field {
    flex: 1 1 9rem;
    margin: 0;
  }
  .toolbar .search {
    flex: 3 1 14rem;
  }
  .shown {
    flex-basis: 100%;
  }
  .show-more {
    justify-self: center;
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list[aria-busy='true'] {
    cursor: progress;
  }
  /* While loading: bars' outlines, so the page does not jump when the keys come. */
  .skeleton {
    justify-self: stretch;
    display: grid;
    gap: var(--_space);
    height: 78px;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton::before,
  .skeleton::after {
    content: '';
    border-radius: 4px;
    background: var(--_surface-alt);
  }
  .skeleton::before {
    width: 40%;
  }
  .skeleton::after {
    width: 70%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
