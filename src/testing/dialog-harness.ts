import { AccessKeyHarness } from './base.js';
import { accessibleName, descriptions, type NameMatcher } from './queries.js';

/**
 * What every dialog harness shares: the native `<dialog>` found by its role, its title (accessible name) and
 * description, whether it is open, Escape and a backdrop click.
 */
export abstract class DialogHarness<E extends HTMLElement> extends AccessKeyHarness<E> {
  /** Whether the dialog is open (shown as a modal). */
  async isOpen(): Promise<boolean> {
    await this.settle();
    return this.dialog.open;
  }

  /** The dialog's title, as assistive technology names it. */
  async getTitle(): Promise<string> {
    await this.settle();
    return accessibleName(this.dialog);
  }

  /** The dialog's description (`aria-describedby`), as read. */
  async getDescription(): Promise<string> {
    await this.settle();
    return descriptions(this.dialog).join(' ');
  }

  /** Presses Escape inside the dialog. Resolves when the element has settled (closed, or refused to). */
  async pressEscape(): Promise<void> {
    await this.assertOpen('press Escape in');
    this.pressEscapeIn(this.dialog);
    await this.afterAction();
  }

  /** Clicks the backdrop, outside the dialog's box. */
  async clickBackdrop(): Promise<void> {
    await this.assertOpen('click the backdrop of');
    this.dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 0, clientY: 0 }));
    await this.afterAction();
  }

  /** The native dialog. */
  protected get dialog(): HTMLDialogElement {
    return this.getByRole('dialog') as HTMLDialogElement;
  }

  /** The control with the role and name inside the dialog. */
  protected inDialog(role: string, name?: NameMatcher): HTMLElement {
    return this.getByRole(role, name, this.dialog);
  }

  /** Settles, then fails unless the dialog is open: a user cannot act in a closed dialog. */
  protected async assertOpen(action: string): Promise<void> {
    await this.settle();
    if (!this.dialog.open) {
      throw new Error(`${this.constructor.name}: cannot ${action} "${accessibleName(this.dialog)}": it is not open`);
    }
  }

  /** Presses the dialog's button `name` (Cancel, Close) and resolves once the dialog has closed. */
  protected async pressClosingButton(name: string): Promise<void> {
    await this.assertOpen(`press "${name}" in`);
    const title = accessibleName(this.dialog);
    this.clickControl(this.inDialog('button', name));
    await this.waitFor(() => !this.dialog.open, `"${title}" to close after "${name}"`);
    await this.afterAction();
  }
}
