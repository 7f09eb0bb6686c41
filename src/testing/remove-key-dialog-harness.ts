import type { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import { RequestDialogHarness } from './request-dialog-harness.js';
import { byPart } from './queries.js';

/**
 * Drives `<remove-key-dialog>`: reads the key it names and its error, presses Confirm or Cancel.
 */
export class RemoveKeyDialogHarness extends RequestDialogHarness<RemoveKeyDialogElement> {
  /** The name of the key the dialog asks about; `''` when it names none. */
  async getKeyName(): Promise<string> {
    await this.settle();
    return this.namedKey().name;
  }

  /** The key's visible part as shown (e.g. `"••••a1b2"`); `''` when it names none. */
  async getVisiblePart(): Promise<string> {
    await this.settle();
    return this.namedKey().visiblePart;
  }

  /**
   * Presses Confirm and waits for the outcome: the dialog closed (the key is gone) or it is no longer busy (an
   * error). Use {@link clickConfirm} to see the busy state.
   */
  async confirm(): Promise<void> {
    await this.pressActionAndWait();
  }

  /** Presses Confirm and resolves as soon as the dialog has rendered, without waiting for the request. */
  async clickConfirm(): Promise<void> {
    await this.pressAction();
  }

  protected get actionLabels(): readonly [string, string] {
    return [this.messages.confirm, this.messages.removing];
  }

  // The key's name and visible part, from their parts inside the dialog's description.
  private namedKey(): { name: string; visiblePart: string } {
    const key = byPart(this.root, 'key-name');
    return {
      name: byPart(key ?? this.root, 'name')?.textContent ?? '',
      visiblePart: key ? this.textOf(byPart(key, 'visible-part')) : '',
    };
  }
}
