import { html, type TemplateResult } from 'lit';

/**
 * A button label that can change (Generate → Generating…) without changing the button's width: `shown`, with the
 * `others` it may become stacked invisibly in the same place (see `.labels` in theme.styles.ts). Only `shown` is
 * read out; the others are hidden from assistive technology.
 */
export function stableLabel(shown: unknown, ...others: unknown[]): TemplateResult {
  return html`<span class="labels"
    ><span>${shown}</span>${others.map((other) => html`<span aria-hidden="true">${other}</span>`)}</span
  >`;
}
