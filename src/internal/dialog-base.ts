import { html, type CSSResultGroup, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AccessKeyDialogClosedEvent, type DialogCloseReason } from '../events.js';
import { AccessKeyElementBase } from './element-base.js';
import { buttonStyles, dialogStyles, tokens } from './theme.styles.js';

const focusableSelector =
  'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element, looking into open shadow roots (the trigger usually lives in a host's shadow root). */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The modal dialog every dialog element is built on: the native `<dialog>` with `showModal()` (focus containment,
 * inert page, top layer), following the WAI-ARIA APG modal pattern. It returns focus to what opened it, keeps Tab
 * inside, and routes Escape, the platform's close requests and backdrop clicks through `canDismiss()`, so a subclass
 * can refuse to lose something the user has not saved.
 *
 * Every way of closing (`close()`, `open = false`, Escape, a close request, the dialog's own buttons, removal from the
 * page) goes through one path in `updated()`, which fires `access-key-dialog-closed` exactly once with the reason, as
 * material-web's dialog does from its `open` setter.
 *
 * @attr {boolean} open - Whether the dialog is open.
 */
export abstract class AccessKeyDialogBase extends AccessKeyElementBase {
  static override styles: CSSResultGroup = [tokens, buttonStyles, dialogStyles];
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
  };

  /** Whether the dialog is open. Set it, or call `show()` / `close()`; closing fires `access-key-dialog-closed`. */
  open = false;

  protected get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog')!;
  }

  #returnFocusTo: HTMLElement | null = null;
  /** The reason the pending close will report; `close(reason)` sets it, every other way leaves `'cancel'`. */
  #closeReason: DialogCloseReason = 'cancel';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // In the same update that closes, so what a subclass forgets (a secret, a typed name) leaves the DOM with it.
    if (changed.get('open') === true && !this.open) this.willClose();
    // However it opens (`show()`, `open = true`), a form starts from its host's current settings.
    else if (changed.has('open') && changed.get('open') !== true && this.open) this.willOpen();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.#returnFocusTo = deepActiveElement();
      this.dialog.showModal();
      this.initialFocus()?.focus();
    } else if (!this.open && changed.get('open') === true) {
      if (this.dialog.open) this.dialog.close();
      const target = this.#returnFocusTo;
      const reason = this.#closeReason;
      this.#returnFocusTo = null;
      this.#closeReason = 'cancel';
      if (target?.isConnected) target.focus();
      /** @ignore */
      this.dispatchEvent(new AccessKeyDialogClosedEvent(reason));
    }
  }

  /** Opens the dialog, remembering the focused element to return to. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog with a reason for `access-key-dialog-closed`. Resolves when focus has been returned. */
  async close(reason: DialogCloseReason = 'cancel'): Promise<void> {
    if (!this.open) return;
    this.#closeReason = reason;
    this.open = false;
    await this.updateComplete;
  }

  /** Called in the update that closes the dialog, before it renders: forget what must not outlive it. */
  protected willClose(): void {}

  /** Called in the update that opens the dialog, before it renders: start from the current settings. */
  protected willOpen(): void {}

  /** The element that gets focus when the dialog opens: the one marked `autofocus`, else the first focusable. */
  protected initialFocus(): HTMLElement | null {
    return this.dialog.querySelector<HTMLElement>('[autofocus]') ?? this.focusables()[0] ?? null;
  }

  /** Whether Escape (or another close request) may close the dialog now. */
  protected canDismiss(): boolean {
    return true;
  }

  /** Whether the dialog's action is running; exposed as `aria-busy` on the dialog. */
  protected get dialogBusy(): boolean {
    return false;
  }

  /** Called when a close request or a backdrop click was refused, to say why. */
  protected dismissBlocked(): void {}

  /** Renders the native dialog around the subclass's content. */
  protected renderDialog(content: TemplateResult, labelledBy = 'title', describedBy?: string): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby=${labelledBy}
      aria-describedby=${ifDefined(describedBy)}
      aria-busy=${this.dialogBusy ? 'true' : 'false'}
      @keydown=${this.#handleKeydown}
      @cancel=${this.#handleCancel}
      @close=${this.#handleNativeClose}
      @click=${this.#handleClick}
    >
      ${content}
    </dialog>`;
  }

  protected focusables(): HTMLElement[] {
    return [...this.dialog.querySelectorAll<HTMLElement>(focusableSelector)].filter(
      (element) => element.getClientRects().length > 0,
    );
  }

  /** For the dialog's own Cancel or Close button. */
  protected handleCancelClick(): void {
    void this.close('cancel');
  }

  #requestDismiss(): void {
    if (this.canDismiss()) void this.close('escape');
    else this.dismissBlocked();
  }

  // Escape is handled on keydown and its default prevented: Chrome's close watcher makes a second `cancel` without
  // user activation in between uncancelable (https://github.com/whatwg/html/issues/10046), which would otherwise
  // close a dialog that must stay open.
  #handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#requestDismiss();
    } else if (event.key === 'Tab') {
      this.#keepTabInside(event);
    }
  }

  #handleCancel(event: Event): void {
    event.preventDefault();
    this.#requestDismiss();
  }

  // The platform closed the dialog without asking us (an uncancelable close request): follow it if allowed, else reopen.
  // `close` is fired in a task after the dialog closed, so it may arrive after our own close and a reopen: a dialog
  // that is open again is not the one it speaks of.
  #handleNativeClose(): void {
    if (!this.open || this.dialog.open) return;
    if (this.canDismiss()) {
      void this.close('escape');
    } else {
      this.dialog.showModal();
      this.dismissBlocked();
    }
  }

  // A click on the <dialog> itself outside its box is a click on the backdrop. Nothing closes on it; a subclass that
  // refuses dismissal says why.
  #handleClick(event: MouseEvent): void {
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside && !this.canDismiss()) this.dismissBlocked();
  }

  // The modal dialog makes the page inert, but Tab past the last control would leave for the browser's UI; wrap instead.
  #keepTabInside(event: KeyboardEvent): void {
    const focusables = this.focusables();
    if (focusables.length === 0) return;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    const active = this.shadowRoot?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }
}
