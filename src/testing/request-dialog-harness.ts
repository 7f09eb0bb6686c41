import { DialogHarness } from './dialog-harness.js';

/**
 * What the harnesses of the dialogs that ask their host to act share (generate, remove, …): the error, whether the
 * dialog is busy (its `aria-busy`), pressing its action with or without waiting for the outcome, and Cancel.
 */
export abstract class RequestDialogHarness<E extends HTMLElement> extends DialogHarness<E> {
  /** The error the dialog shows (the generic error when its request failed); `''` when none. */
  async getError(): Promise<string> {
    await this.settle();
    return this.textOf(this.inDialog('alert'));
  }

  /** Whether the dialog waits for its host: its action shows progress and refuses another press. */
  async isBusy(): Promise<boolean> {
    await this.settle();
    return this.busy;
  }

  /** Presses Cancel. Resolves when the dialog has closed. */
  async cancel(): Promise<void> {
    await this.pressClosingButton(this.messages.cancel);
  }

  /** The action's label when idle and while busy ("Confirm", "Removing…"). */
  protected abstract get actionLabels(): readonly [idle: string, busy: string];

  /** The action button, by its role and its label idle or busy. */
  protected get actionButton(): HTMLElement {
    return this.inDialog('button', this.actionLabels);
  }

  /** Presses the action and resolves as soon as the dialog has rendered, without waiting for the request. */
  protected async pressAction(): Promise<void> {
    const [idle] = this.actionLabels;
    await this.assertOpen(`press "${idle}" in`);
    this.clickControl(this.actionButton);
    await this.settle();
  }

  /**
   * Presses the action and waits for the outcome: the dialog closed (its host acted) or it is no longer busy (an
   * error, or a message on a field).
   */
  protected async pressActionAndWait(): Promise<void> {
    await this.pressAction();
    const title = this.textOf(this.dialog.querySelector('h2'));
    await this.waitFor(
      () => !this.dialog.open || !this.busy,
      () => `"${title}" to finish (it still shows "${this.actionLabels[1]}")`,
    );
    await this.afterAction();
  }

  private get busy(): boolean {
    return this.dialog.getAttribute('aria-busy') === 'true';
  }
}
