import { css, html, type TemplateResult } from 'lit';
import type { AccessKey } from '../api/types.js';
import type { AccessKeyMessages } from '../locales/messages.js';

/**
 * The key a dialog is about (remove, regenerate): its name, isolated from the text around it, and its masked visible
 * part, left to right, read as "Key ending ••••a1b2". The element has the id `key-name`, so a dialog can name it in
 * its `aria-describedby`.
 */
export function renderKeySummary(key: AccessKey, msg: AccessKeyMessages): TemplateResult {
  return html`<p id="key-name" class="key-name" part="key-name">
    <bdi part="name">${key.name}</bdi>
    <span class="visible-part"
      ><span class="visually-hidden">${msg.visiblePartLabel} </span
      ><span part="visible-part" dir="ltr"><span aria-hidden="true">••••</span>${key.visiblePart}</span></span
    >
  </p>`;
}

export const keySummaryStyles = css`
  .key-name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .key-name bdi {
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
