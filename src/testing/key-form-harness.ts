import type { CalendarDate } from '../domain/expiry.js';
import { RequestDialogHarness } from './request-dialog-harness.js';
import { allElements, byPart } from './queries.js';

/** A Valid till choice as the harness takes it: a preset in days, a date picked by hand, or no expiry. */
export type ExpiryOption = number | 'custom' | 'none';

/**
 * What the harnesses of the dialogs with a key form share (generate, rename, regenerate): the Name field (type, read,
 * counter, its message) and the Valid till choice (presets, a custom date, no expiry; its message and the moment it
 * stands for). Fields are found by their labels, as a user finds them; a method for a field the dialog does not have
 * fails and says so.
 */
export abstract class KeyFormHarness<E extends HTMLElement> extends RequestDialogHarness<E> {
  /** What the Name field holds. */
  async getName(): Promise<string> {
    await this.settle();
    return this.nameInput.value;
  }

  /** The live counter below Name, e.g. `"9/120"`. */
  async getCounter(): Promise<string> {
    await this.settle();
    return this.textOf(byPart(this.root, 'name-counter'));
  }

  /** The message tied to Name when it is invalid (e.g. "Enter a name for the key."), else `null`. */
  async getNameError(): Promise<string | null> {
    await this.settle();
    return this.fieldMessage(this.nameInput, 'name-message');
  }

  /** Types `name` into Name, replacing what it held (as a paste over a selection does). */
  async setName(name: string): Promise<void> {
    await this.assertOpen('type into');
    this.fill(this.nameInput, name, this.messages.nameLabel);
    this.nameInput.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: name }),
    );
    await this.afterAction();
  }

  /** The Valid till choices offered, as the user reads them ("7 days", …, "Custom date…", "No expiry"). */
  async getExpiryOptions(): Promise<string[]> {
    await this.settle();
    return [...this.expirySelect.options].map((option) => this.textOf(option));
  }

  /** The chosen Valid till option: a preset in days, `'custom'` or `'none'`. */
  async getExpiryChoice(): Promise<ExpiryOption> {
    await this.settle();
    const value = this.expirySelect.value;
    return value === 'custom' || value === 'none' ? value : Number(value);
  }

  /** Chooses a Valid till option, as the select does. */
  async chooseExpiry(option: ExpiryOption): Promise<void> {
    await this.assertOpen('choose an expiry in');
    const value = String(option);
    await this.chooseOption(this.expirySelect, this.messages.validTillLabel, value, (candidate) => candidate.value === value);
  }

  /** Picks `date` (`YYYY-MM-DD`, or `''` to clear) as a custom Valid till date, choosing "Custom date…" first. */
  async pickDate(date: CalendarDate): Promise<void> {
    await this.assertOpen('pick a date in');
    if (this.expirySelect.value !== 'custom') await this.chooseExpiry('custom');
    this.fill(this.dateInput, date, this.messages.customDateLabel);
    this.dateInput.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dateInput.dispatchEvent(new Event('change', { bubbles: true }));
    await this.afterAction();
  }

  /** What the custom date field holds: `YYYY-MM-DD`, or `''` (also when no custom date is chosen). */
  async getDate(): Promise<string> {
    await this.settle();
    return this.optionalDateInput?.value ?? '';
  }

  /** The earliest date the picker offers (`YYYY-MM-DD`): tomorrow in the element's time zone. */
  async getMinDate(): Promise<string> {
    await this.settle();
    return (await this.openDatePicker()).min;
  }

  /** The latest date the picker offers (`YYYY-MM-DD`) under a maximum lifetime, else `''`. */
  async getMaxDate(): Promise<string> {
    await this.settle();
    return (await this.openDatePicker()).max;
  }

  /** The message tied to Valid till when the choice is refused (e.g. "Enter a valid date."), else `null`. */
  async getDateError(): Promise<string | null> {
    await this.settle();
    const input = this.optionalDateInput;
    return input ? this.fieldMessage(input, 'date-message') : null;
  }

  /** "Expires on …" for the chosen expiry, else `null` (no expiry, or a date not yet valid). */
  async getExpiryPreview(): Promise<string | null> {
    await this.settle();
    return this.describedByPart(this.optionalDateInput ?? this.expirySelect, 'date-preview');
  }

  /** The hint under Valid till: the seed's "Optional…", or why there is a maximum lifetime. */
  async getExpiryHint(): Promise<string> {
    await this.settle();
    return this.textOf(this.root.getElementById('valid-till-hint'));
  }

  /** Leaves the focused field, as Tab or a click elsewhere does (the field's message then shows). */
  async blur(): Promise<void> {
    (this.root.activeElement as HTMLElement | null)?.blur();
    await this.afterAction();
  }

  private get nameInput(): HTMLInputElement {
    return this.labelled(this.messages.nameLabel, HTMLInputElement);
  }

  private get expirySelect(): HTMLSelectElement {
    return this.labelled(this.messages.validTillLabel, HTMLSelectElement);
  }

  private get dateInput(): HTMLInputElement {
    return this.labelled(this.messages.customDateLabel, HTMLInputElement);
  }

  private get optionalDateInput(): HTMLInputElement | null {
    return this.find(this.messages.customDateLabel, HTMLInputElement);
  }

  // min and max are the date picker's, shown when a custom date is chosen; reading them chooses it.
  private async openDatePicker(): Promise<HTMLInputElement> {
    if (!this.optionalDateInput) await this.chooseExpiry('custom');
    return this.dateInput;
  }

  // Fields are found by their label, as a user finds them (a date field has no ARIA role).
  private find<T extends HTMLElement>(label: string, kind: new () => T): T | null {
    const fields = allElements(this.dialog).filter((element): element is T => element instanceof kind);
    return (
      fields.find((field) =>
        [...((field as unknown as HTMLInputElement).labels ?? [])].some((l) => this.textOf(l) === label),
      ) ?? null
    );
  }

  private labelled<T extends HTMLElement>(label: string, kind: new () => T): T {
    const field = this.find(label, kind);
    if (!field) throw new Error(`${this.constructor.name}: no field labelled "${label}" in <${this.element.localName}>`);
    return field;
  }

  private fill(input: HTMLInputElement, value: string, label: string): void {
    if (input.readOnly) {
      throw new Error(`${this.constructor.name}: "${label}" is read-only while "${this.actionLabels[1]}"`);
    }
    input.focus();
    input.value = value;
  }

  // A field's message is shown only when it is tied to the field (`aria-describedby`), as a screen reader reads it.
  private fieldMessage(input: HTMLElement, part: string): string | null {
    if (input.getAttribute('aria-invalid') !== 'true') return null;
    return this.describedByPart(input, part);
  }

  private describedByPart(input: HTMLElement, part: string): string | null {
    const element = byPart(this.root, part);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
    return element && ids.includes(element.id) ? this.textOf(element) : null;
  }
}
