import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { accessKeyContext } from '../api/context.js';
import { AccessKeyLimitError, AccessKeyNotFoundError } from '../api/errors.js';
import { MemoryAccessKeyApi } from '../api/memory-api.js';
import type { AccessKey, AccessKeyApi, AccessKeyOperation } from '../api/types.js';
import { parseAccessKeyList, parseGeneratedAccessKey, withoutSecret } from '../api/validate.js';
import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import {
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
  type AccessKeyBarRemoveEvent,
  type DialogCloseEvent,
  type GenerateKeyRequestEvent,
  type RemoveKeyRequestEvent,
} from '../events.js';
import type { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import { AccessKeyElementBase } from '../internal/element-base.js';
import { Operation } from '../internal/operation.js';
import { buttonStyles, tokens } from '../internal/theme.styles.js';
import type { KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import type { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import type { RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';
import { styles } from './access-key-section.styles.js';

type LoadState = 'loading' | 'loaded' | 'error';

const defaultLimit = 10;

/** `exportparts` that re-exposes a nested element's parts as `<prefix>-<part>`, so hosts style them with ::part(). */
function exportParts(prefix: string, parts: string[]): string {
  return parts.map((part) => `${part}:${prefix}-${part}`).join(', ');
}

const barParts = exportParts('bar', [
  'base', 'status', 'last-used', 'name', 'visible-part', 'created', 'expires', 'remove-button', 'tooltip',
]);
const generateParts = exportParts('generate', [
  'dialog', 'title', 'form', 'name-input', 'name-counter', 'date-input', 'error', 'generate-button', 'cancel-button',
]);
const revealParts = exportParts('reveal', [
  'dialog', 'title', 'note', 'secret', 'copy-button', 'close-button', 'status', 'error',
]);
const removeParts = exportParts('remove', [
  'dialog', 'title', 'key-name', 'text', 'error', 'confirm-button', 'cancel-button',
]);
const limitParts = exportParts('limit', ['dialog', 'title', 'text', 'close-button']);

/**
 * The whole "Access key" section of the specification: heading, "+ Access key", the empty state, "Your keys" with one
 * bar per key, and the flows to generate (with the one-time reveal), remove, and meet the limit. It hands its adapter
 * and settings to the elements inside it through `accessKeyContext`.
 *
 * Without an `api` (and no provider above it) it runs on an empty in-memory adapter, so it works as dropped in.
 *
 * @tag access-key-section
 * @summary Manage API access keys: generate, see once, copy, list and remove.
 *
 * @event access-key-generated - A key was generated (`AccessKeyGeneratedEvent`; metadata only, never the secret).
 * @event access-key-removed - The user removed a key (`AccessKeyRemovedEvent`).
 * @event access-key-copied - The user copied a new key's secret (`AccessKeyCopiedEvent`; metadata only).
 * @event access-key-limit-reached - The user tried to add a key at the limit (`AccessKeyLimitReachedEvent`).
 * @event access-key-error - An operation failed (`AccessKeyErrorEvent` with `operation` and `error`); the UI shows it.
 *
 * @csspart base - The section.
 * @csspart heading - "Access key".
 * @csspart description - What an access key is for.
 * @csspart add-button - "+ Access key".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart list-error - The list error with Retry.
 * @csspart retry-button - Retry.
 * @csspart list-heading - "Your keys".
 * @csspart count - "N of 10".
 * @csspart list - The list of bars.
 * @csspart refreshing - "Loading your keys…" while a reload runs with keys shown.
 * @csspart bar-* - Each bar's parts, re-exported (`bar-status`, `bar-name`, `bar-remove-button`, …).
 * @csspart generate-* - The generate dialog's parts (`generate-dialog`, `generate-name-input`, …).
 * @csspart reveal-* - The reveal dialog's parts (`reveal-secret`, `reveal-copy-button`, …).
 * @csspart remove-* - The remove dialog's parts (`remove-confirm-button`, …).
 * @csspart limit-* - The limit dialog's parts (`limit-dialog`, `limit-close-button`, …).
 *
 * @cssproperty --access-key-color-scheme - `light dark` (default: follow the OS), `light` or `dark`.
 * @cssproperty --access-key-font-family - Font. Default system-ui.
 * @cssproperty --access-key-color-text - Text colour.
 * @cssproperty --access-key-color-text-muted - Secondary text colour.
 * @cssproperty --access-key-color-surface - Background of bars and dialogs.
 * @cssproperty --access-key-color-surface-alt - Hover and skeleton background.
 * @cssproperty --access-key-color-border - Borders.
 * @cssproperty --access-key-color-accent - Primary buttons.
 * @cssproperty --access-key-color-on-accent - Text on primary buttons.
 * @cssproperty --access-key-color-danger - Destructive buttons and errors.
 * @cssproperty --access-key-color-on-danger - Text on destructive buttons.
 * @cssproperty --access-key-color-focus - Focus ring.
 * @cssproperty --access-key-radius - Corner radius. Default 8px.
 * @cssproperty --access-key-spacing - Base spacing unit. Default 8px.
 */
export class AccessKeySectionElement extends AccessKeyElementBase {
  static override styles = [tokens, buttonStyles, styles];

  /** The backend. Default: the one an ancestor provides, else an empty in-memory adapter. */
  @property({ attribute: false }) api?: AccessKeyApi;

  /** How many keys (active and expired together) a user may have; unset = the provider's, else 10. The backend is the authority. */
  @property({ type: Number }) limit?: number;

  /** The level of the "Access key" heading (1–6); "Your keys" is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** IANA time zone for dates and the expiry pick; empty = the user's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private keys: AccessKey[] = [];
  @state() private loadState: LoadState = 'loading';
  @state() private announcement = '';

  @query('generate-key-dialog') private generateDialog!: GenerateKeyDialogElement;
  @query('reveal-key-dialog') private revealDialog!: RevealKeyDialogElement;
  @query('remove-key-dialog') private removeDialog!: RemoveKeyDialogElement;
  @query('key-limit-dialog') private limitDialog!: KeyLimitDialogElement;
  @query('[part="add-button"]') private addButton!: HTMLButtonElement;

  #provider = new ContextProvider(this, { context: accessKeyContext });
  #fallbackApi?: MemoryAccessKeyApi;
  #load = new Operation();
  #generate = new Operation();
  #remove = new Operation();
  /** The key just generated, without its secret, until the reveal dialog closes. */
  #revealed?: AccessKey;
  #loadedApi?: AccessKeyApi;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const operation of [this.#load, this.#generate, this.#remove]) operation.abort();
    this.#loadedApi = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provider.setValue({
      api: this.#api,
      limit: this.#limit,
      productName: this.resolvedProductName,
      messages: { ...this.settings?.messages, ...this.messages },
      locale: this.locale || this.settings?.locale || '',
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#api !== this.#loadedApi) void this.refresh();
  }

  /** Reloads the list. A newer load supersedes (and aborts) an older one. */
  async refresh(): Promise<void> {
    const api = this.#api;
    this.#loadedApi = api;
    this.loadState = 'loading';
    const outcome = await this.#load.run(async (signal) => parseAccessKeyList(await api.listKeys({ signal })));
    if (!outcome) return;
    if (outcome.ok) {
      this.keys = outcome.value;
      this.loadState = 'loaded';
    } else {
      this.loadState = 'error';
      this.#fail('list', outcome.error);
    }
  }

  /** Opens the generate dialog, or the limit dialog when the user already has `limit` keys. */
  add(): void {
    if (this.keys.length >= this.#limit) {
      this.#showLimit();
    } else {
      this.generateDialog.show();
    }
  }

  protected override render() {
    const msg = this.msg;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" class="section" aria-labelledby="heading">
        <div class="header">
          <div id="heading" part="heading" class="heading" role="heading" aria-level=${level}>
            ${msg.sectionHeading}
          </div>
          <button part="add-button" class="button primary" @click=${this.add}>${msg.addKey}</button>
          <p part="description" class="description">${msg.sectionDescription(this.resolvedProductName)}</p>
        </div>
        ${this.#renderBody(level)}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </section>
      <generate-key-dialog
        exportparts=${generateParts}
        time-zone=${this.timeZone}
        @generate-key-request=${this.#handleGenerateRequest}
        @close=${this.#handleGenerateClose}
      ></generate-key-dialog>
      <reveal-key-dialog exportparts=${revealParts} @close=${this.#handleRevealClose}></reveal-key-dialog>
      <remove-key-dialog
        exportparts=${removeParts}
        @remove-key-request=${this.#handleRemoveRequest}
        @close=${this.#handleRemoveClose}
      ></remove-key-dialog>
      <key-limit-dialog exportparts=${limitParts}></key-limit-dialog>`;
  }

  #renderBody(level: number) {
    const msg = this.msg;
    const error =
      this.loadState === 'error'
        ? html`<div part="list-error" class="panel list-error" role="alert">
            <p>${msg.listError} ${msg.genericError(this.resolvedProductName)}</p>
            <button part="retry-button" class="button" @click=${this.refresh}>${msg.retry}</button>
          </div>`
        : nothing;
    if (this.keys.length === 0) {
      if (this.loadState === 'loading') {
        return html`<div part="loading" class="panel" role="status" aria-busy="true">
          <p>${msg.loading}</p>
          <div class="skeleton" aria-hidden="true"></div>
        </div>`;
      }
      if (this.loadState === 'error') return error;
      return html`<div part="empty" class="panel"><p>${msg.emptyState}</p></div>`;
    }
    return html`${error}
      <div class="list-header">
        <div id="list-heading" part="list-heading" class="list-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
          ${msg.listHeading}
        </div>
        <span id="count" part="count" class="count">${msg.keyCount(this.keys.length, this.#limit)}</span>
        ${this.loadState === 'loading'
          ? html`<span part="refreshing" class="count" role="status">${msg.loading}</span>`
          : nothing}
      </div>
      <ul
        part="list"
        class="list"
        aria-labelledby="list-heading"
        aria-describedby="count"
        aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
        @access-key-bar-remove=${this.#handleBarRemove}
      >
        ${repeat(
          this.keys,
          (key) => key.id,
          (key) =>
            html`<li>
              <access-key-bar .key=${key} time-zone=${this.timeZone} exportparts=${barParts}></access-key-bar>
            </li>`,
        )}
      </ul>`;
  }

  get #limit(): number {
    return this.limit ?? this.settings?.limit ?? defaultLimit;
  }

  get #api(): AccessKeyApi {
    return this.api ?? this.settings?.api ?? (this.#fallbackApi ??= new MemoryAccessKeyApi());
  }

  #showLimit(): void {
    this.limitDialog.show();
    this.dispatchEvent(new AccessKeyLimitReachedEvent(this.#limit));
  }

  #fail(operation: AccessKeyOperation, error: unknown): void {
    this.dispatchEvent(new AccessKeyErrorEvent(operation, error));
  }

  #announce(text: string): void {
    this.announcement = text;
  }

  async #handleGenerateRequest(event: GenerateKeyRequestEvent): Promise<void> {
    if (this.#generate.pending) {
      event.preventDefault();
      return;
    }
    const api = this.#api;
    const dialog = this.generateDialog;
    const outcome = await this.#generate.run(async (signal) =>
      parseGeneratedAccessKey(await api.generateKey(event.input, { signal })),
    );
    if (!outcome) return;
    if (!outcome.ok) {
      if (outcome.error instanceof AccessKeyLimitError) {
        await dialog.close('cancel');
        this.#showLimit();
        void this.refresh();
      } else {
        dialog.busy = false;
        dialog.error = this.msg.genericError(this.resolvedProductName);
        this.#fail('generate', outcome.error);
      }
      return;
    }
    const generated = outcome.value;
    const metadata = withoutSecret(generated);
    this.#revealed = metadata;
    await dialog.close('confirm');
    this.revealDialog.show(generated);
    this.dispatchEvent(new AccessKeyGeneratedEvent(metadata));
  }

  // Cancel while generating aborts the request; the dialog has already kept nothing.
  #handleGenerateClose(event: DialogCloseEvent): void {
    if (event.reason === 'cancel') this.#generate.abort();
  }

  #handleRevealClose(): void {
    const key = this.#revealed;
    this.#revealed = undefined;
    if (!key) return;
    if (!this.keys.some((existing) => existing.id === key.id)) this.keys = [key, ...this.keys];
    this.#announce(this.msg.keyAdded(key.name));
  }

  #handleBarRemove(event: AccessKeyBarRemoveEvent): void {
    this.removeDialog.show(event.key);
  }

  async #handleRemoveRequest(event: RemoveKeyRequestEvent): Promise<void> {
    if (this.#remove.pending) {
      event.preventDefault();
      return;
    }
    const api = this.#api;
    const key = event.key;
    const dialog = this.removeDialog;
    const outcome = await this.#remove.run((signal) => api.removeKey(key.id, { signal }));
    if (!outcome) return;
    if (outcome.ok) {
      await this.#afterRemoval(key);
      this.#announce(this.msg.keyRemoved(key.name));
      this.dispatchEvent(new AccessKeyRemovedEvent(key));
    } else if (outcome.error instanceof AccessKeyNotFoundError) {
      // Already gone (removed elsewhere): nothing to tell the user; show the truth.
      await this.#afterRemoval(key);
      void this.refresh();
    } else {
      dialog.busy = false;
      dialog.error = this.msg.genericError(this.resolvedProductName);
      this.#fail('remove', outcome.error);
    }
  }

  // The removed bar's place goes to the next bar (or the previous, or "+ Access key"), so focus is never lost.
  async #afterRemoval(key: AccessKey): Promise<void> {
    const index = this.keys.findIndex((existing) => existing.id === key.id);
    if (index >= 0) this.keys = this.keys.filter((existing) => existing.id !== key.id);
    await this.updateComplete;
    await this.removeDialog.close('confirm');
    const bars = this.renderRoot.querySelectorAll<AccessKeyBarElement>('access-key-bar');
    const next = bars[Math.min(Math.max(index, 0), bars.length - 1)];
    if (next) next.focus();
    else this.addButton.focus();
  }

  // Cancel while removing aborts the request; the backend may have removed the key anyway, so reload the truth.
  #handleRemoveClose(event: DialogCloseEvent): void {
    if (event.reason !== 'cancel' || !this.#remove.pending) return;
    this.#remove.abort();
    void this.refresh();
  }
}
