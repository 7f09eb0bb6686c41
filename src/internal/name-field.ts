import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { NAME_MAX_LENGTH, validateKeyName, type NameValidation } from '../domain/name.js';
import type { AccessKeyMessages } from '../locales/messages.js';

/**
 * The Name field of the dialogs that name a key (generate, rename): label, hint, a text input, and under it the message
 * that says why a name is refused (shown once the user has typed and left the field, or on submit, and tied to the
 * input with `aria-describedby`) with the live counter of code points at the field's end.
 */
export class NameField implements ReactiveController {
  /** What the field holds, as typed. */
  value = '';

  #edited = false;
  #showMessage = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The name as the rules see it: trimmed, counted, valid or why not. */
  get validation(): NameValidation {
    return validateKeyName(this.value);
  }

  /** Starts over with `value` (a rename starts from the current name), no message shown. */
  reset(value = ''): void {
    this.value = value;
    this.#edited = false;
    this.#showMessage = false;
    this.host.requestUpdate();
  }

  /** On submit: shows the message if the name is refused. Returns the validation. */
  check(): NameValidation {
    const validation = this.validation;
    if (!validation.valid) this.#showMessage = true;
    this.host.requestUpdate();
    return validation;
  }

  /** Moves focus into the field (after a refused submit). */
  focus(): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#name')?.focus();
  }

  render(msg: AccessKeyMessages, { busy, autofocus = true }: { busy: boolean; autofocus?: boolean }): TemplateResult {
    const name = this.validation;
    let message = '';
    if (this.#showMessage && !name.valid) {
      message = name.error === 'name-empty' ? msg.nameEmpty : msg.nameTooLong({ count: name.length, max: NAME_MAX_LENGTH });
    }
    return html`<div class="field">
      <label for="name">${msg.nameLabel}</label>
      <p id="name-hint" class="hint">${msg.nameHint({ max: NAME_MAX_LENGTH })}</p>
      <input
        id="name"
        part="name-input"
        type="text"
        dir=${ifDefined(this.value ? 'auto' : undefined)}
        autocomplete="off"
        spellcheck="false"
        autocapitalize="off"
        ?autofocus=${autofocus}
        .value=${live(this.value)}
        aria-describedby=${idList('name-hint', 'name-counter', message && 'name-message')}
        aria-invalid=${message ? 'true' : 'false'}
        ?readonly=${busy}
        @input=${this.#handleInput}
        @blur=${this.#handleBlur}
      />
      <div class="below">
        ${message ? html`<p id="name-message" part="name-message" class="message">${message}</p>` : nothing}
        <p id="name-counter" part="name-counter" class=${name.length > NAME_MAX_LENGTH ? 'counter over' : 'counter'}>
          ${msg.nameCounter({ count: name.length, max: NAME_MAX_LENGTH })}
        </p>
      </div>
    </div>`;
  }

  #handleInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.#edited = true;
    if (this.validation.valid) this.#showMessage = false;
    this.host.requestUpdate();
  };

  // The message waits until the user has typed in the field and left it.
  #handleBlur = (): void => {
    if (!this.#edited) return;
    this.#showMessage = true;
    this.host.requestUpdate();
  };
}

/** An `aria-describedby` value from the ids that apply. */
export function idList(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(' ');
}
