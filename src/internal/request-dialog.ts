import { html, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessKey } from '../api/types.js';
import { AccessKeyDialogBase } from './dialog-base.js';
import { stableLabel } from './labels.js';

/** The primary action of a request dialog, as its footer shows it. */
export interface RequestAction {
  /** The button's part (`generate-button`, `confirm-button`, …). */
  part: string;
  label: string;
  /** What the button says while busy ("Generating…"). */
  busyLabel: string;
  /** The widest `busyLabel` can become, when it changes while busy (a progress count); default `busyLabel`. */
  widestBusyLabel?: string;
  /** A destructive action (remove) rather than a primary one. */
  danger?: boolean;
  /** Which button the dialog focuses when it opens, unless a field before them does. */
  autofocus?: 'cancel' | 'action';
  /** Pressing the action; without it the action submits the dialog's form. */
  onClick?: () => void;
}

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
   * The end of every request dialog: the alert region for `error`, then Cancel and the action, primary last. The
   * action stays focusable while busy (`aria-disabled`), and its label keeps one width from idle to busy.
   */
  protected renderActions(action: RequestAction): TemplateResult {
    const msg = this.msg;
    const { label, busyLabel } = action;
    return html`
      <div part="error" class="error" role="alert">${this.error}</div>
      <div class="actions">
        <button
          part="cancel-button"
          class="button"
          type="button"
          dir="auto"
          ?autofocus=${action.autofocus === 'cancel'}
          @click=${this.handleCancelClick}
        >
          ${msg.cancel}
        </button>
        <button
          part=${action.part}
          class=${action.danger ? 'button danger' : 'button primary'}
          type=${action.onClick ? 'button' : 'submit'}
          dir="auto"
          ?autofocus=${action.autofocus === 'action'}
          aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}
          @click=${action.onClick}
        >
          ${this.busy ? stableLabel(busyLabel, label) : stableLabel(label, action.widestBusyLabel ?? busyLabel)}
        </button>
      </div>
    `;
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

/**
 * A request dialog about one key (regenerate, rename, remove): `key` is set by `show(key)` and forgotten on close.
 * Shown for another key, the dialog drops the last key's busy state and error.
 */
export abstract class AccessKeyKeyRequestDialogBase extends AccessKeyRequestDialogBase {
  static override properties: PropertyDeclarations = {
    key: { attribute: false },
  };

  /** The key the dialog acts on. `null` again once the dialog closes. */
  key: AccessKey | null = null;

  /** Opens the dialog for `key` (or the `key` already set). */
  override show(key?: AccessKey): void {
    if (key && key !== this.key) {
      this.key = key;
      this.busy = false;
      this.error = '';
    }
    super.show();
  }

  protected override willClose(): void {
    super.willClose();
    this.key = null;
  }
}
