import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessKey } from '../api/types.js';
import { formatDate, formatMoment, formatRelative } from '../domain/format.js';
import { parseAccessKey } from '../api/validate.js';
import { EXPIRES_SOON_DAYS, keyState, nextStateChange, type KeyState } from '../domain/status.js';
import { AccessKeyActionRequestEvent, type AccessKeyAction } from '../events.js';
import { isolate } from '../internal/bidi.js';
import { AccessKeyElementBase } from '../internal/element-base.js';
import { buttonStyles, tokens } from '../internal/theme.styles.js';
import { TooltipController, tooltipStyles } from '../internal/tooltip.js';
import { styles } from './access-key-bar.styles.js';

export { accessKeyBarParts } from '../internal/parts.js';

/** The actions a bar can offer, in the order it shows them. */
const actionOrder: readonly AccessKeyAction[] = ['regenerate', 'rename', 'remove'];

// setTimeout stores its delay in 32 bits; a key expiring further out is re-checked when this much time has passed.
const maxTimerDelay = 2 ** 31 - 1;
const minute = 60_000;

// One observer for every bar's name (a thousand bars, one observer), made on first use in a browser, so the element
// also renders on a server, where there is none.
const measureName = new WeakMap<Element, () => void>();
let nameObserver: ResizeObserver | undefined;
const observeName = () =>
  (nameObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) measureName.get(entry.target)?.();
  }));

/**
 * One access key: its name, its status (Active, Expires soon, Expired), when it was last used (or "Never used"), the
 * visible part of the key, when it was created and when it expires (the time left when that is soon), and Remove.
 *
 * @tag access-key-bar
 * @summary One key of "Your keys". Works alone with `.key`.
 *
 * @attr {string} time-zone - IANA time zone for the dates; empty = the user's.
 * @attr {number} expires-soon-days - Days before expiry from which the key shows "Expires soon" (default 7).
 *
 * @event {AccessKeyActionRequestEvent} access-key-action-request - The user pressed one of the bar's buttons (`action`:
 *   `regenerate`, `rename` or `remove`; `key`): the host opens that action's dialog.
 *
 * @csspart base - The bar.
 * @csspart status - The Active / Expires soon / Expired badge.
 * @csspart last-used - "Last used …" (with the exact moment in a tooltip), or "Never used".
 * @csspart name - The key's name (ellipsis when it does not fit; full name in a tooltip).
 * @csspart visible-part - The masked, non-secret part of the key.
 * @csspart created - The creation date.
 * @csspart expires - "Expires Jan 1, 2027", "Expires in 3 days", "Expired Nov 11, 2026" (exact moment in a tooltip), or
 *   "Never expires".
 * @csspart previous-secret - "Previous secret stops working in 23 hours", while the old secret of a regenerated key still works.
 * @csspart buttons - The bar's buttons, together.
 * @csspart regenerate-button - "Regenerate", when the bar offers it.
 * @csspart rename-button - "Rename", when the bar offers it.
 * @csspart remove-button - The Remove button.
 * @csspart tooltip - Each tooltip.
 */
export class AccessKeyBarElement extends AccessKeyElementBase {
  static override styles = [tokens, buttonStyles, tooltipStyles, styles];
  static override properties: PropertyDeclarations = {
    key: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    actions: { attribute: false },
    expiresSoonDays: { type: Number, attribute: 'expires-soon-days' },
    nameTruncated: { state: true, attribute: false },
  };

  /** The key to show. */
  key: AccessKey | null = null;

  /** IANA time zone for the dates; empty = the user's. */
  timeZone = '';

  /** The buttons the bar offers (`regenerate`, `rename`, `remove`); the section offers those its adapter supports. */
  actions: readonly AccessKeyAction[] = ['remove'];

  /** How many days before its expiry the key shows "Expires soon" and the time left ("Expires in 3 days"). */
  expiresSoonDays: number = EXPIRES_SOON_DAYS;

  private nameTruncated = false;

