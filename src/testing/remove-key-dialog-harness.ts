import type { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import { DialogHarness } from './dialog-harness.js';
import { byPart } from './queries.js';

/**
 * Drives `<remove-key-dialog>`: reads the key it names and its error, presses Confirm or Cancel.
 */
export class RemoveKeyDialogHarness extends DialogHarness<RemoveKeyDialogElement> {
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

  /** The error the dialog shows (the generic error when removing failed); `''` when none. */
  async getError(): Promise<string> {
    await this.settle();
    return this.textOf(this.inDialog('alert'));
  }

  /** Whether the removal is in progress: Confirm shows "Removing…" and refuses another press. */
  async isBusy(): Promise<boolean> {
    await this.settle();
    return this.busy;
  }

  /**
   * Presses Confirm and waits for the outcome: the dialog closed (the key is gone) or it is no longer busy (an
   * error). Use {@link clickConfirm} to see the busy state.
   */
  async confirm(): Promise<void> {
    await this.clickConfirm();
    await this.waitFor(
      () => !this.dialog.open || !this.busy,
      `"${this.messages.removeTitle}" to finish removing (it still shows "${this.messages.removing}")`,
    );
    await this.afterAction();
  }

  /** Presses Confirm and resolves as soon as the dialog has rendered, without waiting for the request. */
  async clickConfirm(): Promise<void> {
    await this.assertOpen(`press "${this.messages.confirm}" in`);
    this.clickControl(this.confirmButton);
    await this.settle();
  }

  /** Presses Cancel. Resolves when the dialog has closed. */
  async cancel(): Promise<void> {
    await this.pressClosingButton(this.messages.cancel);
  }

  private get confirmButton(): HTMLElement {
    return this.inDialog('button', [this.messages.confirm, this.messages.removing]);
  }

  private get busy(): boolean {
    return this.confirmButton.getAttribute('aria-disabled') === 'true';
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
