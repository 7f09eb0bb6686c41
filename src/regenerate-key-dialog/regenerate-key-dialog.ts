import { GRACE_HOURS } from '../domain/expiry.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { MAX_PREVIOUS_SECRET_DAYS } from '../api/key-rules.js';
import { EXPIRY_PRESETS, lifetimeDays, localTimeZone, presetExpiryDate, type ExpiryPolicy } from '../domain/expiry.js';
import { AccessKeyRegenerateRequestEvent } from '../events.js';
import { ExpiryField, expiryPolicyOf } from '../internal/expiry-field.js';
import { keySummaryStyles, renderKeySummary } from '../internal/key-summary.js';
import { idList } from '../internal/name-field.js';
import { AccessKeyKeyRequestDialogBase } from '../internal/request-dialog.js';
import { fieldStyles } from '../internal/theme.styles.js';

export { regenerateKeyDialogParts } from '../internal/parts.js';
export { GRACE_HOURS };

const HOUR = 3_600_000;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "in 1 hour", "in 7 days", in the locale. */
function formatLater(hours: number, locale: string): string {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    relativeFormats.set(locale, format);
  }
  return hours % 24 === 0 ? format.format(hours / 24, 'day') : format.format(hours, 'hour');
}

/**
 * "Regenerate access key" ("roll" it): a new secret for the same key record, which keeps its name and does not count
 * again against the limit. The user chooses the new expiry (the presets and policy of generating; it starts from the
 * duration the key had) and when the old secret stops working — now, or after a grace period in which both work, so
 * apps and scripts can switch over. Regenerate asks the host with `access-key-regenerate-request`; the host then shows
 * the new secret once, as after generating. Works on expired keys too: the new expiry revives them.
 *
 * @tag regenerate-key-dialog
 * @summary The confirmation and options before a key gets a new secret.
 *
 * @event {AccessKeyRegenerateRequestEvent} access-key-regenerate-request - Regenerate was chosen (`key`, `input`:
 *   `expiresAt`, `previousSecretExpiresAt`). The dialog then marks itself busy unless the event is canceled.
 * @event {AccessKeyDialogClosedEvent} access-key-dialog-closed - The dialog closed, with the `reason`.
 *
 * @attr {string} time-zone - IANA time zone in which the new expiry's day starts; empty = the user's.
 * @attr {number} max-lifetime-days - The longest a key may be valid, in days; unset = no limit (and "No expiry").
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The heading.
 * @csspart form - The form around the fields and buttons.
 * @csspart key-name - The key being regenerated: its name and masked visible part.
 * @csspart name - The key's name.
 * @csspart visible-part - The key's masked visible part.
 * @csspart text - What regenerating does.
 * @csspart expiry-select - The new Valid till choice.
 * @csspart date-input - The custom date field, shown when a custom date is chosen.
 * @csspart date-message - Why the new expiry is not accepted.
 * @csspart date-preview - The exact moment the new key will expire.
 * @csspart grace-select - When the old secret stops working.
 * @csspart grace-message - Why that moment is not accepted.
 * @csspart error - The alert region that shows `error`.
 * @csspart regenerate-button - "Regenerate" ("Regenerating…" while busy).
 * @csspart cancel-button - "Cancel".
 */
