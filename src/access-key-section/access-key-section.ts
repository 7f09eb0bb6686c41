import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { accessKeyContext } from '../api/context.js';
import { AccessKeyLimitError, AccessKeyNotFoundError, isAbortError } from '../api/errors.js';
import { MemoryAccessKeyApi } from '../api/memory-api.js';
import type { AccessKey, AccessKeyApi, AccessKeyOperation, GeneratedAccessKey } from '../api/types.js';
import { parseAccessKey, parseAccessKeyList, parseGeneratedAccessKey, withoutSecret } from '../api/validate.js';
import { EXPIRY_PRESETS, GRACE_HOURS } from '../domain/expiry.js';
import {
  KEY_SORT_ORDERS,
  KEY_STATE_FILTERS,
  queryKeys,
  type KeySortOrder,
  type KeyStateFilter,
} from '../domain/key-list.js';
import { EXPIRES_SOON_DAYS, keyStatus } from '../domain/status.js';
import type { AccessKeySettings } from '../api/context.js';
import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import {
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRegeneratedEvent,
  AccessKeyRemovedEvent,
  AccessKeyRenamedEvent,
  type AccessKeyAction,
  type AccessKeyActionRequestEvent,
  type AccessKeyDialogClosedEvent,
  type AccessKeyGenerateRequestEvent,
  type AccessKeyRegenerateRequestEvent,
  type AccessKeyRemoveExpiredRequestEvent,
  type AccessKeyRemoveRequestEvent,
  type AccessKeyRenameRequestEvent,
} from '../events.js';
import { isolate } from '../internal/bidi.js';
import { describeError, devMode, devWarn } from '../internal/dev.js';
import { AccessKeyElementBase } from '../internal/element-base.js';
import { sortOrderLabels, stateFilterLabels } from '../locales/choices.js';
import { LatestCall } from '../internal/latest-call.js';
import {
  accessKeyBarParts,
  generateKeyDialogParts,
  keyLimitDialogParts,
  regenerateKeyDialogParts,
  removeExpiredKeysDialogParts,
  removeKeyDialogParts,
  renameKeyDialogParts,
  revealKeyDialogParts,
  sectionDialogTags as dialogTags,
} from '../internal/parts.js';
import type { AccessKeyRequestDialogBase } from '../internal/request-dialog.js';
import { buttonStyles, fieldStyles, tokens } from '../internal/theme.styles.js';
import { styles } from './access-key-section.styles.js';

type LoadState = 'loading' | 'loaded' | 'error';

const defaultLimit = 10;
const searchDelay = 200;

type DialogKind = keyof typeof dialogTags;
type DialogElement<K extends DialogKind> = HTMLElementTagNameMap[(typeof dialogTags)[K]];

/** Whether two plain objects hold the same values, key by key. */
function shallowEqual(a: object, b: object): boolean {
  const aKeys = Object.keys(a);
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/**
 * The keys as listed, with each unchanged key kept as the object the section already had, so its bar does not render
 * again; the previous array itself when nothing changed at all.
 */
function keepUnchanged(previous: AccessKey[], next: AccessKey[]): AccessKey[] {
  const known = new Map(previous.map((key) => [key.id, key]));
  let same = previous.length === next.length;
  const merged = next.map((key, index) => {
    const old = known.get(key.id);
    const kept = old && shallowEqual(old, key) ? old : key;
    same &&= kept === previous[index];
    return kept;
  });
  return same ? previous : merged;
}

/** `exportparts` that re-exposes a nested element's parts as `<prefix>-<part>`, so hosts style them with ::part(). */
function exportParts(prefix: string, parts: readonly string[]): string {
  return parts.map((part) => `${part}:${prefix}-${part}`).join(', ');
}

const barParts = exportParts('bar', accessKeyBarParts);
const generateParts = exportParts('generate', generateKeyDialogParts);
const revealParts = exportParts('reveal', revealKeyDialogParts);
const removeParts = exportParts('remove', removeKeyDialogParts);
const limitParts = exportParts('limit', keyLimitDialogParts);
const regenerateParts = exportParts('regenerate', regenerateKeyDialogParts);
const renameParts = exportParts('rename', renameKeyDialogParts);
const removeExpiredParts = exportParts('remove-expired', removeExpiredKeysDialogParts);

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
  'remove-expired-button',
  'list',
  'refreshing',
  'toolbar',
  'search-input',
  'status-filter',
  'sort-select',
  'shown',
  'no-results',
  'clear-search-button',
  'show-more-button',
] as const;

