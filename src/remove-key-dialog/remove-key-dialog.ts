import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessKey } from '../api/types.js';
import { AccessKeyRemoveRequestEvent } from '../events.js';
import { stableLabel } from '../internal/labels.js';
import { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';
import { keySummaryStyles, renderKeySummary } from '../internal/key-summary.js';

export { removeKeyDialogParts } from '../internal/parts.js';

/**
 * "Remove access key": names the key and asks to confirm. Confirm asks the host to remove it
 * (`access-key-remove-request`) and marks the dialog busy; the host then closes it with `close('confirm')`, or calls
 * `showError()` so the user can retry with the key still named. Cancel and Escape stay possible while busy.
 *
 * @tag remove-key-dialog
 * @summary The confirmation before a key is removed.
 *
 * @event {AccessKeyRemoveRequestEvent} access-key-remove-request - Confirm was chosen (`key`). Call `preventDefault()`
 *   to keep the dialog from marking itself busy.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart key-name - The key being removed: its name and masked visible part.
 * @csspart name - The key's name.
 * @csspart visible-part - The key's masked visible part.
 * @csspart text - The explanation.
 * @csspart error - The alert region with the host's error message.
 * @csspart confirm-button - "Confirm" ("Removing…" while busy).
 * @csspart cancel-button - "Cancel".
 */
export class RemoveKeyDialogElement extends AccessKeyRequestDialogBase {
  static override styles = [AccessKeyRequestDialogBase.styles, keySummaryStyles];
  static override properties: PropertyDeclarations = {
    key: { attribute: false },
  };

  /** The key to remove. `null` again once the dialog closes. */
  key: AccessKey | null = null;

  /** Opens the dialog, naming `key` if given. */
  override show(key?: AccessKey): void {
    if (key && key !== this.key) {
      this.key = key;
      this.busy = false;
      this.error = '';
    }
    super.show();
  }

  protected override willClose(): void {
    super.willClose();
    this.key = null;
  }

  protected override render(): unknown {
    const msg = this.msg;
    const key = this.key;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.removeTitle}</h2>
        ${key ? renderKeySummary(key, msg) : nothing}
        <p id="text" part="text">${msg.removeText}</p>
        <p class="error" part="error" role="alert">${this.error}</p>
        <div class="actions">
          <button class="button" part="cancel-button" dir="auto" autofocus @click=${this.handleCancelClick}>
            ${msg.cancel}
          </button>
          <button
            class="button danger"
            part="confirm-button"
            dir="auto"
            aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}
            @click=${this.#handleConfirm}
          >
            ${this.busy ? stableLabel(msg.removing, msg.confirm) : stableLabel(msg.confirm, msg.removing)}
          </button>
        </div>
      `,
      'title',
      key ? 'key-name text' : 'text',
    );
  }

  #handleConfirm(): void {
    if (this.key) this.request(new AccessKeyRemoveRequestEvent(this.key));
  }
}
