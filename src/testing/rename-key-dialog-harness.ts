import type { RenameKeyDialogElement } from '../rename-key-dialog/rename-key-dialog.js';
import { KeyFormHarness } from './key-form-harness.js';

/** Drives `<rename-key-dialog>`: reads and types the name (its counter and message), Save or Cancel. */
export class RenameKeyDialogHarness extends KeyFormHarness<RenameKeyDialogElement> {
  /** Presses Save and waits for the outcome: the dialog closed (renamed, or the name unchanged) or an error shows. */
  async save(): Promise<void> {
    await this.pressActionAndWait();
  }

  /** Presses Save and resolves as soon as the dialog has rendered, without waiting for the request. */
  async clickSave(): Promise<void> {
    await this.pressAction();
  }

  protected get actionLabels(): readonly [string, string] {
    return [this.messages.save, this.messages.saving];
  }
}
