import type { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import { KeyFormHarness } from './key-form-harness.js';

/**
 * Drives `<generate-key-dialog>` as a user does: type a name, choose how long the key is valid (a preset, a custom
 * date, no expiry), Generate or Cancel; and reads what the user sees: the counter, the messages tied to each field,
 * the moment the key will expire, the error, and whether it is generating.
 *
 * ```ts
 * const dialog = new GenerateKeyDialogHarness(element);
 * await dialog.setName('CI runner');
 * await dialog.chooseExpiry(30); // or: await dialog.pickDate('2099-01-15');
 * await dialog.submit();
 * ```
 */
export class GenerateKeyDialogHarness extends KeyFormHarness<GenerateKeyDialogElement> {
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
}
