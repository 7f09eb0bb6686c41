import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { GeneratedAccessKey } from '../api/types.js';
import { withoutSecret } from '../api/validate.js';
import { AccessKeyCopiedEvent, AccessKeyErrorEvent } from '../events.js';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';
import { stableLabel } from '../internal/labels.js';
import { styles } from './reveal-key-dialog.styles.js';

export { revealKeyDialogParts } from '../internal/parts.js';

type Announcement = 'copied';
type Alert = 'copyFailed' | 'dismissBlocked';

/**
 * The one-time reveal of a newly generated key: the secret on one line in a read-only monospace field that is easy
 * to select, "Copy to clipboard" beside it (it reads "Copied" once it has), and "Close". Escape and backdrop clicks do not discard a secret that was not copied; "Close" always does.
 * When the dialog closes, the secret leaves the DOM and every reference the element holds (`key` becomes `null`).
 *
 * @tag reveal-key-dialog
 * @summary The one-time reveal of a generated access key's secret.
 *
 * @event {AccessKeyCopiedEvent} access-key-copied - The secret was copied to the clipboard (`key`: the metadata, never
 *   the secret).
 * @event {AccessKeyErrorEvent} access-key-error - Copying failed (`operation` `copy`); the secret is selected for
 *   manual copy and the failure announced.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart note - The one-time note, the dialog's description.
 * @csspart secret - The read-only field holding the secret; one line, wrapping only when the secret does not fit.
 * @csspart copy-button - "Copy to clipboard", then "Copied".
 * @csspart close-button - "Close".
 * @csspart status - The polite live region that says "Copied to clipboard" (for screen readers; the button shows it).
 * @csspart error - The alert region for a failed copy or a refused dismissal.
 */
export class RevealKeyDialogElement extends AccessKeyDialogBase {
  static override styles = [AccessKeyDialogBase.styles, styles];
  static override properties: PropertyDeclarations = {
    key: { attribute: false },
    copied: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    alert: { state: true, attribute: false },
  };

  /** The generated key to reveal. Never reflected to an attribute; `null` again once the dialog closes. */
  key: GeneratedAccessKey | null = null;

  private copied = false;
  private announcement: Announcement | null = null;
  private alert: Alert | null = null;

  private get secretField(): HTMLTextAreaElement {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#secret')!;
  }
  private get copyButton(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('#copy')!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
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

  // However the dialog closes (Close, Escape after a copy, `open = false`, disconnect), the secret leaves with it: this
  // runs in the closing update, so its render empties the textarea and the template's binding.
  protected override willClose(): void {
    this.key = null;
  }

  // Escape and backdrop clicks must not discard a secret that was not copied; "Close" stays the explicit way out.
  protected override canDismiss(): boolean {
    return this.copied;
  }

  protected override dismissBlocked(): void {
    this.alert = 'dismissBlocked';
    this.copyButton.focus();
  }

  protected override render(): unknown {
    const msg = this.msg;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.revealTitle}</h2>
        <p id="note" part="note">${msg.revealNote}</p>
        <label class="label" for="secret">${msg.secretLabel}</label>
        <div class="secret-row">
          <textarea
            id="secret"
            part="secret"
            readonly
            rows="1"
            spellcheck="false"
            autocomplete="off"
            .value=${this.key?.secret ?? ''}
          ></textarea>
          <button
            id="copy"
            class="button primary"
            part="copy-button"
            dir="auto"
            autofocus
            @click=${this.#handleCopy}
          >
            ${this.copied ? stableLabel(html`<span aria-hidden="true">✓</span> ${msg.copiedButton}`, msg.copy) : stableLabel(msg.copy, `✓ ${msg.copiedButton}`)}
          </button>
        </div>
        <!-- The Copy button already reads "Copied"; a screen reader hears it here. -->
        <p class="status visually-hidden" part="status" role="status">${this.announcement ? msg[this.announcement] : ''}</p>
        <p class="error" part="error" role="alert">${this.alert ? msg[this.alert] : ''}</p>
        <div class="actions">
          <button class="button" part="close-button" dir="auto" @click=${this.handleCancelClick}>${msg.close}</button>
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
      /** @ignore */
      this.dispatchEvent(new AccessKeyErrorEvent('copy', error));
      return;
    }
    // The dialog closed (or was handed another key) while the clipboard was busy.
    if (this.key !== key) return;
    this.copied = true;
    this.alert = null;
    this.announcement = 'copied';
    /** @ignore */
    this.dispatchEvent(new AccessKeyCopiedEvent(withoutSecret(key)));
  }
}
