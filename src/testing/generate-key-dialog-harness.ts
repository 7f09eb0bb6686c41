import type { CalendarDate } from '../domain/expiry.js';
import type { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import { RequestDialogHarness } from './request-dialog-harness.js';
import { allElements, byPart } from './queries.js';

/**
 * Drives `<generate-key-dialog>` as a user does: type a name, pick a Valid till date, Generate or Cancel; and reads
 * what the user sees: the counter, the messages tied to each field, the error, and whether it is generating.
 *
 * ```ts
 * const dialog = new GenerateKeyDialogHarness(element);
 * await dialog.setName('CI runner');
 * await dialog.pickDate('2099-01-15');
 * await dialog.submit();
 * ```
 */
export class GenerateKeyDialogHarness extends RequestDialogHarness<GenerateKeyDialogElement> {
  /** What the Name field holds. */
  async getName(): Promise<string> {
    await this.settle();
    return this.nameInput.value;
  }

  /** What the Valid till field holds: `YYYY-MM-DD`, or `''`. */
  async getDate(): Promise<string> {
    await this.settle();
    return this.dateInput.value;
  }

  /** The earliest date the picker offers (`YYYY-MM-DD`): tomorrow in the element's time zone. */
  async getMinDate(): Promise<string> {
    await this.settle();
    return this.dateInput.min;
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

  /** The message tied to Valid till when it is invalid (e.g. "Enter a valid date."), else `null`. */
  async getDateError(): Promise<string | null> {
    await this.settle();
    return this.fieldMessage(this.dateInput, 'date-message');
  }

  /** "The key stops working at …" for the picked date, else `null`. */
  async getExpiryPreview(): Promise<string | null> {
    await this.settle();
    return this.describedByPart(this.dateInput, 'date-preview');
  }

  /** Types `name` into Name, replacing what it held (as a paste over a selection does). */
  async setName(name: string): Promise<void> {
    await this.assertOpen('type into');
    this.fill(this.nameInput, name, 'Name');
    this.nameInput.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: name }),
    );
    await this.afterAction();
  }

  /** Picks `date` (`YYYY-MM-DD`, or `''` to clear) in Valid till, firing `input` and `change` as the picker does. */
  async pickDate(date: CalendarDate): Promise<void> {
    await this.assertOpen('pick a date in');
    this.fill(this.dateInput, date, 'Valid till');
    this.dateInput.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dateInput.dispatchEvent(new Event('change', { bubbles: true }));
    await this.afterAction();
  }

  /** Leaves the focused field, as Tab or a click elsewhere does (the field's message then shows). */
  async blur(): Promise<void> {
    (this.root.activeElement as HTMLElement | null)?.blur();
    await this.afterAction();
  }

  /**
   * Presses Generate and waits for the outcome: the dialog closed (the key was generated, or the limit was met),
   * or it is no longer generating (an error, or a field message). Use {@link clickGenerate} to see the busy state.
   */
  async submit(): Promise<void> {
    await this.pressActionAndWait();
  }

  /** Presses Generate and resolves as soon as the dialog has rendered, without waiting for the request. */
  async clickGenerate(): Promise<void> {
    await this.pressAction();
  }

  protected get actionLabels(): readonly [string, string] {
    return [this.messages.generate, this.messages.generating];
  }

  private get nameInput(): HTMLInputElement {
    return this.labelled(this.messages.nameLabel);
  }

  private get dateInput(): HTMLInputElement {
    return this.labelled(this.messages.validTillLabel);
  }

  // A date field has no ARIA role, so fields are found by their label, as a user finds them.
  private labelled(label: string): HTMLInputElement {
    const field = allElements(this.dialog).find(
      (element): element is HTMLInputElement =>
        element instanceof HTMLInputElement && [...(element.labels ?? [])].some((l) => this.textOf(l) === label),
    );
    if (!field) throw new Error(`${this.constructor.name}: no field labelled "${label}" in <${this.element.localName}>`);
    return field;
  }

  private fill(input: HTMLInputElement, value: string, label: string): void {
    if (input.readOnly) {
      throw new Error(`${this.constructor.name}: "${label}" is read-only while "${this.messages.generating}"`);
    }
    input.focus();
    input.value = value;
  }

  // A field's message is shown only when it is tied to the field (`aria-describedby`), as a screen reader reads it.
  private fieldMessage(input: HTMLInputElement, part: string): string | null {
    if (input.getAttribute('aria-invalid') !== 'true') return null;
    return this.describedByPart(input, part);
  }

  private describedByPart(input: HTMLInputElement, part: string): string | null {
    const element = byPart(this.root, part);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
    return element && ids.includes(element.id) ? this.textOf(element) : null;
  }
}
