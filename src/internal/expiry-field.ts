import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  earliestExpiryDate,
  expiryFromDate,
  initialExpiryChoice,
  latestExpiryDate,
  offeredExpiries,
  presetExpiryDate,
  startOfDayInZone,
  type CalendarDate,
  type ExpiryChoice,
  type ExpiryPolicy,
  type ExpiryValidation,
} from '../domain/expiry.js';
import { formatDate, formatMomentParts } from '../domain/format.js';
import type { AccessKeyMessages } from '../locales/messages.js';
import { idList } from './name-field.js';

/** What the field needs from its dialog on each render. */
export interface ExpiryFieldContext {
  msg: AccessKeyMessages;
  locale: string;
  timeZone: string;
  policy: ExpiryPolicy;
  busy: boolean;
}

/** What a dialog's settings allow: its presets, and a maximum lifetime when that is a positive number of days. */
export function expiryPolicyOf(presets: readonly number[], maxLifetimeDays: number | null): ExpiryPolicy {
  return { presets, maxLifetimeDays: maxLifetimeDays !== null && maxLifetimeDays > 0 ? maxLifetimeDays : null };
}

const durations = new Map<string, Intl.NumberFormat>();

/** "30 days" in the locale, with its plural rules. */
function formatDays(days: number, locale: string): string {
  let format = durations.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    durations.set(locale, format);
  }
  return format.format(days);
}

/**
 * The "Valid till" choice of the dialogs that set an expiry (generate, regenerate): a native `<select>` of the
 * presets the host's policy allows, a custom date, and "No expiry" (unless a maximum lifetime forbids it, which the
 * hint then says), the date field when a custom date is chosen, the message when a date is refused, and the exact
 * moment the chosen expiry stands for. A preset of N days, like a picked date D, expires at the start of its day in
 * the user's time zone.
 */
export class ExpiryField implements ReactiveController {
  /** What the select holds: `'none'`, a number of days, or `'custom'`. */
  choice = 'none';
  /** The custom date as the date field reports it (`YYYY-MM-DD`, or `''`). */
  date: CalendarDate = '';

  /** The date field holds something that is not a whole date (the browser then reports its value as `''`). */
  #incomplete = false;
  #edited = false;
  #showMessage = false;
  /** The zone and policy of the last render, to judge what the user types in between. */
  #judge: { timeZone: string; policy: ExpiryPolicy } = { timeZone: 'UTC', policy: { presets: [], maxLifetimeDays: null } };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts over with `wanted` (or the nearest choice the policy offers), no message shown. */
  reset(wanted: ExpiryChoice, policy: ExpiryPolicy, date: CalendarDate = ''): void {
    const choice = initialExpiryChoice(wanted, policy);
    this.choice = choice.kind === 'days' ? String(choice.days) : choice.kind === 'date' ? 'custom' : 'none';
    this.date = choice.kind === 'date' ? date : '';
    this.#incomplete = false;
    this.#edited = false;
    this.#showMessage = false;
    this.host.requestUpdate();
  }

