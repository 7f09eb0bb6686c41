import { html } from 'lit';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';
import { buttonStyles, dialogStyles, tokens } from '../internal/theme.styles.js';

/**
 * "Cannot add another key": tells the user the limit is reached and that a key must be removed first.
 *
 * @tag key-limit-dialog
 * @summary The limit dialog, opened by "+ Access key" when the user has as many keys as the limit allows.
 *
 * @event close - The dialog closed (`DialogCloseEvent`, reason `cancel`).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart text - The explanation.
 * @csspart close-button - The button that closes the dialog.
 *
 * @cssproperty --access-key-color-accent - Primary button background.
 * @cssproperty --access-key-radius - Corner radius. Default 8px.
 */
export class KeyLimitDialogElement extends AccessKeyDialogBase {
  static override styles = [tokens, buttonStyles, dialogStyles];

  protected override render() {
    const msg = this.msg;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.limitTitle}</h2>
        <p id="text" part="text">${msg.limitText}</p>
        <div class="actions">
          <button class="button primary" part="close-button" autofocus @click=${this.#handleClose}>
            ${msg.close}
          </button>
        </div>
      `,
      'title',
      'text',
    );
  }

  #handleClose(): void {
    void this.close('cancel');
  }
}
