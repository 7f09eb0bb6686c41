import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  earliestExpiryDate,
  expiryFromDate,
  localTimeZone,
  startOfDayInZone,
  type ExpiryValidation,
} from '../domain/expiry.js';
import { formatDate, formatMomentParts } from '../domain/format.js';
import { NAME_MAX_LENGTH, validateKeyName } from '../domain/name.js';
import { AccessKeyGenerateRequestEvent } from '../events.js';
import { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';
import { generateKeyDialogStyles } from './generate-key-dialog.styles.js';

/** The parts `<generate-key-dialog>` exposes to `::part()`. */
export const generateKeyDialogParts = [
  'dialog',
  'title',
  'form',
  'name-input',
  'name-counter',
  'name-message',
  'date-input',
  'date-message',
  'date-preview',
  'error',
  'generate-button',
  'cancel-button',
] as const;

/**
 * "Generate access key": a name (required, up to 120 characters, with a live counter) and an optional Valid till date,
 * validated as the user goes and on submit. It does not call the backend: it asks its host with
 * `access-key-generate-request`, is `busy` until the host closes it with `close('confirm')` or calls `showError()`.
 * Closing it, whatever the reason, clears the form.
 *
 * @tag generate-key-dialog
 * @summary The form that asks for a new key's name and expiry date.
 *
 * @attr {string} time-zone - IANA time zone in which the picked date starts; empty = the user's.
 *
 * @event {AccessKeyGenerateRequestEvent} access-key-generate-request - The valid form was submitted (`input`: the
 *   trimmed name and `expiresAt`). The dialog then marks itself busy unless the event is canceled.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart form - The form around the fields and buttons.
 * @csspart name-input - The Name text field.
 * @csspart name-counter - The live "count/120" counter, on its own line at the Name field's end.
 * @csspart name-message - Why the name is not accepted (shown once the field was left or on submit).
 * @csspart date-input - The Valid till date field.
 * @csspart date-message - Why the date is not accepted.
 * @csspart date-preview - The exact moment the key will stop working, for the picked date.
 * @csspart error - The alert region that shows `error`.
 * @csspart generate-button - The submit button.
 * @csspart cancel-button - The button that closes the dialog.
 */
export class GenerateKeyDialogElement extends AccessKeyRequestDialogBase {
  static override styles = [AccessKeyRequestDialogBase.styles, generateKeyDialogStyles];

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

  protected override willClose(): void {
    super.willClose();
    this.formElement?.reset();
    this.nameValue = '';
    this.dateValue = '';
    this.dateIncomplete = false;
    this.showNameError = false;
    this.showDateError = false;
    this.#nameEdited = false;
    this.#dateEdited = false;
  }

  protected override render(): unknown {
    const msg = this.msg;
    const locale = this.resolvedLocale;
    const timeZone = this.resolvedTimeZone;
    const now = new Date();
    const earliest = earliestExpiryDate(now, timeZone);
    const name = validateKeyName(this.nameValue);
    const expiry = this.#validateExpiry(now, timeZone);

    let nameMessage = '';
    if (this.showNameError && !name.valid) {
      nameMessage = name.error === 'name-empty' ? msg.nameEmpty : msg.nameTooLong({ count: name.length, max: NAME_MAX_LENGTH });
    }
    let dateMessage = '';
    if (this.showDateError && !expiry.valid) {
      dateMessage =
        expiry.error === 'date-invalid'
          ? msg.validTillInvalid
          : msg.validTillTooEarly({ earliest: formatDate(startOfDayInZone(earliest, timeZone), locale, timeZone) });
    }
    const preview =
      expiry.valid && expiry.expiresAt ? msg.validTillPreview(formatMomentParts(expiry.expiresAt, locale, timeZone)) : '';

    return this.renderDialog(html`
      <h2 id="title" part="title">${msg.generateTitle}</h2>
      <form part="form" novalidate @submit=${this.#handleSubmit}>
        <div class="field">
          <label for="name">${msg.nameLabel}</label>
          <p id="name-hint" class="hint">${msg.nameHint({ max: NAME_MAX_LENGTH })}</p>
          <input
            id="name"
            part="name-input"
            type="text"
            dir="auto"
            autocomplete="off"
            spellcheck="false"
            autocapitalize="off"
            autofocus
            aria-describedby=${idList('name-hint', 'name-counter', nameMessage && 'name-message')}
            aria-invalid=${nameMessage ? 'true' : 'false'}
            ?readonly=${this.busy}
            @input=${this.#handleNameInput}
            @blur=${this.#handleNameBlur}
          />
          <p id="name-counter" part="name-counter" class=${name.length > NAME_MAX_LENGTH ? 'counter over' : 'counter'}>
            ${msg.nameCounter({ count: name.length, max: NAME_MAX_LENGTH })}
          </p>
          ${nameMessage ? html`<p id="name-message" part="name-message" class="message">${nameMessage}</p>` : nothing}
        </div>
        <div class="field">
          <label for="valid-till">${msg.validTillLabel}</label>
          <p id="date-hint" class="hint">${msg.validTillHint}</p>
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
          ${dateMessage ? html`<p id="date-message" part="date-message" class="message">${dateMessage}</p>` : nothing}
          ${preview ? html`<p id="date-preview" part="date-preview" class="preview">${preview}</p>` : nothing}
        </div>
        <div id="error" part="error" class="error alert" role="alert">${this.error || nothing}</div>
        <div class="actions">
          <button part="cancel-button" class="button" type="button" dir="auto" @click=${this.handleCancelClick}>
            ${msg.cancel}
          </button>
          <button
            part="generate-button"
            class="button primary"
            type="submit"
            dir="auto"
            aria-disabled=${this.busy ? 'true' : 'false'}
          >
            ${this.busy ? msg.generating : msg.generate}
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

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    this.#readDate();
    const name = validateKeyName(this.nameValue);
    const expiry = this.#validateExpiry(new Date(), this.resolvedTimeZone);
    if (!name.valid || !expiry.valid) {
      this.showNameError ||= !name.valid;
      this.showDateError ||= !expiry.valid;
      void this.updateComplete.then(() => (name.valid ? this.dateInput : this.nameInput).focus());
      return;
    }
    this.request(new AccessKeyGenerateRequestEvent({ name: name.name, expiresAt: expiry.expiresAt }));
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
}

/** An `aria-describedby` value from the ids that apply. */
function idList(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(' ');
}
