import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GeneratedAccessKey } from '../api/types.js';
import { withoutSecret } from '../api/validate.js';
import { AccessKeyCopiedEvent, AccessKeyErrorEvent } from '../events.js';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';
import { buttonStyles, dialogStyles, tokens } from '../internal/theme.styles.js';
import { styles } from './reveal-key-dialog.styles.js';

type Announcement = 'copied';
type Alert = 'copyFailed' | 'dismissBlocked';

/**
 * The one-time reveal of a newly generated key: the secret in a read-only field that is easy to select, "Copy to
 * clipboard" and "Close". Escape and backdrop clicks do not discard a secret that was not copied; "Close" always does.
 * When the dialog closes, the secret leaves the DOM and every reference the element holds (`key` becomes `null`).
 *
 * @tag reveal-key-dialog
 * @summary The one-time reveal of a generated access key's secret.
 *
 * @event access-key-copied - The secret was copied to the clipboard (`AccessKeyCopiedEvent`; the key's metadata, never
 *   its secret).
 * @event access-key-error - Copying failed (`AccessKeyErrorEvent`, operation `copy`); the secret is selected for manual
 *   copy and the failure announced.
 * @event close - The dialog closed (`DialogCloseEvent`, reason `cancel`).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart note - The one-time note, the dialog's description.
 * @csspart secret - The read-only `<textarea>` holding the secret.
 * @csspart copy-button - "Copy to clipboard".
 * @csspart close-button - "Close".
 * @csspart status - The polite live region that says "Copied to clipboard".
 * @csspart error - The alert region for a failed copy or a refused dismissal.
 *
 * @cssproperty --access-key-font-family-mono - Font of the secret. Default: the platform's monospace font.
 * @cssproperty --access-key-color-accent - Primary button background.
 * @cssproperty --access-key-color-active-text - Colour of "Copied to clipboard".
 * @cssproperty --access-key-radius - Corner radius. Default 8px.
 */
export class RevealKeyDialogElement extends AccessKeyDialogBase {
  static override styles = [tokens, buttonStyles, dialogStyles, styles];

  /** The generated key to reveal. Never reflected to an attribute; `null` again once the dialog closes. */
  @property({ attribute: false }) key: GeneratedAccessKey | null = null;

  @state() private copied = false;
  @state() private announcement: Announcement | null = null;
  @state() private alert: Alert | null = null;

  @query('#secret') private secretField!: HTMLTextAreaElement;
  @query('#copy') private copyButton!: HTMLButtonElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Forget the secret in the same update that closes the dialog, however it closes (Close, Escape after a copy,
    // `open = false`, disconnect), so the render below empties the textarea and the template's binding.
    if (changed.has('open') && changed.get('open') && !this.open) this.key = null;
    if (changed.has('key')) {
      this.copied = false;
      this.announcement = null;
      this.alert = null;
    }
  }

  /** Opens the dialog, with `key` to reveal if given. */
  override show(key?: GeneratedAccessKey): void {
    if (key) this.key = key;
    super.show();
  }

  // Escape and backdrop clicks must not discard a secret that was not copied; "Close" stays the explicit way out.
  protected override canDismiss(): boolean {
    return this.copied;
  }

  protected override dismissBlocked(): void {
    this.alert = 'dismissBlocked';
    this.copyButton.focus();
  }

  protected override render() {
    const msg = this.msg;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.revealTitle}</h2>
        <p id="note" part="note">${msg.revealNote}</p>
        <label class="label" for="secret">${msg.secretLabel}</label>
        <textarea
          id="secret"
          part="secret"
          readonly
          rows="3"
          spellcheck="false"
          autocomplete="off"
          .value=${this.key?.secret ?? ''}
        ></textarea>
        <p class="status" part="status" role="status">${this.announcement ? msg[this.announcement] : ''}</p>
        <p class="error" part="error" role="alert">${this.alert ? msg[this.alert] : ''}</p>
        <div class="actions">
          <button id="copy" class="button primary" part="copy-button" autofocus @click=${this.#handleCopy}>
            ${msg.copy}
          </button>
          <button class="button" part="close-button" @click=${this.#handleClose}>${msg.close}</button>
        </div>
      `,
      'title',
      'note',
    );
  }

  async #handleCopy(): Promise<void> {
    const key = this.key;
    if (!key) return;
    try {
      // Missing outside secure contexts and in some embedded browsers.
      const clipboard: Clipboard | undefined = navigator.clipboard;
      if (!clipboard?.writeText) throw new Error('The Clipboard API is not available.');
      await clipboard.writeText(key.secret);
    } catch (error) {
      if (this.key !== key) return;
      this.announcement = null;
      this.alert = 'copyFailed';
      await this.updateComplete;
      this.secretField.focus();
      this.secretField.select();
      this.dispatchEvent(new AccessKeyErrorEvent('copy', error));
      return;
    }
    // The dialog closed (or was handed another key) while the clipboard was busy.
    if (this.key !== key) return;
    this.copied = true;
    this.alert = null;
    this.announcement = 'copied';
    this.dispatchEvent(new AccessKeyCopiedEvent(withoutSecret(key)));
  }

  #handleClose(): void {
    void this.close('cancel');
  }
}