/**
 * The whole "Access key" section of the specification: heading, "+ Access key", the empty state, "Your keys" with one
 * bar per key, and the flows to generate (with the one-time reveal), remove, and meet the limit; beyond the seed, to
 * regenerate a key with a grace period for its old secret and to rename it (each offered only when the adapter has
 * `regenerateKey` / `renameKey`), and to remove every expired key at once. It hands its adapter
 * and settings to the elements inside it through `accessKeyContext`.
 *
 * Without an `api` (and no provider above it) it runs on an empty in-memory adapter, so it works as dropped in.
 *
 * With more keys than `search-threshold` (default 10) the list gets a search box, a status filter and a sort, and
 * shows `page-size` keys (default 50) at a time with "Show more". The dialogs are rendered the first time they open.
 *
 * @tag access-key-section
 * @summary Manage API access keys: generate, see once, copy, list and remove.
 *
 * @attr {number} limit - How many keys a user may have (default: the provider's, else 10); the backend is the authority.
 * @attr {number} heading-level - The level of the "Access key" heading, 1–6 (default 2); "Your keys" is one below.
 * @attr {string} time-zone - IANA time zone for dates and the expiry pick; empty = the user's.
 * @attr {number} max-lifetime-days - The longest a key may be valid, in days; unset = no limit (and "No expiry").
 * @attr {string} default-expiry - Valid till's first choice when generating: `none` (default), days (`30`), `custom`.
 * @attr {number} expires-soon-days - Days before expiry from which a key shows "Expires soon" (default 7).
 * @attr {number} search-threshold - With more keys than this, the list offers search, filter and sort (default 10).
 * @attr {number} page-size - Keys shown at a time above the threshold, with "Show more" (default 50; 0 = all).
 *
 * @event {AccessKeyGeneratedEvent} access-key-generated - A key was generated (`key`: metadata only, never the secret).
 * @event {AccessKeyRegeneratedEvent} access-key-regenerated - A key got a new secret (`key`: metadata only).
 * @event {AccessKeyRenamedEvent} access-key-renamed - A key was renamed (`key`, `previousName`).
 * @event {AccessKeyRemovedEvent} access-key-removed - The user removed a key (`key`); one event per key when the expired
 *   keys are removed together.
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
 * @csspart remove-expired-button - "Remove expired keys (N)", when two or more keys have expired.
 * @csspart list - The list of bars.
 * @csspart refreshing - "Loading your keys…" while a reload runs with keys shown.
 * @csspart toolbar - Search, status filter and sort, above a long list.
 * @csspart search-input - The search box.
 * @csspart status-filter - The status filter (All, Active, Expires soon, Expired).
 * @csspart sort-select - The sort order.
 * @csspart shown - "N of M shown", while a search, filter or page hides keys.
 * @csspart no-results - "No keys match your search." with Clear search.
 * @csspart clear-search-button - Clear search.
 * @csspart show-more-button - "Show 50 more", under a paged list.
 * @csspart bar-* - Each bar's parts, re-exported (`bar-status`, `bar-name`, `bar-remove-button`, …).
 * @csspart generate-* - The generate dialog's parts (`generate-dialog`, `generate-name-input`, …).
 * @csspart reveal-* - The reveal dialog's parts (`reveal-secret`, `reveal-copy-button`, …).
 * @csspart remove-* - The remove dialog's parts (`remove-confirm-button`, …).
 * @csspart limit-* - The limit dialog's parts (`limit-dialog`, `limit-close-button`, …).
 * @csspart regenerate-* - The regenerate dialog's parts (`regenerate-grace-select`, …).
 * @csspart rename-* - The rename dialog's parts (`rename-name-input`, …).
 * @csspart remove-expired-* - The dialog that removes the expired keys (`remove-expired-confirm-button`, …).
 */