  private get nameElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.name');
  }

  /** Remove: always offered, always last. */
  private get removeButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[part="remove-button"]');
  }

  #tooltips = new TooltipController(this);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observedName: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    if (this.#observedName) nameObserver?.unobserve(this.#observedName);
    this.#observedName = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('key') || changed.has('expiresSoonDays')) this.#schedule();
    // The observer's first callback measures a newly rendered name; later ones follow width changes.
    const name = this.nameElement;
    if (name !== this.#observedName) {
      if (this.#observedName) observeName().unobserve(this.#observedName);
      this.#observedName = name;
      if (name) {
        measureName.set(name, this.#measureName);
        observeName().observe(name);
      }
    }
  }

  /** Moves focus to the bar's Remove button. */
  override focus(options?: FocusOptions): void {
    const remove = this.removeButton;
    if (remove) remove.focus(options);
    else super.focus(options);
  }

  protected override render(): unknown {
    const key = this.key;
    // Data that breaks the contract is an error upstream; never render "undefined" or "Invalid Date" for it.
    if (!key || !isRenderable(key)) return nothing;
    const msg = this.msg;
    const locale = this.resolvedLocale;
    const zone = this.timeZone || undefined;
    const now = new Date();
    const state = keyState(key.expiresAt, now, this.expiresSoonDays);
    const tips = this.#tooltips;
    const badge = { active: msg.statusActive, 'expires-soon': msg.statusExpiresSoon, expired: msg.statusExpired }[state];
    return html`<div part="base" class="bar" role="group" aria-labelledby="name">
      <div class="main">
        <div class="name-row">
          ${tips.render(
            'name-tip',
            html`<bdi
              id="name"
              part="name"
              class="name"
              tabindex=${ifDefined(this.nameTruncated ? 0 : undefined)}
              aria-describedby=${tips.describedBy('name-tip', this.nameTruncated)}
              >${key.name}</bdi
            >`,
            key.name,
            this.nameTruncated,
          )}
        </div>
        <div class="state">
          <span part="status" class="status ${state}" dir="auto">${badge}</span>
          ${key.lastUsedAt
            ? tips.render(
                'last-used-tip',
                html`<span part="last-used" tabindex="0" aria-describedby="last-used-tip"
                  ><span class="text">${msg.lastUsed}</span>
                  <time datetime=${key.lastUsedAt}>${formatRelative(key.lastUsedAt, now, locale)}</time></span
                >`,
                formatMoment(key.lastUsedAt, locale, zone),
              )
            : html`<span part="last-used"><span class="text">${msg.neverUsed}</span></span>`}
        </div>
        <div class="details">
          <span class="visible-part"
            ><span class="visually-hidden">${msg.visiblePartLabel} </span
            ><span part="visible-part"><span aria-hidden="true">••••</span>${key.visiblePart}</span></span
          >
          <span part="created"
            ><span class="text">${msg.created}</span>
            <time datetime=${key.createdAt}>${formatDate(key.createdAt, locale, zone)}</time></span
          >
          ${key.expiresAt
            ? this.#renderExpiry(key.expiresAt, state, now)
            : html`<span part="expires"><span class="text">${msg.neverExpires}</span></span>`}
        </div>
        ${key.previousSecretExpiresAt && Date.parse(key.previousSecretExpiresAt) > now.getTime()
          ? html`<div class="details previous">
              ${tips.render(
                'previous-secret-tip',
                html`<span part="previous-secret" tabindex="0" aria-describedby="previous-secret-tip"
                  ><span class="text">${msg.previousSecretUntil}</span>
                  <time datetime=${key.previousSecretExpiresAt}
                    >${formatRelative(key.previousSecretExpiresAt, now, locale)}</time
                  ></span
                >`,
                formatMoment(key.previousSecretExpiresAt, locale, zone),
              )}
            </div>`
          : nothing}
      </div>
      <div class="actions" part="buttons">
        ${actionOrder.filter((action) => this.actions.includes(action)).map((action) => this.#renderAction(action, key))}
      </div>
    </div>`;
  }

  #renderAction(action: AccessKeyAction, key: AccessKey) {
    const msg = this.msg;
    const name = isolate(key.name);
    const labels = {
      regenerate: [msg.regenerate, msg.regenerateLabel({ name })],
      rename: [msg.rename, msg.renameLabel({ name })],
      remove: [msg.remove, msg.removeLabel({ name })],
    }[action];
    return html`<button
      part="${action}-button"
      class="button quiet"
      dir="auto"
      aria-label=${labels[1]}
      @click=${() => this.#request(action)}
    >
      ${labels[0]}
    </button>`;
  }

  // "Expires Jan 1, 2027", "Expires in 3 days" (a key expiring soon) or "Expired Nov 11, 2026"; the exact moment in
  // the tooltip.
  #renderExpiry(expiresAt: string, state: KeyState, now: Date) {
    const msg = this.msg;
    const locale = this.resolvedLocale;
    const zone = this.timeZone || undefined;
    const label = { active: msg.expires, 'expires-soon': msg.expiresRelative, expired: msg.expired }[state];
    const when = state === 'expires-soon' ? formatRelative(expiresAt, now, locale) : formatDate(expiresAt, locale, zone);
    return this.#tooltips.render(
      'expires-tip',
      html`<span
        part="expires"
        class=${state === 'expires-soon' ? 'expires-soon-text' : ''}
        tabindex="0"
        aria-describedby="expires-tip"
        ><span class="text">${label}</span> <time datetime=${expiresAt}>${when}</time></span
      >`,
      formatMoment(expiresAt, locale, zone),
    );
  }

  #request(action: AccessKeyAction): void {
    if (!this.key) return;
    /** @ignore */
    this.dispatchEvent(new AccessKeyActionRequestEvent(action, this.key));
  }

  // Whether the name is cut off decides whether it has a tooltip (and can be focused to read it).
  #measureName = (): void => {
    const name = this.nameElement;
    if (name) this.nameTruncated = name.scrollWidth > name.clientWidth;
  };

  // Re-render when the state changes (the key enters the warning window, or expires), and every minute while a time
  // reads in minutes.
  #schedule(): void {
    clearTimeout(this.#timer);
    const key = this.key;
    if (!key || !this.isConnected) return;
    const now = new Date();
    const delays: number[] = [];
    const flip = nextStateChange(key.expiresAt, now, this.expiresSoonDays);
    if (flip) delays.push(flip.getTime() - now.getTime());
    const previousUntil = key.previousSecretExpiresAt ? Date.parse(key.previousSecretExpiresAt) : 0;
    if (previousUntil > now.getTime()) delays.push(Math.min(minute, previousUntil - now.getTime()));
    if (key.lastUsedAt || (flip && flip.getTime() === Date.parse(key.expiresAt ?? ''))) delays.push(minute);
    if (delays.length === 0) return;
    this.#timer = setTimeout(
      () => {
        this.requestUpdate();
        this.#schedule();
      },
      Math.min(maxTimerDelay, Math.max(0, Math.min(...delays))),
    );
  }
}

function isRenderable(key: AccessKey): boolean {
  try {
    parseAccessKey(key);
    return true;
  } catch {
    return false;
  }
}
