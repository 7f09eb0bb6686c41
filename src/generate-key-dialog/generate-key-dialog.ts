import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  earliestExpiryDate,
  expiryFromDate,
  localTimeZone,
  startOfDayInZone,
  type ExpiryValidation,
} from '../domain/expiry.js';
import { formatDate, formatMoment } from '../domain/format.js';
import { NAME_MAX_LENGTH, validateKeyName } from '../domain/name.js';
import { GenerateKeyRequestEvent } from '../events.js';
import { AccessKeyDialogBase } from '../internal/dialog-base.js';
import { buttonStyles, dialogStyles, tokens } from '../internal/theme.styles.js';
import { generateKeyDialogStyles } from './generate-key-dialog.styles.js';

/**
 * "Generate access key": a name (required, up to 120 characters, with a live counter) and an optional Valid till date,
 * validated as the user goes and on submit. It does not call the backend: it asks its host with `generate-key-request`
 * and shows the host's `busy` and `error`. Closing it, whatever the reason, clears the form.
 *
 * @tag generate-key-dialog
 * @summary The form that asks for a new key's name and expiry date.
 *
 * @event generate-key-request - The valid form was submitted (`GenerateKeyRequestEvent` with `input`). The dialog then
 *   marks itself busy unless the event is canceled.
 * @event close - The dialog closed (`DialogCloseEvent`): reason `cancel` for Cancel or Escape (abort the request
 *   then), or the reason the host passed to `close()`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart form - The form around the fields and buttons.
 * @csspart name-input - The Name text field.
 * @csspart name-counter - The live "count/120" counter below the Name field.
 * @csspart date-input - The Valid till date field.
 * @csspart error - The alert region that shows `error`.
 * @csspart generate-button - The submit button.
 * @csspart cancel-button - The button that closes the dialog.
 *
 * @cssproperty --access-key-color-accent - Generate button background.
 * @cssproperty --access-key-color-border - Field and button borders.
 * @cssproperty --access-key-color-danger - Invalid field border, validation messages, counter over the limit.
 * @cssproperty --access-key-color-text-muted - Hints, counter and the expiry preview.
 * @cssproperty --access-key-color-surface-alt - Read-only fields while generating.
 * @cssproperty --access-key-color-expired-bg - Background of the error region.
 * @cssproperty --access-key-color-expired-text - Text of the error region.
 * @cssproperty --access-key-color-focus - Focus ring.
 * @cssproperty --access-key-radius - Corner radius of fields and buttons. Default 8px.
 * @cssproperty --access-key-spacing - Base spacing unit. Default 8px.
 */
export class GenerateKeyDialogElement extends AccessKeyDialogBase {
  static override styles = [tokens, buttonStyles, dialogStyles, generateKeyDialogStyles];

  /** Whether the request is running: Generate shows progress and refuses another submit, the fields are read-only. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** The error to show in the dialog (the host sets the generic error); empty = none. Setting it ends `busy`. */
  @property() error = '';

  /** IANA time zone in which the picked date starts; empty = the runtime's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private nameValue = '';
  @state() private dateValue = '';
  /** The date field holds something that is not a whole date (the browser then reports its value as `''`). */
  @state() private dateIncomplete = false;
  @state() private showNameError = false;
  @state() private showDateError = false;

  @query('form') private formElement!: HTMLFormElement;
  @query('#name') private nameInput!: HTMLInputElement;
  @query('#valid-till') private dateInput!: HTMLInputElement;

  // Edited since the dialog opened: a field's message waits until the user has typed in it and left it.
  #nameEdited = false;
  #dateEdited = false;

