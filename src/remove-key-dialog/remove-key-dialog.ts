import { html, nothing } from 'lit';
import { AccessKeyRemoveRequestEvent } from '../events.js';
import { AccessKeyKeyRequestDialogBase } from '../internal/request-dialog.js';
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
export class RemoveKeyDialogElement extends AccessKeyKeyRequestDialogBase {
  static override styles = [AccessKeyKeyRequestDialogBase.styles, keySummaryStyles];
  protected override render(): unknown {
    const msg = this.msg;
    const key = this.key;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.removeTitle}</h2>
        ${key ? renderKeySummary(key, msg) : nothing}
        <p id="text" part="text">${msg.removeText}</p>
        ${this.renderActions({
          part: 'confirm-button',
          label: msg.confirm,
          busyLabel: msg.removing,
          danger: true,
          autofocus: 'cancel',
          onClick: () => this.#confirm(),
        })}
      `,
      'title',
      key ? 'key-name text' : 'text',
    );
  }

  #confirm(): void {
    if (this.key) this.request(new AccessKeyRemoveRequestEvent(this.key));
  }
}
