import type { RemoveExpiredKeysDialogElement } from '../remove-expired-keys-dialog/remove-expired-keys-dialog.js';
import { RequestDialogHarness } from './request-dialog-harness.js';
import { byPart } from './queries.js';

/** Drives `<remove-expired-keys-dialog>`: reads what it says (how many, the outcome), presses Confirm or Cancel. */
export class RemoveExpiredKeysDialogHarness extends RequestDialogHarness<RemoveExpiredKeysDialogElement> {
  /** What the dialog says: how many keys have expired and what removing them does. */
  async getText(): Promise<string> {
    await this.settle();
    return this.textOf(byPart(this.root, 'text'));
  }

  /** Presses Confirm and waits until every key was tried: the dialog closed, or it says which could not be removed. */
  async confirm(): Promise<void> {
    await this.pressActionAndWait();
  }

  /** Presses Confirm and resolves as soon as the dialog has rendered ("Removing 1 of 3…"). */
  async clickConfirm(): Promise<void> {
    await this.pressAction();
  }

  // While busy the button counts ("Removing 2 of 5…"), from the element's own `removed` and `keys`.
  protected get actionLabels(): readonly [string, string] {
    const total = this.element.keys.length;
    return [this.messages.confirm, this.messages.removingProgress({ done: Math.min(total, this.element.removed + 1), total })];
  }
}