  private get resolvedTimeZone(): string {
    return this.timeZone || localTimeZone();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.get('open') === true && !this.open) this.#reset();
    if (changed.has('error') && this.error) this.busy = false;
  }

  protected override get dialogBusy(): boolean {
    return this.busy;
  }

  protected override render() {
    const msg = this.msg;
    const locale = this.resolvedLocale;
    const timeZone = this.resolvedTimeZone;
    const now = new Date();
    const earliest = earliestExpiryDate(now, timeZone);
    const name = validateKeyName(this.nameValue);
    const expiry = this.#validateExpiry(now, timeZone);

    let nameMessage = '';
    if (this.showNameError && !name.valid) {
      nameMessage = name.error === 'name-empty' ? msg.nameEmpty : msg.nameTooLong(NAME_MAX_LENGTH, name.length);
    }
    let dateMessage = '';
    if (this.showDateError && !expiry.valid) {
      dateMessage =
        expiry.error === 'date-invalid'
          ? msg.validTillInvalid
          : msg.validTillTooEarly(formatDate(startOfDayInZone(earliest, timeZone), locale, timeZone));
    }
    const preview =
      expiry.valid && expiry.expiresAt ? msg.validTillPreview(formatMoment(expiry.expiresAt, locale, timeZone)) : '';

    return this.renderDialog(html`
      <h2 id="title" part="title">${msg.generateTitle}</h2>
      <form part="form" novalidate @submit=${this.#handleSubmit}>
        <div class="field">
          <label for="name">${msg.nameLabel}</label>
          <input
            id="name"
            part="name-input"
            type="text"
            dir="auto"
            autocomplete="off"
            autofocus
            aria-describedby=${idList('name-hint', 'name-counter', nameMessage && 'name-message')}
            aria-invalid=${nameMessage ? 'true' : 'false'}
            ?readonly=${this.busy}
            @input=${this.#handleNameInput}
            @blur=${this.#handleNameBlur}
          />
          <div class="hints">
            <p id="name-hint">${msg.nameHint(NAME_MAX_LENGTH)}</p>
            <p
              id="name-counter"
              part="name-counter"
              class=${name.length > NAME_MAX_LENGTH ? 'counter over' : 'counter'}
            >${msg.nameCounter(name.length, NAME_MAX_LENGTH)}</p>
          </div>
          ${nameMessage ? html`<p id="name-message" class="message">${nameMessage}</p>` : nothing}
        </div>
        <div class="field">
          <label for="valid-till">${msg.validTillLabel}</label>
          <input
            id="valid-till"
            part="date-input"
            type="date"
            min=${earliest}
            aria-describedby=${idList('date-hint', dateMessage && 'date-message', preview && 'date-preview')}
            aria-invalid=${dateMessage ? 'true' : 'false'}
            ?readonly=${this.busy}
            @input=${this.#handleDateInput}
            @change=${this.#handleDateInput}
            @blur=${this.#handleDateBlur}
          />
          <p id="date-hint" class="hints">${msg.validTillHint}</p>
          ${dateMessage ? html`<p id="date-message" class="message">${dateMessage}</p>` : nothing}
          ${preview ? html`<p id="date-preview" class="preview">${preview}</p>` : nothing}
        </div>
        <div id="error" part="error" class="error alert" role="alert">${this.error || nothing}</div>
        <div class="actions">
          <button
            part="generate-button"
            class="button primary"
            type="submit"
            aria-disabled=${this.busy ? 'true' : 'false'}
          >${this.busy ? msg.generating : msg.generate}</button>
          <button part="cancel-button" class="button" type="button" @click=${this.#handleCancel}>
            ${msg.cancel}
          </button>
        </div>
      </form>
    `);
  }

  #validateExpiry(now: Date, timeZone: string): ExpiryValidation {
    if (this.dateIncomplete) return { valid: false, error: 'date-invalid' };
    return expiryFromDate(this.dateValue, now, timeZone);
  }

  // A partly typed date fires no `input` (its value stays ''), so it is read again before it is judged.
  #readDate(): void {
    this.dateValue = this.dateInput.value;
    this.dateIncomplete = this.dateInput.validity.badInput;
  }

  #reset(): void {
    this.formElement?.reset();
    this.nameValue = '';
    this.dateValue = '';
    this.dateIncomplete = false;
    this.showNameError = false;
    this.showDateError = false;
    this.#nameEdited = false;
    this.#dateEdited = false;
    this.busy = false;
    this.error = '';
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // The button stays focusable while busy (aria-disabled), so a double click or a repeated Enter lands here.
    if (this.busy) return;
    this.error = '';
    this.#readDate();
    const name = validateKeyName(this.nameValue);
    const expiry = this.#validateExpiry(new Date(), this.resolvedTimeZone);
    if (!name.valid || !expiry.valid) {
      this.showNameError ||= !name.valid;
      this.showDateError ||= !expiry.valid;
      void this.updateComplete.then(() => (name.valid ? this.dateInput : this.nameInput).focus());
      return;
    }
    const request = new GenerateKeyRequestEvent({ name: name.name, expiresAt: expiry.expiresAt });
    if (this.dispatchEvent(request)) this.busy = true;
  }

  #handleNameInput(event: Event): void {
    this.nameValue = (event.target as HTMLInputElement).value;
    this.#nameEdited = true;
    if (validateKeyName(this.nameValue).valid) this.showNameError = false;
  }

  #handleNameBlur(): void {
    if (this.#nameEdited) this.showNameError = true;
  }

  #handleDateInput(): void {
    this.#readDate();
    this.#dateEdited = true;
    if (this.#validateExpiry(new Date(), this.resolvedTimeZone).valid) this.showDateError = false;
  }

  #handleDateBlur(): void {
    this.#readDate();
    if (this.#dateEdited || this.dateIncomplete) this.showDateError = true;
  }

  #handleCancel(): void {
    void this.close('cancel');
  }
}

/** An `aria-describedby` value from the ids that apply. */
function idList(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(' ');
}
