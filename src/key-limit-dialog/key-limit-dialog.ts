import { html } from 'lit';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';

export { keyLimitDialogParts } from '../internal/parts.js';

/**
 * "Cannot add another key": tells the user the limit is reached and that a key must be removed first.
 *
 * @tag key-limit-dialog
 * @summary The limit dialog, opened by "+ Access key" when the user has as many keys as the limit allows.
 *
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart text - The explanation.
 * @csspart close-button - The button that closes the dialog.
 */
export class KeyLimitDialogElement extends AccessKeyDialogBase {
  protected override render(): unknown {
    const msg = this.msg;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.limitTitle}</h2>
        <p id="text" part="text">${msg.limitText}</p>
        <div class="actions">
          <button class="button primary" part="close-button" dir="auto" autofocus @click=${this.handleCancelClick}>
            ${msg.close}
          </button>
        </div>
      `,
      'title',
      'text',
    );
  }
}
