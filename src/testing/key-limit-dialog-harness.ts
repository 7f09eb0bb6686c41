import type { KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import { DialogHarness } from './dialog-harness.js';

/** Drives `<key-limit-dialog>` ("Cannot add another key"): reads its text, presses Close. */
export class KeyLimitDialogHarness extends DialogHarness<KeyLimitDialogElement> {
  /** The explanation ("To generate a new key, you need to remove an existing one."). */
  async getText(): Promise<string> {
    return this.getDescription();
  }

  /** Presses Close. Resolves when the dialog has closed. */
  async close(): Promise<void> {
    await this.pressClosingButton(this.messages.close);
  }
}
