import { html, nothing } from 'lit';
import { AccessKeyRenameRequestEvent } from '../events.js';
import { NameField } from '../internal/name-field.js';
import { AccessKeyKeyRequestDialogBase } from '../internal/request-dialog.js';
import { fieldStyles } from '../internal/theme.styles.js';

export { renameKeyDialogParts } from '../internal/parts.js';

/**
 * "Rename access key": the key's name, prefilled, under the same rules as when it was generated (required, trimmed,
 * up to 120 characters, live counter). Save asks the host with `access-key-rename-request` (only when the name
 * changed; an unchanged name just closes) and is busy until the host closes it or calls `showError()`.
 *
 * @tag rename-key-dialog
 * @summary The form that renames a key.
 *
 * @event {AccessKeyRenameRequestEvent} access-key-rename-request - Save with a valid, changed name (`key`, `name`: the
 *   trimmed new name). The dialog then marks itself busy unless the event is canceled.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart form - The form around the field and buttons.
 * @csspart visible-part - The masked visible part of the key being renamed.
 * @csspart name-input - The Name text field.
 * @csspart name-counter - The live "count/120" counter, on its own line at the field's end.
 * @csspart name-message - Why the name is not accepted.
 * @csspart error - The alert region that shows `error`.
 * @csspart save-button - "Save" ("Saving…" while busy).
 * @csspart cancel-button - "Cancel".
 */
export class RenameKeyDialogElement extends AccessKeyKeyRequestDialogBase {
  static override styles = [AccessKeyKeyRequestDialogBase.styles, fieldStyles];
  #name = new NameField(this);

  protected override willOpen(): void {
    this.#name.reset(this.key?.name ?? '');
  }

  protected override willClose(): void {
    super.willClose();
    this.#name.reset();
  }

  protected override render(): unknown {
    const msg = this.msg;
    const key = this.key;
    return this.renderDialog(html`
      <h2 id="title" part="title">${msg.renameTitle}</h2>
      <form part="form" novalidate @submit=${this.#handleSubmit}>
        ${key
          ? html`<p class="key-ending">
              ${msg.visiblePartLabel}
              <span part="visible-part" dir="ltr"><span aria-hidden="true">••••</span>${key.visiblePart}</span>
            </p>`
          : nothing}
        ${this.#name.render(msg, { busy: this.busy })}
        ${this.renderActions({ part: 'save-button', label: msg.save, busyLabel: msg.saving })}
      </form>
    `);
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const key = this.key;
    if (this.busy || !key) return;
    const name = this.#name.check();
    if (!name.valid) {
      void this.updateComplete.then(() => this.#name.focus());
      return;
    }
    if (name.name === key.name) {
      void this.close('cancel');
      return;
    }
    this.request(new AccessKeyRenameRequestEvent(key, name.name));
  }
}
