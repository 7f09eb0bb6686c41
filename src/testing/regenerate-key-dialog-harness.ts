import type { RegenerateKeyDialogElement } from '../regenerate-key-dialog/regenerate-key-dialog.js';
import { KeyFormHarness } from './key-form-harness.js';
import { byPart } from './queries.js';

/**
 * Drives `<regenerate-key-dialog>`: reads the key it names, chooses the new expiry (as in generating) and when the old
 * secret stops working, Regenerate or Cancel.
 */
export class RegenerateKeyDialogHarness extends KeyFormHarness<RegenerateKeyDialogElement> {
  /** The name of the key the dialog asks about. */
  async getKeyName(): Promise<string> {
    await this.settle();
    return byPart(byPart(this.root, 'key-name') ?? this.root, 'name')?.textContent ?? '';
  }

  /** The choices for when the old secret stops ("Now", "In 1 hour", …). */
  async getGraceOptions(): Promise<string[]> {
    await this.settle();
    return [...this.graceSelect.options].map((option) => this.textOf(option));
  }

  /** Chooses when the old secret stops, in hours from now (0 = now), among the offered choices. */
  async chooseGrace(hours: number): Promise<void> {
    await this.assertOpen('choose when the old secret stops in');
    const value = String(hours);
    await this.chooseOption(this.graceSelect, this.messages.graceLabel, `${hours} h`, (option) => option.value === value);
  }

  /** Why the chosen moment cannot be used (the old secret would outlive the new key), else `null`. */
  async getGraceError(): Promise<string | null> {
    await this.settle();
    if (this.graceSelect.getAttribute('aria-invalid') !== 'true') return null;
    return this.textOf(byPart(this.root, 'grace-message'));
  }

  /**
   * Presses Regenerate and waits for the outcome: the dialog closed (the new secret is revealed) or it is no longer
   * busy (an error, or a message on a field). Use {@link clickRegenerate} to see the busy state.
   */
  async submit(): Promise<void> {
    await this.pressActionAndWait();
  }

  /** Presses Regenerate and resolves as soon as the dialog has rendered, without waiting for the request. */
  async clickRegenerate(): Promise<void> {
    await this.pressAction();
  }

  protected get actionLabels(): readonly [string, string] {
    return [this.messages.regenerate, this.messages.regenerating];
  }

  private get graceSelect(): HTMLSelectElement {
    const select = this.inDialog('combobox', this.messages.graceLabel);
    return select as HTMLSelectElement;
  }
}
