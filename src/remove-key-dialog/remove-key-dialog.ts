import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessKey } from '../api/types.js';
import { RemoveKeyRequestEvent } from '../events.js';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';
import { buttonStyles, dialogStyles, tokens } from '../internal/theme.styles.js';
import { styles } from './remove-key-dialog.styles.js';

/**
 * "Remove access key": names the key and asks to confirm. Confirm asks the host to remove it (`remove-key-request`)
 * and marks the dialog busy; the host then closes it with `close('confirm')`, or sets `error` and `busy = false` so
 * the user can retry with the key still named. Cancel and Escape stay possible while busy.
 *
 * @tag remove-key-dialog
 * @summary The confirmation before a key is removed.
 *
 * @event remove-key-request - Confirm was chosen (`RemoveKeyRequestEvent`, not composed). Call `preventDefault()` to
 *   keep the dialog from marking itself busy.
 * @event close - The dialog closed (`DialogCloseEvent`: `cancel` for Cancel or Escape, `confirm` when the host closes it
 *   after removing the key).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart key-name - The key being removed: its name and masked visible part.
 * @csspart text - The explanation.
 * @csspart error - The alert region with the host's error message.
 * @csspart confirm-button - "Confirm" ("Removing…" while busy).
 * @csspart cancel-button - "Cancel".
 *
 * @cssproperty --access-key-color-danger - Confirm button background.
 * @cssproperty --access-key-font-family-mono - Font of the key's visible part. Default: the platform's monospace font.
 * @cssproperty --access-key-radius - Corner radius. Default 8px.
 */
export class RemoveKeyDialogElement extends AccessKeyDialogBase {
  static override styles = [tokens, buttonStyles, dialogStyles, styles];

  /** The key to remove. `null` again once the dialog closes. */
  @property({ attribute: false }) key: AccessKey | null = null;

  /** Whether the removal is in progress: Confirm shows "Removing…" and fires nothing. Set by Confirm; the host clears it. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** An error to show in the dialog (the generic error when removing failed); empty = none. */
  @property() error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open') && changed.get('open') && !this.open) {
      this.key = null;
      this.busy = false;
      this.error = '';
    }
  }

  /** Opens the dialog, naming `key` if given. */
  override show(key?: AccessKey): void {
    if (key && key !== this.key) {
      this.key = key;
      this.busy = false;
      this.error = '';
    }
    super.show();
  }

  protected override get dialogBusy(): boolean {
    return this.busy;
  }

  protected override render() {
    const msg = this.msg;
    const key = this.key;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.removeTitle}</h2>
        ${key
          ? html`<p id="key-name" class="key-name" part="key-name">
              <bdi>${key.name}</bdi>
              <span class="visible-part"
                ><span class="visually-hidden">${msg.visiblePartLabel} </span
                ><span dir="ltr"><span aria-hidden="true">••••</span>${key.visiblePart}</span></span
              >
            </p>`
          : nothing}
        <p id="text" part="text">${msg.removeText}</p>
        <p class="error" part="error" role="alert">${this.error}</p>
        <div class="actions">
          <button class="button" part="cancel-button" autofocus @click=${this.#handleCancel}>${msg.cancel}</button>
          <button
            class="button danger"
            part="confirm-button"
            aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}
            @click=${this.#handleConfirm}
          >
            ${this.busy ? msg.removing : msg.confirm}
          </button>
        </div>
      `,
      'title',
      key ? 'key-name text' : 'text',
    );
  }

  // Confirm stays focusable while busy (`aria-disabled`, not `disabled`, which would drop focus to <body> and hide the
  // button from screen readers), so repeated clicks and Enter are refused here.
  #handleConfirm(): void {
    if (this.busy || !this.key) return;
    this.error = '';
    const request = new RemoveKeyRequestEvent(this.key);
    this.dispatchEvent(request);
    if (!request.defaultPrevented) this.busy = true;
  }

  #handleCancel(): void {
    void this.close('cancel');
  }
}
