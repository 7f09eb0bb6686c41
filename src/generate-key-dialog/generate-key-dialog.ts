import { html, type PropertyDeclarations } from 'lit';
import { EXPIRY_PRESETS, localTimeZone, type ExpiryChoice, type ExpiryPolicy } from '../domain/expiry.js';
import { AccessKeyGenerateRequestEvent } from '../events.js';
import { ExpiryField, expiryPolicyOf } from '../internal/expiry-field.js';
import { NameField } from '../internal/name-field.js';
import { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';
import { fieldStyles } from '../internal/theme.styles.js';

export { generateKeyDialogParts } from '../internal/parts.js';

/**
 * "Generate access key": a name (required, up to 120 characters, with a live counter) and how long the key is valid —
 * a preset (7, 30, 60, 90 days by default), a custom date, or no expiry — under the host's maximum lifetime, if any;
 * validated as the user goes and on submit. It does not call the backend: it asks its host with
 * `access-key-generate-request`, is `busy` until the host closes it with `close('confirm')` or calls `showError()`.
 * Closing it, whatever the reason, clears the form.
 *
 * @tag generate-key-dialog
 * @summary The form that asks for a new key's name and expiry date.
 *
 * @attr {string} time-zone - IANA time zone in which the picked date starts; empty = the user's.
 * @attr {number} max-lifetime-days - The longest a key may be valid, in days; unset = no limit (and "No expiry").
 * @attr {string} default-expiry - The choice the form starts with: `none` (the default), a number of days, `custom`.
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
 * @csspart expiry-select - The Valid till choice: the presets, a custom date, no expiry.
 * @csspart date-input - The custom date field, shown when a custom date is chosen.
 * @csspart date-message - Why the date is not accepted.
 * @csspart date-preview - The exact moment the key will stop working, for the picked date.
 * @csspart error - The alert region that shows `error`.
 * @csspart generate-button - The submit button.
 * @csspart cancel-button - The button that closes the dialog.
 */
export class GenerateKeyDialogElement extends AccessKeyRequestDialogBase {
  static override styles = [AccessKeyRequestDialogBase.styles, fieldStyles];
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone' },
    expiryPresets: { attribute: false },
    maxLifetimeDays: { type: Number, attribute: 'max-lifetime-days' },
    defaultExpiry: { attribute: 'default-expiry' },
  };

  /** IANA time zone in which the picked date starts; empty = the runtime's. */
  timeZone = '';

  /** The presets of Valid till, in days. */
  expiryPresets: readonly number[] = EXPIRY_PRESETS;

  /** The longest a key may be valid, in days: "No expiry" and longer presets are not offered. `null` = no limit. */
  maxLifetimeDays: number | null = null;

  /** The Valid till choice the form starts with: `'none'`, a number of days as text (`'30'`), or `'custom'`. */
  defaultExpiry = 'none';

  #name = new NameField(this);
  #expiry = new ExpiryField(this);

  /** What the host's settings allow. */
  get expiryPolicy(): ExpiryPolicy {
    return expiryPolicyOf(this.expiryPresets, this.maxLifetimeDays);
  }

  private get resolvedTimeZone(): string {
    return this.timeZone || localTimeZone();
  }

  protected override willOpen(): void {
    this.#expiry.reset(parseChoice(this.defaultExpiry), this.expiryPolicy);
  }

  protected override willClose(): void {
    super.willClose();
    this.#name.reset();
  }

  protected override render(): unknown {
    const msg = this.msg;
    return this.renderDialog(html`
      <h2 id="title" part="title">${msg.generateTitle}</h2>
      <form part="form" novalidate @submit=${this.#handleSubmit}>
        ${this.#name.render(msg, { busy: this.busy })}
        ${this.#expiry.render({
          msg,
          locale: this.resolvedLocale,
          timeZone: this.resolvedTimeZone,
          policy: this.expiryPolicy,
          busy: this.busy,
        })}
        ${this.renderActions({ part: 'generate-button', label: msg.generate, busyLabel: msg.generating })}
      </form>
    `);
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const name = this.#name.check();
    const expiry = this.#expiry.check(new Date(), this.resolvedTimeZone, this.expiryPolicy);
    if (!name.valid || !expiry.valid) {
      void this.updateComplete.then(() => (name.valid ? this.#expiry.focus() : this.#name.focus()));
      return;
    }
    this.request(new AccessKeyGenerateRequestEvent({ name: name.name, expiresAt: expiry.expiresAt }));
  }
}

/** `'none'`, `'custom'` or a number of days, as an attribute gives it. */
export function parseChoice(value: string): ExpiryChoice {
  if (value === 'custom') return { kind: 'date' };
  const days = Number(value);
  return Number.isInteger(days) && days > 0 ? { kind: 'days', days } : { kind: 'none' };
}
