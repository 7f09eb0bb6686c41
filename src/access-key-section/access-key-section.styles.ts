import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 100%;
    background: var(--_page);
    border-radius: var(--_radius);
  }
  /* Dark chosen for the section on a page that may be light: it becomes a card, its text clear of the edge. */
  @container style(--access-key-color-scheme: dark) {
    .section {
      padding: calc(var(--_space) * 2);
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
    align-items: flex-start;
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
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .panel p {
    margin: 0;
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
    justify-content: space-between;
    gap: var(--_space);
  }
  .list-heading {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
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
  .skeleton {
    height: 88px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
`;