export class RegenerateKeyDialogElement extends AccessKeyKeyRequestDialogBase {
  static override styles = [AccessKeyKeyRequestDialogBase.styles, fieldStyles, keySummaryStyles];
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone' },
    expiryPresets: { attribute: false },
    maxLifetimeDays: { type: Number, attribute: 'max-lifetime-days' },
    graceHours: { attribute: false },
    grace: { state: true, attribute: false },
    graceRefused: { state: true, attribute: false },
  };


  /** IANA time zone in which the new expiry's day starts; empty = the runtime's. */
  timeZone = '';

  /** The presets of the new Valid till, in days. */
  expiryPresets: readonly number[] = EXPIRY_PRESETS;

  /** The longest a key may be valid, in days: "No expiry" and longer presets are not offered. `null` = no limit. */
  maxLifetimeDays: number | null = null;

  /** When the old secret may stop, in hours from now (0 = at once); the backend allows up to 30 days. */
  graceHours: readonly number[] = GRACE_HOURS;

  private grace = 0;
  private graceRefused = false;

  #expiry = new ExpiryField(this);

  /** What the host's settings allow. */
  get expiryPolicy(): ExpiryPolicy {
    return expiryPolicyOf(this.expiryPresets, this.maxLifetimeDays);
  }

  private get resolvedTimeZone(): string {
    return this.timeZone || localTimeZone();
  }

  private get graceOptions(): number[] {
    const longest = MAX_PREVIOUS_SECRET_DAYS * 24;
    return [...new Set(this.graceHours)].filter((hours) => hours >= 0 && hours <= longest).sort((a, b) => a - b);
  }

  // The new expiry starts from the duration the key had (or none), the old secret from the first choice.
  protected override willOpen(): void {
    const key = this.key;
    const days = key ? lifetimeDays(key.createdAt, key.expiresAt) : null;
    const zone = this.resolvedTimeZone;
    this.#expiry.reset(
      days === null ? { kind: 'none' } : { kind: 'days', days },
      this.expiryPolicy,
      days === null ? '' : presetExpiryDate(days, new Date(), zone),
    );
    this.grace = this.graceOptions[0] ?? 0;
    this.graceRefused = false;
  }


  protected override render(): unknown {
    const msg = this.msg;
    const key = this.key;
    const locale = this.resolvedLocale;
    return this.renderDialog(
      html`
        <h2 id="title" part="title">${msg.regenerateTitle}</h2>
        <form part="form" novalidate @submit=${this.#handleSubmit}>
          ${key ? renderKeySummary(key, msg) : nothing}
          <p id="text" part="text">${msg.regenerateText}</p>
          ${this.#expiry.render({
            msg,
            locale,
            timeZone: this.resolvedTimeZone,
            policy: this.expiryPolicy,
            busy: this.busy,
          })}
          <div class="field">
            <label for="grace">${msg.graceLabel}</label>
            <p id="grace-hint" class="hint">${msg.graceHint}</p>
            <select
              id="grace"
              part="grace-select"
              aria-describedby=${idList('grace-hint', this.graceRefused && 'grace-message')}
              aria-invalid=${this.graceRefused ? 'true' : 'false'}
              ?disabled=${this.busy}
              @change=${this.#handleGrace}
            >
              ${this.graceOptions.map(
                (hours) =>
                  html`<option value=${hours} ?selected=${hours === this.grace}>
                    ${hours === 0 ? msg.graceNow : msg.graceLater({ when: formatLater(hours, locale) })}
                  </option>`,
              )}
            </select>
            ${this.graceRefused
              ? html`<p id="grace-message" part="grace-message" class="message">${msg.graceTooLate}</p>`
              : nothing}
          </div>
          ${this.renderActions({
            part: 'regenerate-button',
            label: msg.regenerate,
            busyLabel: msg.regenerating,
            autofocus: 'action',
          })}
        </form>
      `,
      'title',
      key ? 'key-name text' : 'text',
    );
  }

  #handleGrace(event: Event): void {
    this.grace = Number((event.target as HTMLSelectElement).value);
    this.graceRefused = false;
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const key = this.key;
    if (this.busy || !key) return;
    const now = new Date();
    const expiry = this.#expiry.check(now, this.resolvedTimeZone, this.expiryPolicy);
    if (!expiry.valid) {
      void this.updateComplete.then(() => this.#expiry.focus());
      return;
    }
    const previous = this.grace === 0 ? null : new Date(now.getTime() + this.grace * HOUR);
    // The old secret cannot outlive the new key (the backend refuses it too).
    if (previous && expiry.expiresAt !== null && previous.getTime() > Date.parse(expiry.expiresAt)) {
      this.graceRefused = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#grace')?.focus());
      return;
    }
    this.request(
      new AccessKeyRegenerateRequestEvent(key, {
        expiresAt: expiry.expiresAt,
        previousSecretExpiresAt: previous?.toISOString() ?? null,
      }),
    );
  }
}
