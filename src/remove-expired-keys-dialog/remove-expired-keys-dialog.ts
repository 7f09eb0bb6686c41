import { html, type PropertyDeclarations } from 'lit';
import type { AccessKey } from '../api/types.js';
import { AccessKeyRemoveExpiredRequestEvent } from '../events.js';
import { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';

export { removeExpiredKeysDialogParts } from '../internal/parts.js';

/**
 * "Remove expired keys": says how many expired keys there are and asks to remove them all at once, instead of one
 * confirmation per dead key (expired keys count against the limit). Confirm asks the host with
 * `access-key-remove-expired-request`; while the host works it sets `removed` and the button reads "Removing 2 of 5…";
 * on a partial failure the host hands the dialog the keys that are left (`keys`) and calls `showError()` with how many
 * were removed, so the user can retry.
 *
 * @tag remove-expired-keys-dialog
 * @summary The confirmation before every expired key is removed.
 *
 * @event {AccessKeyRemoveExpiredRequestEvent} access-key-remove-expired-request - Confirm was chosen (`keys`). The
 *   dialog then marks itself busy unless the event is canceled.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart text - How many keys have expired, and what removing them does.
 * @csspart error - The alert region with the host's message (how many were removed, the generic error).
 * @csspart confirm-button - "Confirm" ("Removing 2 of 5…" while busy).
 * @csspart cancel-button - "Cancel".
 */
export class RemoveExpiredKeysDialogElement extends AccessKeyRequestDialogBase {
  static override properties: PropertyDeclarations = {
    keys: { attribute: false },
    removed: { type: Number },
  };

  /** The expired keys to remove. Empty again once the dialog closes. */
  keys: readonly AccessKey[] = [];

  /** How many of `keys` the host has removed so far, while busy. */
  removed = 0;

  /** Opens the dialog for `keys`. */
  override show(keys?: readonly AccessKey[]): void {
    if (keys) this.keys = keys;
    super.show();
  }

  protected override willOpen(): void {
    this.removed = 0;
  }

  protected override willClose(): void {
    super.willClose();
    this.keys = [];
    this.removed = 0;
  }

  protected override render(): unknown {
    const msg = this.msg;
    const total = this.keys.length;
    const progress = msg.removingProgress({ done: Math.min(total, this.removed + 1), total });
    const widest = msg.removingProgress({ done: total, total });
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.removeExpiredTitle}</h2>
        <p id="text" part="text">${msg.removeExpiredText({ count: total })}</p>
        ${this.renderActions({
          part: 'confirm-button',
          label: msg.confirm,
          busyLabel: progress,
          widestBusyLabel: widest,
          danger: true,
          autofocus: 'cancel',
          onClick: () => this.#confirm(),
        })}
      `,
      'title',
      'text',
    );
  }

  #confirm(): void {
    if (this.keys.length > 0) this.request(new AccessKeyRemoveExpiredRequestEvent(this.keys));
  }
}