export class AccessKeySectionElement extends AccessKeyElementBase {
  static override styles = [tokens, buttonStyles, fieldStyles, styles];
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    expiryPresets: { attribute: false },
    maxLifetimeDays: { type: Number, attribute: 'max-lifetime-days' },
    defaultExpiry: { attribute: 'default-expiry' },
    graceHours: { attribute: false },
    expiresSoonDays: { type: Number, attribute: 'expires-soon-days' },
    keys: { attribute: false },
    searchThreshold: { type: Number, attribute: 'search-threshold' },
    pageSize: { type: Number, attribute: 'page-size' },
    loadState: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    query: { state: true, attribute: false },
    stateFilter: { state: true, attribute: false },
    sortOrder: { state: true, attribute: false },
    pages: { state: true, attribute: false },
  };

  /** The backend. Default: the one an ancestor provides, else an empty in-memory adapter. */
  api?: AccessKeyApi;

  /** How many keys (active and expired together) a user may have; unset = the provider's, else 10. The backend is the authority. */
  limit?: number;

  /** The level of the "Access key" heading (1–6); "Your keys" is one below. */
  headingLevel = 2;

  /** IANA time zone for dates and the expiry pick; empty = the user's. */
  timeZone = '';

  /** The presets of Valid till when generating or regenerating, in days. */
  expiryPresets: readonly number[] = EXPIRY_PRESETS;

  /** The longest a key may be valid, in days: "No expiry" and longer presets are not offered. Unset = no limit. */
  maxLifetimeDays: number | null = null;

  /** Valid till's first choice when generating: `'none'` (the seed's), a number of days (`'30'`), or `'custom'`. */
  defaultExpiry = 'none';

  /** When the old secret of a regenerated key may stop, in hours from now (0 = at once). */
  graceHours: readonly number[] = GRACE_HOURS;

  /** How many days before its expiry a key shows "Expires soon". */
  expiresSoonDays: number = EXPIRES_SOON_DAYS;

  /**
   * The keys shown, newest first. Set it to show a list before the adapter answers (server-side rendering, or keys the
   * page already has); the section then replaces it with what the adapter lists and keeps it current.
   */
  keys: AccessKey[] = [];

  /** With more keys than this, the list offers search, a status filter and a sort, and pages. */
  searchThreshold = 10;

  /** How many keys a long list shows at a time ("Show more" adds as many); 0 shows them all. */
  pageSize = 50;

  private loadState: LoadState = 'loading';
  private announcement = '';
  private query = '';
  private stateFilter: KeyStateFilter = 'all';
  private sortOrder: KeySortOrder = 'newest';
  private pages = 1;

  /** The dialog of `kind`, once it has opened (see {@link #open}). */
  #dialog<K extends DialogKind>(kind: K): DialogElement<K> {
    return this.renderRoot.querySelector(dialogTags[kind]) as DialogElement<K>;
  }
  private get addButton(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="add-button"]')!;
  }
  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  #provider = new ContextProvider(this, { context: accessKeyContext });
  #fallbackApi?: MemoryAccessKeyApi;
  #load = new LatestCall();
  #generate = new LatestCall();
  #remove = new LatestCall();
  #regenerate = new LatestCall();
  #rename = new LatestCall();
  #removeExpired = new LatestCall();
  /** The key just generated or regenerated, without its secret, until the reveal dialog closes. */
  #revealed?: { key: AccessKey; regenerated: boolean };
  #loadedApi?: AccessKeyApi;
  /** The dialogs rendered so far: each from the first time it opens. */
  #rendered = new Set<DialogKind>();
  /** What the provider last handed out; a new object only when a setting changed, so consumers render only then. */
  #context?: AccessKeySettings;
  #actionsFor?: { api: AccessKeyApi; actions: AccessKeyAction[] };
  #view?: { inputs: unknown[]; keys: AccessKey[] };
  #searchTimer?: ReturnType<typeof setTimeout>;

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
    for (const call of [this.#load, this.#generate, this.#remove, this.#regenerate, this.#rename, this.#removeExpired]) {
      call.abort();
    }
    clearTimeout(this.#searchTimer);
    this.#loadedApi = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value: AccessKeySettings = {
      api: this.#api,
      limit: this.#limit,
      productName: this.resolvedProductName,
      messages: { ...this.settings?.messages, ...this.messages },
      locale: this.locale || this.settings?.locale || '',
    };
    // A list that became short again shows every key: no search or filter the user can no longer see applies.
    if (!this.#long) {
      this.query = '';
      this.stateFilter = 'all';
      this.pages = 1;
    }
    const previous = this.#context;
    const unchanged =
      previous &&
      shallowEqual({ ...previous, messages: 0 }, { ...value, messages: 0 }) &&
      shallowEqual(previous.messages, value.messages);
    if (!unchanged) this.#provider.setValue((this.#context = value));
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
      this.keys = keepUnchanged(this.keys, outcome.value);
      this.loadState = 'loaded';
    } else {
      this.loadState = 'error';
      this.#fail('list', outcome.error);
    }
  }

  /**
   * Opens "Generate access key", or the limit dialog when the user already has `limit` keys: "+ Access key". Resolves
   * when the dialog is open, with focus in it.
   */
  async showGenerateDialog(): Promise<void> {
    if (this.keys.length >= this.#limit) await this.#showLimit();
    else await this.#show('generate');
  }

  /**
   * Renders the dialog of `kind` if it has not opened before (its shadow root, styles and template are made then, not
   * with the list), and resolves with it once it has rendered.
   */
  async #open<K extends DialogKind>(kind: K): Promise<DialogElement<K>> {
    if (!this.#rendered.has(kind)) {
      this.#rendered.add(kind);
      this.requestUpdate();
      await this.updateComplete;
    }
    return this.#dialog(kind);
  }

  /** Opens the dialog of `kind` with `show(...args)`; resolves when it is open, focus in it. */
  async #show<K extends DialogKind>(kind: K, ...args: Parameters<DialogElement<K>['show']>): Promise<void> {
    const dialog = await this.#open(kind);
    (dialog.show as (...values: typeof args) => void)(...args);
    await dialog.updateComplete;
  }

  protected override render(): unknown {
    const msg = this.msg;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const rendered = this.#rendered;
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
      ${rendered.has('generate')
        ? html`<generate-key-dialog
            exportparts=${generateParts}
            time-zone=${this.timeZone}
            default-expiry=${this.defaultExpiry}
            .expiryPresets=${this.expiryPresets}
            .maxLifetimeDays=${this.maxLifetimeDays}
            @access-key-generate-request=${this.#handleGenerateRequest}
            @access-key-dialog-closed=${this.#handleGenerateClosed}
          ></generate-key-dialog>`
        : nothing}
      ${rendered.has('reveal')
        ? html`<reveal-key-dialog
            exportparts=${revealParts}
            @access-key-dialog-closed=${this.#handleRevealClosed}
          ></reveal-key-dialog>`
        : nothing}
      ${rendered.has('remove')
        ? html`<remove-key-dialog
            exportparts=${removeParts}
            @access-key-remove-request=${this.#handleRemoveRequest}
            @access-key-dialog-closed=${this.#handleRemoveClosed}
          ></remove-key-dialog>`
        : nothing}
      ${rendered.has('limit') ? html`<key-limit-dialog exportparts=${limitParts}></key-limit-dialog>` : nothing}
      ${rendered.has('regenerate')
        ? html`<regenerate-key-dialog
            exportparts=${regenerateParts}
            time-zone=${this.timeZone}
            .expiryPresets=${this.expiryPresets}
            .maxLifetimeDays=${this.maxLifetimeDays}
            .graceHours=${this.graceHours}
            @access-key-regenerate-request=${this.#handleRegenerateRequest}
            @access-key-dialog-closed=${this.#handleRegenerateClosed}
          ></regenerate-key-dialog>`
        : nothing}
      ${rendered.has('rename')
        ? html`<rename-key-dialog
            exportparts=${renameParts}
            @access-key-rename-request=${this.#handleRenameRequest}
            @access-key-dialog-closed=${this.#handleRenameClosed}
          ></rename-key-dialog>`
        : nothing}
      ${rendered.has('remove-expired')
        ? html`<remove-expired-keys-dialog
            exportparts=${removeExpiredParts}
            @access-key-remove-expired-request=${this.#handleRemoveExpiredRequest}
            @access-key-dialog-closed=${this.#handleRemoveExpiredClosed}
          ></remove-expired-keys-dialog>`
        : nothing}`;
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
        return html`<div part="loading" class="panel loading" role="status" aria-busy="true">
          <p>${msg.loading}</p>
          <div class="skeleton" aria-hidden="true"></div>
          <div class="skeleton" aria-hidden="true"></div>
        </div>`;
      }
      if (this.loadState === 'error') return error;
      return html`<div part="empty" class="panel empty"><p>${msg.emptyState}</p></div>`;
    }
    const now = new Date();
    const expired = this.keys.filter((key) => keyStatus(key.expiresAt, now) === 'expired');
    const actions = this.#actions;
    const long = this.#long;
    const matching = this.#matching(now);
    const shown = long && this.pageSize > 0 ? matching.slice(0, this.pages * this.pageSize) : matching;
    const total = this.keys.length;
    return html`${error}
      <div class="list-header">
        <div id="list-heading" part="list-heading" class="list-heading text" role="heading" aria-level=${Math.min(6, level + 1)}>
          ${msg.listHeading}
        </div>
        <span id="count" part="count" class="count text">${msg.keyCount({ count: total, limit: this.#limit })}</span>
        ${this.loadState === 'loading'
          ? html`<span part="refreshing" class="count text" role="status">${msg.loading}</span>`
          : nothing}
        ${expired.length >= 2
          ? html`<button
              part="remove-expired-button"
              class="button quiet danger remove-expired"
              dir="auto"
              @click=${() => this.#show('remove-expired', expired)}
            >
              ${msg.removeExpired({ count: expired.length })}
            </button>`
          : nothing}
      </div>
      ${long ? this.#renderToolbar(shown.length, total) : nothing}
      ${shown.length === 0
        ? html`<div part="no-results" class="panel empty">
            <p>${msg.noMatches}</p>
            <button part="clear-search-button" class="button" dir="auto" @click=${this.#clearSearch}>
              ${msg.clearSearch}
            </button>
          </div>`
        : html`<ul
            id="list"
            part="list"
            class="list"
            aria-labelledby="list-heading"
            aria-describedby=${long ? 'count shown' : 'count'}
            aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}
            @access-key-action-request=${this.#handleBarAction}
          >
            ${repeat(
              shown,
              (key) => key.id,
              (key) =>
                html`<li>
                  <access-key-bar
                    .key=${key}
                    .actions=${actions}
                    .expiresSoonDays=${this.expiresSoonDays}
                    time-zone=${this.timeZone}
                    exportparts=${barParts}
                  ></access-key-bar>
                </li>`,
            )}
          </ul>`}
      ${shown.length < matching.length
        ? html`<button part="show-more-button" class="button show-more" dir="auto" @click=${this.#showMore}>
            ${msg.showMore({ count: Math.min(this.pageSize, matching.length - shown.length) })}
          </button>`
        : nothing}`;
  }

  /** Search, status filter and sort over a long list, and how many of its keys it shows. */
  #renderToolbar(shown: number, total: number) {
    const msg = this.msg;
    const stateLabels = stateFilterLabels(msg);
    const sortLabels = sortOrderLabels(msg);
    return html`<div part="toolbar" class="toolbar" role="search" aria-label=${msg.searchLabel}>
      <div class="field search">
        <label for="search">${msg.searchLabel}</label>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          @input=${this.#handleSearchInput}
          @change=${this.#applySearch}
        />
      </div>
      <div class="field">
        <label for="status-filter">${msg.statusFilterLabel}</label>
        <select id="status-filter" part="status-filter" @change=${this.#handleFilterChange}>
          ${KEY_STATE_FILTERS.map(
            (state) => html`<option value=${state} ?selected=${state === this.stateFilter}>${stateLabels[state]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort">${msg.sortLabel}</label>
        <select id="sort" part="sort-select" @change=${this.#handleSortChange}>
          ${KEY_SORT_ORDERS.map(
            (order) => html`<option value=${order} ?selected=${order === this.sortOrder}>${sortLabels[order]}</option>`,
          )}
        </select>
      </div>
      ${shown < total
        ? html`<span id="shown" part="shown" class="count text shown">${msg.keysShown({ shown, total })}</span>`
        : nothing}
    </div>`;
  }

  /** More keys than the threshold: the list offers search, filter and sort, and pages. */
  get #long(): boolean {
    return this.keys.length > this.searchThreshold;
  }

  /** The keys the search, filter and sort leave (every key, as listed, in a short list); computed once per change. */
  #matching(now: Date): AccessKey[] {
    if (!this.#long) return this.keys;
    const filtering = this.stateFilter !== 'all';
    const inputs = [this.keys, this.query, this.stateFilter, this.sortOrder, this.resolvedLocale, this.expiresSoonDays];
    // A status filter depends on the time as well; the rest only on what is listed and chosen.
    if (!filtering && this.#view && inputs.every((input, index) => Object.is(input, this.#view!.inputs[index]))) {
      return this.#view.keys;
    }
    const keys = queryKeys(this.keys, {
      text: this.query,
      state: this.stateFilter,
      order: this.sortOrder,
      now,
      soonDays: this.expiresSoonDays,
      collator: new Intl.Collator(this.resolvedLocale || undefined, { sensitivity: 'base', numeric: true }),
    });
    this.#view = { inputs, keys };
    return keys;
  }

  // Typing searches once the user pauses; Enter (or leaving the box) searches at once.
  #handleSearchInput(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), searchDelay);
  }

  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    const query = this.searchInput?.value ?? '';
    if (query === this.query) return;
    this.query = query;
    this.#listChanged();
  }

  #handleFilterChange(event: Event): void {
    this.stateFilter = (event.target as HTMLSelectElement).value as KeyStateFilter;
    this.#listChanged();
  }

  #handleSortChange(event: Event): void {
    this.sortOrder = (event.target as HTMLSelectElement).value as KeySortOrder;
    this.#listChanged();
  }

  /** A new search, filter or sort starts from the first page and says what it found. */
  #listChanged(): void {
    this.pages = 1;
    const shown = this.#matching(new Date()).length;
    const visible = this.pageSize > 0 ? Math.min(shown, this.pageSize) : shown;
    this.#announce(shown === 0 ? this.msg.noMatches : this.msg.keysShown({ shown: visible, total: this.keys.length }));
  }

  async #clearSearch(): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.query = '';
    this.stateFilter = 'all';
    this.pages = 1;
    this.#announce('');
    await this.updateComplete;
    const input = this.searchInput;
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  // The next page; focus goes to its first key, so a keyboard user carries on from where the list grew.
  async #showMore(): Promise<void> {
    const before = this.#bars().length;
    this.pages += 1;
    await this.updateComplete;
    this.#bars()[before]?.focus();
  }

  #bars(): AccessKeyBarElement[] {
    return [...this.renderRoot.querySelectorAll<AccessKeyBarElement>('access-key-bar')];
  }

  get #limit(): number {
    return this.limit ?? this.settings?.limit ?? defaultLimit;
  }

  // What the adapter can do decides what each bar offers: a three-method adapter gets Remove alone.
  // The same array while the adapter stays, so no bar renders again for it.
  get #actions(): AccessKeyAction[] {
    const api = this.#api;
    if (this.#actionsFor?.api !== api) {
      const actions: AccessKeyAction[] = [];
      if (typeof api.regenerateKey === 'function') actions.push('regenerate');
      if (typeof api.renameKey === 'function') actions.push('rename');
      actions.push('remove');
      this.#actionsFor = { api, actions };
    }
    return this.#actionsFor.actions;
  }

  get #api(): AccessKeyApi {
    return this.api ?? this.settings?.api ?? (this.#fallbackApi ??= new MemoryAccessKeyApi());
  }

  async #showLimit(): Promise<void> {
    await this.#show('limit');
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
    const dialog = this.#dialog('generate');
    const done = await this.#act(
      event,
      dialog,
      this.#generate,
      'generate',
      async (api, signal) => parseGeneratedAccessKey(await api.generateKey(event.input, { signal })),
      async (error) => {
        if (!(error instanceof AccessKeyLimitError)) return false;
        await dialog.close('cancel');
        await this.#showLimit();
        void this.refresh();
        return true;
      },
    );
    if (!done) return;
    const metadata = await this.#reveal(dialog, done.value, false);
    /** @ignore */
    this.dispatchEvent(new AccessKeyGeneratedEvent(metadata));
  }

  /**
   * Closes the request dialog and shows `generated`'s secret once; the list gets the key (without its secret) when the
   * reveal closes. Resolves with that metadata, for the event.
   */
  async #reveal(
    dialog: AccessKeyRequestDialogBase,
    generated: GeneratedAccessKey,
    regenerated: boolean,
  ): Promise<AccessKey> {
    const key = withoutSecret(generated);
    this.#revealed = { key, regenerated };
    await dialog.close('confirm');
    await this.#show('reveal', generated);
    return key;
  }

  // Closing the one-time reveal puts the new key in "Your keys" (a regenerated one in its place).
  #handleRevealClosed(): void {
    const revealed = this.#revealed;
    this.#revealed = undefined;
    if (!revealed) return;
    const { key, regenerated } = revealed;
    if (regenerated) {
      this.#replace(key);
      this.#announce(this.msg.keyRegenerated({ name: isolate(key.name) }));
    } else {
      if (!this.keys.some((existing) => existing.id === key.id)) this.keys = [key, ...this.keys];
      this.#announce(this.msg.keyAdded({ name: isolate(key.name) }));
    }
  }

  #handleBarAction(event: AccessKeyActionRequestEvent): Promise<void> {
    return this.#show(event.action, event.key);
  }

  /** The key in the list with this one's id becomes this one. */
  #replace(key: AccessKey): void {
    this.keys = this.keys.map((existing) => (existing.id === key.id ? key : existing));
  }

  // A key that is gone (removed elsewhere) cannot be regenerated or renamed: close, and show the truth.
  async #whenGone(error: unknown, dialog: { close(reason: 'cancel'): Promise<void> }): Promise<boolean> {
    if (!(error instanceof AccessKeyNotFoundError)) return false;
    await dialog.close('cancel');
    void this.refresh();
    return true;
  }

  async #handleRegenerateRequest(event: AccessKeyRegenerateRequestEvent): Promise<void> {
    const dialog = this.#dialog('regenerate');
    const { key, input } = event;
    const done = await this.#act(
      event,
      dialog,
      this.#regenerate,
      'regenerate',
      async (api, signal) => parseGeneratedAccessKey(await api.regenerateKey!(key.id, input, { signal })),
      (error) => this.#whenGone(error, dialog),
    );
    if (!done) return;
    const metadata = await this.#reveal(dialog, done.value, true);
    /** @ignore */
    this.dispatchEvent(new AccessKeyRegeneratedEvent(metadata));
  }

  async #handleRenameRequest(event: AccessKeyRenameRequestEvent): Promise<void> {
    const dialog = this.#dialog('rename');
    const { key, name } = event;
    const done = await this.#act(
      event,
      dialog,
      this.#rename,
      'rename',
      async (api, signal) => parseAccessKey(await api.renameKey!(key.id, name, { signal })),
      (error) => this.#whenGone(error, dialog),
    );
    if (!done) return;
    this.#replace(done.value);
    await dialog.close('confirm');
    this.#announce(this.msg.keyRenamed({ previous: isolate(key.name), name: isolate(done.value.name) }));
    /** @ignore */
    this.dispatchEvent(new AccessKeyRenamedEvent(done.value, key.name));
  }

  // Closing a dialog while its request runs aborts the request. The backend may have acted anyway (made the key,
  // renamed it, removed some), so the list is reloaded to show the truth.
  #abandonUnlessConfirmed(call: LatestCall) {
    return (event: AccessKeyDialogClosedEvent) => {
      if (event.reason === 'confirm' || !call.pending) return;
      call.abort();
      void this.refresh();
    };
  }
  #handleGenerateClosed = this.#abandonUnlessConfirmed(this.#generate);
  #handleRegenerateClosed = this.#abandonUnlessConfirmed(this.#regenerate);
  #handleRenameClosed = this.#abandonUnlessConfirmed(this.#rename);
  #handleRemoveClosed = this.#abandonUnlessConfirmed(this.#remove);
  #handleRemoveExpiredClosed = this.#abandonUnlessConfirmed(this.#removeExpired);

  /**
   * Removes the expired keys one by one (`removeKey` for each), counting them in the dialog. A key already gone counts
   * as removed. When some fail, the dialog keeps those, says how many were removed, and offers Confirm to retry them.
   */
  async #handleRemoveExpiredRequest(event: AccessKeyRemoveExpiredRequestEvent): Promise<void> {
    const dialog = this.#dialog('remove-expired');
    const total = event.keys.length;
    const done = await this.#act(event, dialog, this.#removeExpired, 'remove', async (api, signal) => {
      const removed: AccessKey[] = [];
      const failed: AccessKey[] = [];
      let lastError: unknown;
      for (const key of event.keys) {
        try {
          await api.removeKey(key.id, { signal });
          removed.push(key);
        } catch (error) {
          if (isAbortError(error)) throw error;
          if (error instanceof AccessKeyNotFoundError) {
            removed.push(key);
          } else {
            failed.push(key);
            lastError = error;
          }
        }
        dialog.removed = removed.length + failed.length;
      }
      return { removed, failed, lastError };
    });
    if (!done) return;
    const { removed, failed, lastError } = done.value;
    const gone = new Set(removed.map((key) => key.id));
    this.keys = this.keys.filter((key) => !gone.has(key.id));
    for (const key of removed) {
      /** @ignore */
      this.dispatchEvent(new AccessKeyRemovedEvent(key));
    }
    if (failed.length > 0) {
      dialog.keys = failed;
      dialog.showError(`${this.msg.removeExpiredPartial({ removed: removed.length, total })} ${this.genericError}`);
      this.#fail('remove', lastError);
      return;
    }
    await this.updateComplete;
    await dialog.close('confirm');
    this.#announce(this.msg.expiredKeysRemoved({ count: removed.length }));
    // Its button is gone with the expired keys: focus goes to the first key, or "+ Access key".
    const first = this.renderRoot.querySelector<AccessKeyBarElement>('access-key-bar');
    if (first) first.focus();
    else this.addButton.focus();
  }

  async #handleRemoveRequest(event: AccessKeyRemoveRequestEvent): Promise<void> {
    const key = event.key;
    const done = await this.#act(
      event,
      this.#dialog('remove'),
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
    const index = this.#bars().findIndex((bar) => bar.key?.id === key.id);
    this.keys = this.keys.filter((existing) => existing.id !== key.id);
    await this.updateComplete;
    await this.#dialog('remove').close('confirm');
    const bars = this.#bars();
    const next = bars[Math.min(Math.max(index, 0), bars.length - 1)];
    if (next) next.focus();
    else this.addButton.focus();
  }
}
