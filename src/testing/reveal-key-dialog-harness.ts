import type { RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';
import { DialogHarness } from './dialog-harness.js';

/**
 * Drives `<reveal-key-dialog>`, the one-time reveal of a new key: reads the secret and what the dialog announces,
 * and presses "Copy to clipboard" and "Close".
 */
export class RevealKeyDialogHarness extends DialogHarness<RevealKeyDialogElement> {
  /** The secret shown in the field labelled "Access key"; `''` once the dialog has forgotten it. */
  async getSecret(): Promise<string> {
    await this.settle();
    return this.secretField.value;
  }

  /** The text of the secret the user has selected (after a failed copy the whole secret is selected). */
  async getSelectedText(): Promise<string> {
    await this.settle();
    const field = this.secretField;
    return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
  }

  /** The one-time note ("You have access to the key once. …"). */
  async getNote(): Promise<string> {
    return this.getDescription();
  }

  /** What the dialog announces politely ("Copied to clipboard"); `''` when nothing. */
  async getAnnouncement(): Promise<string> {
    await this.settle();
    return this.textOf(this.inDialog('status'));
  }

  /** What the dialog announces as an alert (a failed copy, or why Escape did not close it); `''` when nothing. */
  async getAlert(): Promise<string> {
    await this.settle();
    return this.textOf(this.inDialog('alert'));
  }

  /** Whether the secret field has the focus (it does after a failed copy, for a manual Ctrl+C). */
  async isSecretFocused(): Promise<boolean> {
    await this.settle();
    return this.root.activeElement === this.secretField;
  }

  /** Presses "Copy to clipboard" and waits until the dialog says how it went (copied, or selected for manual copy). */
  async copy(): Promise<void> {
    await this.assertOpen(`press "${this.messages.copy}" in`);
    this.clickControl(this.inDialog('button', [this.messages.copy, this.messages.copiedButton]));
    await this.waitFor(
      () => this.textOf(this.inDialog('status')) || this.textOf(this.inDialog('alert')),
      `"${this.messages.revealTitle}" to announce the copy's outcome`,
    );
    await this.afterAction();
  }

  /** Presses "Close". Resolves when the dialog has closed (and the section shows the new key). */
  async close(): Promise<void> {
    await this.pressClosingButton(this.messages.close);
  }

  private get secretField(): HTMLTextAreaElement {
    return this.inDialog('textbox', this.messages.secretLabel) as HTMLTextAreaElement;
  }
}
