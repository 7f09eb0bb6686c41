import { type PropertyValues, type PropertyDeclarations } from 'lit';
import { AccessKeyDialogBase } from './dialog-base.js';

/**
 * A dialog that asks its host to act (generate, remove, …) instead of calling the backend itself. The contract is
 * the same for each: the user's confirmation fires a cancelable `access-key-*-request`; unless the host cancels it,
 * the dialog is `busy` (its action shows progress and refuses a second press); the host then closes it with
 * `close('confirm')`, or calls `showError()`, which ends `busy` and keeps what the user entered for a retry. Closing
 * clears both.
 *
 * @attr {boolean} busy - Whether the host is acting on the request.
 * @attr {string} error - The error shown in the dialog; empty = none.
 */
export abstract class AccessKeyRequestDialogBase extends AccessKeyDialogBase {
  static override properties: PropertyDeclarations = {
    busy: { type: Boolean, reflect: true },
    error: {},
  };

  /** Whether the host is acting on the request: the action shows progress and refuses another press. */
  busy = false;

  /** The error shown in the dialog's alert region; empty = none. Setting it ends `busy`. */
  error = '';

  /** Shows `message` (default: the generic error) and ends `busy`, so the user can retry. */
  showError(message: string = this.genericError): void {
    this.error = message;
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('error') && this.error) this.busy = false;
  }

  protected override get dialogBusy(): boolean {
    return this.busy;
  }

  protected override willClose(): void {
    this.busy = false;
    this.error = '';
  }

  /**
   * Fires `event` (a cancelable request) unless the dialog is already busy, clearing the last error, and marks the
   * dialog busy unless the host canceled it. Returns whether the request went out.
   */
  protected request(event: Event): boolean {
    // The action stays focusable while busy (`aria-disabled`, not `disabled`, which would drop focus to <body>), so
    // a double click or a repeated Enter lands here.
    if (this.busy) return false;
    this.error = '';
    const accepted = this.dispatchEvent(event);
    if (accepted) this.busy = true;
    return accepted;
  }
}
