import { css } from 'lit';

/**
 * Design tokens. Every colour is a `--access-key-*` custom property with a light and a dark default picked by
 * `light-dark()`, which follows `color-scheme`. Light unless the page opts into dark, as Web Awesome and Shoelace do:
 * `--access-key-color-scheme: dark` (or `light`, or `light dark` for the OS) on the element or any ancestor, or else
 * the page's own `color-scheme` (a page without one is light, whatever the OS says). Unset, the declaration below is
 * invalid at computed-value time, and `color-scheme`, an inherited property, then comes from the page. Text colours
 * keep ≥ 4.5:1 on their backgrounds in both schemes.
 */
export const tokens = css`
  :host {
    color-scheme: var(--access-key-color-scheme);
    --_font: var(--access-key-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_mono: var(--access-key-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_text: var(--access-key-color-text, light-dark(#1a1d21, #e8eaed));
    --_muted: var(--access-key-color-text-muted, light-dark(#4f5660, #b2b8bf));
    --_surface: var(--access-key-color-surface, light-dark(#ffffff, #1f2124));
    --_surface-alt: var(--access-key-color-surface-alt, light-dark(#f4f5f7, #2a2d31));
    --_border: var(--access-key-color-border, light-dark(#c9ced6, #4a4f57));
    --_accent: var(--access-key-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_on-accent: var(--access-key-color-on-accent, light-dark(#ffffff, #0b1f3a));
    --_danger: var(--access-key-color-danger, light-dark(#b3261e, #ee675c));
    --_on-danger: var(--access-key-color-on-danger, light-dark(#ffffff, #1f0705));
    --_active-bg: var(--access-key-color-active-bg, light-dark(#e6f4ea, #0f3d1f));
    --_active-text: var(--access-key-color-active-text, light-dark(#146c2e, #a8dab5));
    --_expired-bg: var(--access-key-color-expired-bg, light-dark(#fce8e6, #4a1512));
    --_expired-text: var(--access-key-color-expired-text, light-dark(#8c1d18, #f6c4c0));
    --_focus: var(--access-key-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_warning-bg: var(--access-key-color-warning-bg, light-dark(#fef7e0, #3d2e00));
    --_warning-text: var(--access-key-color-warning-text, light-dark(#7a4a00, #fdd663));
    /* What the section paints under its own text: nothing in light (it sits on the page), its surface in dark, so
       dark never puts light text on a light page. */
    --_page: var(--access-key-color-page, light-dark(transparent, #121316));
    text-wrap: pretty;
    --_radius: var(--access-key-radius, 8px);
    --_space: var(--access-key-spacing, 8px);
    font-family: var(--_font);
    color: var(--_text);
  }
`;

/** Buttons: ≥ 24×24 px targets (WCAG 2.5.8; 36 px high here), a visible focus ring, busy and disabled looks. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-height: 36px;
    min-width: 36px;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-danger);
  }
  .button.primary:hover,
  .button.danger:hover {
    filter: brightness(1.1);
  }
  /* A light action beside content (a bar's Remove): text only, still a 32 px target (WCAG 2.5.8 asks 24). */
  .button.quiet {
    min-height: 32px;
    padding: 0 var(--_space);
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  .button.quiet:hover {
    background: var(--_surface-alt);
  }
  .button.quiet.danger {
    color: var(--_danger);
  }
  /* Every message and every value is its own bidirectional isolate whose direction comes from its text: a page in a
     right-to-left language reads an English message (one without a catalog of its own) in order, and a date or count
     cannot swap places with the words around it. Lines made of several of them keep the page's direction. A flex
     box (a button, a badge) passes no unicode-bidi to its text, so those carry dir="auto" instead. */
  h2,
  label,
  p,
  time,
  .text {
    unicode-bidi: plaintext;
  }
  /* Busy or unavailable: the label says so ("Generating…"); the colours keep their contrast. */
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  /* A button whose label changes (Generate → Generating…, Copy → Copied) keeps the width of its widest label, so
     nothing around it moves: each label stacked in one grid cell, the ones not shown invisible. */
  .labels {
    display: inline-grid;
  }
  .labels > * {
    grid-area: 1 / 1;
  }
  .labels > [aria-hidden] {
    visibility: hidden;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The native `<dialog>`: centred, fits 320 px wide viewports, scrolls inside rather than the page. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(32rem, calc(100vw - 2 * var(--_space)));
    max-height: calc(100dvh - 4 * var(--_space));
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: 1.25rem;
    text-wrap: balance;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* Every dialog lays itself out by its own width, and puts its buttons in one order: the primary last, at the
     inline end (Cancel | Generate). */
  dialog {
    container-type: inline-size;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 3);
  }
  /* Narrow: the buttons share the row in equal widths, each at least as wide as its longest label (busy ones
     included); when both cannot, the action takes a row of its own, full width. */
  @container (max-width: 26rem) {
    .actions > * {
      flex: 1 1 0;
      min-inline-size: max-content;
    }
  }
  .error {
    margin: calc(var(--_space) * 2) 0 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_expired-bg);
    color: var(--_expired-text);
  }
  /* An empty alert region stays in the accessibility tree (no display: none), so text put in later is announced. */
  .error:empty {
    margin: 0;
    padding: 0;
  }
`;

/** The fields of the dialogs' forms: label and hint above each full-width field; counter, messages and preview below. */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 2);
  }
  label {
    font-weight: 600;
  }
  input,
  select {
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
  select {
    padding-inline-end: calc(var(--_space) * 4);
  }
  /* A field's ring hugs its border, clear of the hint above and the message below (Arabic marks reach far). */
  input:focus-visible,
  select:focus-visible {
    outline-offset: 0;
  }
  .sub-label {
    margin-block-start: var(--_space);
    font-weight: 500;
  }
  input[readonly],
  select:disabled {
    background: var(--_surface-alt);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .field p {
    margin: 0;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  .hint,
  .preview {
    color: var(--_muted);
  }
  .below {
    display: flex;
    align-items: baseline;
    gap: var(--_space);
  }
  .below > .counter {
    flex: none;
    margin-inline-start: auto;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .counter.over,
  .field .message {
    color: var(--_danger);
    font-weight: 600;
  }
`;
