import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { accessKeyContext } from '../api/context.js';
import { AccessKeyLimitError, AccessKeyNotFoundError } from '../api/errors.js';
import { MemoryAccessKeyApi } from '../api/memory-api.js';
import type { AccessKey, AccessKeyApi, AccessKeyOperation } from '../api/types.js';
import { parseAccessKeyList, parseGeneratedAccessKey, withoutSecret } from '../api/validate.js';
import { accessKeyBarParts, type AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import {
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
  type AccessKeyActionRequestEvent,
  type AccessKeyDialogClosedEvent,
  type AccessKeyGenerateRequestEvent,
  type AccessKeyRemoveRequestEvent,
} from '../events.js';
import { generateKeyDialogParts, type GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import { isolate } from '../internal/bidi.js';
import { describeError, devMode, devWarn } from '../internal/dev.js';
import { AccessKeyElementBase } from '../internal/element-base.js';
import { LatestCall } from '../internal/latest-call.js';
import type { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';
import { buttonStyles, tokens } from '../internal/theme.styles.js';
import { keyLimitDialogParts, type KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import { removeKeyDialogParts, type RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import { revealKeyDialogParts, type RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';
import { styles } from './access-key-section.styles.js';

type LoadState = 'loading' | 'loaded' | 'error';

const defaultLimit = 10;

/** `exportparts` that re-exposes a nested element's parts as `<prefix>-<part>`, so hosts style them with ::part(). */
function exportParts(prefix: string, parts: readonly string[]): string {
  return parts.map((part) => `${part}:${prefix}-${part}`).join(', ');
}

const barParts = exportParts('bar', accessKeyBarParts);
const generateParts = exportParts('generate', generateKeyDialogParts);
const revealParts = exportParts('reveal', revealKeyDialogParts);
const removeParts = exportParts('remove', removeKeyDialogParts);
const limitParts = exportParts('limit', keyLimitDialogParts);

/** The section's own parts, besides the re-exported ones of the elements inside it. */
export const accessKeySectionParts = [
  'base',
  'heading',
  'description',
  'add-button',
  'loading',
  'empty',
  'list-error',
  'retry-button',
  'list-heading',
  'count',
  'list',
  'refreshing',
] as const;

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
 * @attr {number} limit - How many keys a user may have (default: the provider's, else 10); the backend is the authority.
 * @attr {number} heading-level - The level of the "Access key" heading, 1–6 (default 2); "Your keys" is one below.
 * @attr {string} time-zone - IANA time zone for dates and the expiry pick; empty = the user's.
 *
 * @event {AccessKeyGeneratedEvent} access-key-generated - A key was generated (`key`: metadata only, never the secret).
 * @event {AccessKeyRemovedEvent} access-key-removed - The user removed a key (`key`).
 * @event {AccessKeyCopiedEvent} access-key-copied - The user copied a new key's secret (`key`: metadata only).
 * @event {AccessKeyLimitReachedEvent} access-key-limit-reached - The user tried to add a key at the limit, or the
 *   backend refused one for it (`limit`).
 * @event {AccessKeyErrorEvent} access-key-error - An operation failed (`operation`, `error`); the UI shows it.
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

  /**
   * The keys shown, newest first. Set it to show a list before the adapter answers (server-side rendering, or keys the
   * page already has); the section then replaces it with what the adapter lists and keeps it current.
   */
  @property({ attribute: false }) keys: AccessKey[] = [];

  @state() private loadState: LoadState = 'loading';
  @state() private announcement = '';

  @query('generate-key-dialog') private generateDialog!: GenerateKeyDialogElement;
  @query('reveal-key-dialog') private revealDialog!: RevealKeyDialogElement;
  @query('remove-key-dialog') private removeDialog!: RemoveKeyDialogElement;
  @query('key-limit-dialog') private limitDialog!: KeyLimitDialogElement;
  @query('[part="add-button"]') private addButton!: HTMLButtonElement;

  #provider = new ContextProvider(this, { context: accessKeyContext });
  #fallbackApi?: MemoryAccessKeyApi;
  #load = new LatestCall();
  #generate = new LatestCall();
  #remove = new LatestCall();
  /** The key just generated, without its secret, until the reveal dialog closes. */
  #revealed?: AccessKey;
  #loadedApi?: AccessKeyApi;

  override connectedCallback(): void {
    super.connectedCallback();
    // React 18 (and any framework that sets attributes) hands an object over as "[object Object]": the section would
    // quietly run on its own empty adapter, so say why.
    if (devMode && this.hasAttribute('api')) {
      devWarn(
        '<access-key-section> got `api` as an attribute, which cannot carry an adapter, and uses its in-memory one ' +
          'instead. Set the `api` property (in React 18, use AccessKeySection from "access-key-elements/react").',
      );
    }
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

  /** Opens "Generate access key", or the limit dialog when the user already has `limit` keys: "+ Access key". */
  showGenerateDialog(): void {
    if (this.keys.length >= this.#limit) {
      this.#showLimit();
    } else {
      this.generateDialog.show();
    }
  }

  protected override render(): unknown {
    const msg = this.msg;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" class="section" aria-labelledby="heading">
        <div class="header">
          <div id="heading" part="heading" class="heading text" role="heading" aria-level=${level}>
            ${msg.sectionHeading}
          </div>
          <button part="add-button" class="button primary" dir="auto" @click=${this.showGenerateDialog}>
            ${msg.addKey}
          </button>
          <p part="description" class="description">
            ${msg.sectionDescription({ productName: this.resolvedProductName })}
          </p>
        </div>
        ${this.#renderBody(level)}
        <div class="visually-hidden text" role="status">${this.announcement}</div>
      </section>
      <generate-key-dialog
        exportparts=${generateParts}
        time-zone=${this.timeZone}
        @access-key-generate-request=${this.#handleGenerateRequest}
        @access-key-dialog-closed=${this.#handleGenerateClosed}
      ></generate-key-dialog>
      <reveal-key-dialog
        exportparts=${revealParts}
        @access-key-dialog-closed=${this.#handleRevealClosed}
      ></reveal-key-dialog>
      <remove-key-dialog
        exportparts=${removeParts}
        @access-key-remove-request=${this.#handleRemoveRequest}
        @access-key-dialog-closed=${this.#handleRemoveClosed}
      ></remove-key-dialog>
      <key-limit-dialog exportparts=${limitParts}></key-limit-dialog>`;
  }

  #renderBody(level: number) {
    const msg = this.msg;
    const error =
      this.loadState === 'error'
        ? html`<div part="list-error" class="panel list-error" role="alert">
            <p>${msg.listError} ${this.genericError}</p>
            <button part="retry-button" class="button" dir="auto" @click=${this.refresh}>${msg.retry}</button>
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
        <div id="list-heading" part="list-heading" class="list-heading text" role="heading" aria-level=${Math.min(6, level + 1)}>
          ${msg.listHeading}
        </div>
        <span id="count" part="count" class="count text">${msg.keyCount({ count: this.keys.length, limit: this.#limit })}</span>
        ${this.loadState === 'loading'
          ? html`<span part="refreshing" class="count text" role="status">${msg.loading}</span>`
          : nothing}
      </div>
      <ul
        part="list"
        class="list"
        aria-labelledby="list-heading"
        aria-describedby="count"
        aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
        @access-key-action-request=${this.#handleBarAction}
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
    /** @ignore */
    this.dispatchEvent(new AccessKeyLimitReachedEvent(this.#limit));
  }

  #fail(operation: AccessKeyOperation, error: unknown): void {
    if (devMode) devWarn(`${operation} failed, so the section shows its generic error. ${describeError(error)}`);
    /** @ignore */
    this.dispatchEvent(new AccessKeyErrorEvent(operation, error));
  }

  #announce(text: string): void {
    this.announcement = text;
  }

  /**
   * The one path of every request a dialog makes (generate, remove, …): a second request while one runs is refused;
   * the adapter call runs as the latest of its kind; a failure is first offered to `recover` (the errors the elements
   * understand: the limit, a key that is gone) and otherwise shown in the dialog as the generic error, keeping what the
   * user entered, and reported with `access-key-error`. Resolves with the value on success, else `undefined`.
   */
  async #act<T>(
    event: Event,
    dialog: AccessKeyRequestDialogBase,
    call: LatestCall,
    operation: AccessKeyOperation,
    run: (api: AccessKeyApi, signal: AbortSignal) => Promise<T>,
    recover: (error: unknown) => Promise<boolean> = async () => false,
  ): Promise<{ value: T } | undefined> {
    if (call.pending) {
      event.preventDefault();
      return undefined;
    }
    const api = this.#api;
    const outcome = await call.run((signal) => run(api, signal));
    if (!outcome) return undefined;
    if (outcome.ok) return { value: outcome.value };
    if (await recover(outcome.error)) return undefined;
    dialog.showError(this.genericError);
    this.#fail(operation, outcome.error);
    return undefined;
  }

  async #handleGenerateRequest(event: AccessKeyGenerateRequestEvent): Promise<void> {
    const dialog = this.generateDialog;
    const done = await this.#act(
      event,
      dialog,
      this.#generate,
      'generate',
      async (api, signal) => parseGeneratedAccessKey(await api.generateKey(event.input, { signal })),
      async (error) => {
        if (!(error instanceof AccessKeyLimitError)) return false;
        await dialog.close('cancel');
        this.#showLimit();
        void this.refresh();
        return true;
      },
    );
    if (!done) return;
    const generated = done.value;
    const metadata = withoutSecret(generated);
    this.#revealed = metadata;
    await dialog.close('confirm');
    this.revealDialog.show(generated);
    /** @ignore */
    this.dispatchEvent(new AccessKeyGeneratedEvent(metadata));
  }

  // Closing while generating aborts the request; the dialog has already kept nothing.
  #handleGenerateClosed(event: AccessKeyDialogClosedEvent): void {
    if (event.reason !== 'confirm') this.#generate.abort();
  }

  #handleRevealClosed(): void {
    const key = this.#revealed;
    this.#revealed = undefined;
    if (!key) return;
    if (!this.keys.some((existing) => existing.id === key.id)) this.keys = [key, ...this.keys];
    this.#announce(this.msg.keyAdded({ name: isolate(key.name) }));
  }

  #handleBarAction(event: AccessKeyActionRequestEvent): void {
    if (event.action === 'remove') this.removeDialog.show(event.key);
  }

  async #handleRemoveRequest(event: AccessKeyRemoveRequestEvent): Promise<void> {
    const key = event.key;
    const done = await this.#act(
      event,
      this.removeDialog,
      this.#remove,
      'remove',
      (api, signal) => api.removeKey(key.id, { signal }),
      async (error) => {
        if (!(error instanceof AccessKeyNotFoundError)) return false;
        // Already gone (removed elsewhere): nothing to tell the user; show the truth.
        await this.#afterRemoval(key);
        void this.refresh();
        return true;
      },
    );
    if (!done) return;
    await this.#afterRemoval(key);
    this.#announce(this.msg.keyRemoved({ name: isolate(key.name) }));
    /** @ignore */
    this.dispatchEvent(new AccessKeyRemovedEvent(key));
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

  // Closing while removing aborts the request; the backend may have removed the key anyway, so reload the truth.
  #handleRemoveClosed(event: AccessKeyDialogClosedEvent): void {
    if (event.reason === 'confirm' || !this.#remove.pending) return;
    this.#remove.abort();
    void this.refresh();
  }
}