  /** The instant the chosen expiry stands for, or why it cannot be used. */
  validate(now: Date, timeZone: string, policy: ExpiryPolicy): ExpiryValidation {
    const latest = policy.maxLifetimeDays === null ? null : latestExpiryDate(now, timeZone, policy.maxLifetimeDays);
    if (this.choice === 'custom') {
      if (this.#incomplete) return { valid: false, error: 'date-invalid' };
      return expiryFromDate(this.date, now, timeZone, latest);
    }
    if (this.choice === 'none') return expiryFromDate('', now, timeZone, latest);
    const date = presetExpiryDate(Number(this.choice), now, timeZone);
    return { valid: true, expiresAt: startOfDayInZone(date, timeZone).toISOString() };
  }

  /** On submit: reads a partly typed date, shows the message if the choice is refused. Returns the validation. */
  check(now: Date, timeZone: string, policy: ExpiryPolicy): ExpiryValidation {
    this.#read();
    const validation = this.validate(now, timeZone, policy);
    if (!validation.valid) this.#showMessage = true;
    this.host.requestUpdate();
    return validation;
  }

  /** Moves focus into the field (after a refused submit). */
  focus(): void {
    const root = this.host.shadowRoot;
    (root?.querySelector<HTMLElement>('#valid-till-date') ?? root?.querySelector<HTMLElement>('#valid-till'))?.focus();
  }

  render({ msg, locale, timeZone, policy, busy }: ExpiryFieldContext): TemplateResult {
    this.#judge = { timeZone, policy };
    const now = new Date();
    const { presets, noExpiry } = offeredExpiries(policy);
    const max = policy.maxLifetimeDays;
    const earliest = earliestExpiryDate(now, timeZone);
    const latest = max === null ? null : latestExpiryDate(now, timeZone, max);
    const expiry = this.validate(now, timeZone, policy);
    const custom = this.choice === 'custom';
    const dayOf = (date: CalendarDate) => formatDate(startOfDayInZone(date, timeZone), locale, timeZone);

    let message = '';
    if (this.#showMessage && !expiry.valid) {
      if (expiry.error === 'date-invalid') message = msg.validTillInvalid;
      else if (expiry.error === 'date-too-early') message = msg.validTillTooEarly({ earliest: dayOf(earliest) });
      else message = msg.validTillTooLate({ latest: dayOf(latest ?? earliest), days: max ?? 0 });
    }
    const preview =
      expiry.valid && expiry.expiresAt ? msg.validTillPreview(formatMomentParts(expiry.expiresAt, locale, timeZone)) : '';
    const hint = max === null ? msg.validTillHint : msg.expiryPolicy({ days: max });
    const describedBy = idList('valid-till-hint', message && 'date-message', preview && 'date-preview');

    return html`<div class="field">
      <label for="valid-till">${msg.validTillLabel}</label>
      <p id="valid-till-hint" class="hint">${hint}</p>
      <select
        id="valid-till"
        part="expiry-select"
        .value=${live(this.choice)}
        aria-describedby=${custom ? 'valid-till-hint' : describedBy}
        ?disabled=${busy}
        @change=${this.#handleChoice}
      >
        ${presets.map(
          (days) =>
            html`<option value=${days} ?selected=${this.choice === String(days)}>
              ${msg.expiryPreset({ duration: formatDays(days, locale) })}
            </option>`,
        )}
        <option value="custom" ?selected=${custom}>${msg.expiryCustom}</option>
        ${noExpiry ? html`<option value="none" ?selected=${this.choice === 'none'}>${msg.expiryNone}</option>` : nothing}
      </select>
      ${custom
        ? html`<label class="sub-label" for="valid-till-date">${msg.customDateLabel}</label>
            <input
              id="valid-till-date"
              part="date-input"
              type="date"
              min=${earliest}
              max=${ifDefined(latest ?? undefined)}
              .value=${live(this.date)}
              aria-describedby=${idList(message && 'date-message', preview && 'date-preview')}
              aria-invalid=${message ? 'true' : 'false'}
              ?readonly=${busy}
              @input=${this.#handleDate}
              @change=${this.#handleDate}
              @blur=${this.#handleDateBlur}
            />`
        : nothing}
      ${message ? html`<p id="date-message" part="date-message" class="message">${message}</p>` : nothing}
      ${preview ? html`<p id="date-preview" part="date-preview" class="preview">${preview}</p>` : nothing}
    </div>`;
  }

  // A partly typed date fires no `input` (its value stays ''), so it is read again before it is judged.
  #read(): void {
    const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('#valid-till-date');
    if (!input) return;
    this.date = input.value;
    this.#incomplete = input.validity.badInput;
  }

  #handleChoice = (event: Event): void => {
    this.choice = (event.target as HTMLSelectElement).value;
    this.#showMessage = false;
    this.#edited = false;
    this.host.requestUpdate();
  };

  #handleDate = (): void => {
    this.#read();
    this.#edited = true;
    if (this.validate(new Date(), this.#judge.timeZone, this.#judge.policy).valid) this.#showMessage = false;
    this.host.requestUpdate();
  };

  #handleDateBlur = (): void => {
    this.#read();
    if (this.#edited || this.#incomplete) this.#showMessage = true;
    this.host.requestUpdate();
  };
}
