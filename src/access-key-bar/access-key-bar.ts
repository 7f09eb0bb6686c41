import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessKey } from '../api/types.js';
import { formatDate, formatMoment, formatRelative } from '../domain/format.js';
import { parseAccessKey } from '../api/validate.js';
import { keyStatus, nextStatusChange } from '../domain/status.js';
import { AccessKeyActionRequestEvent } from '../events.js';
import { AccessKeyElementBase } from '../internal/element-base.js';
import { buttonStyles, tokens } from '../internal/theme.styles.js';
import { TooltipController, tooltipStyles } from '../internal/tooltip.js';
import { styles } from './access-key-bar.styles.js';

/** The parts `<access-key-bar>` exposes to `::part()`. */
export const accessKeyBarParts = [
  'base',
  'status',
  'last-used',
  'name',
  'visible-part',
  'created',
  'expires',
  'remove-button',
  'tooltip',
] as const;

// setTimeout stores its delay in 32 bits; a key expiring further out is re-checked when this much time has passed.
const maxTimerDelay = 2 ** 31 - 1;
const minute = 60_000;

/**
 * One access key: its status, when it was last used, its name, the visible part of the key, when it was created and
 * when it expires, and a Remove button.
 *
 * @tag access-key-bar
 * @summary One key of "Your keys". Works alone with `.key`.
 *
 * @attr {string} time-zone - IANA time zone for the dates; empty = the user's.
 *
 * @event {AccessKeyActionRequestEvent} access-key-action-request - The user pressed Remove (`action` `remove`, `key`):
 *   the host asks to confirm.
 *
 * @csspart base - The bar.
 * @csspart status - The Active / Expired badge.
 * @csspart last-used - "Last used …" (with the exact moment in a tooltip).
 * @csspart name - The key's name (ellipsis when it does not fit; full name in a tooltip).
 * @csspart visible-part - The masked, non-secret part of the key.
 * @csspart created - The creation date.
 * @csspart expires - The expiry date (exact moment and zone in a tooltip).
 * @csspart remove-button - The Remove button.
 * @csspart tooltip - Each tooltip.
 */
export class AccessKeyBarElement extends AccessKeyElementBase {
  static override styles = [tokens, buttonStyles, tooltipStyles, styles];

  /** The key to show. */
  @property({ attribute: false }) key: AccessKey | null = null;

  /** IANA time zone for the dates; empty = the user's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private nameTruncated = false;

  @query('.name') private nameElement?: HTMLElement;

  @query('.remove') private removeButton?: HTMLButtonElement;

  #tooltips = new TooltipController(this);
  #timer: ReturnType<typeof setTimeout> | undefined;
  // Made on the first update in a browser, so the element also renders on a server, where there is none.
  #resizeObserver?: ResizeObserver;
  #observedName: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#resizeObserver?.disconnect();
    this.#observedName = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('key')) this.#schedule();
    // The observer's first callback measures a newly rendered name; later ones follow width changes.
    if (this.nameElement !== this.#observedName) {
      this.#resizeObserver ??= new ResizeObserver(() => this.#measureName());
      this.#resizeObserver.disconnect();
      this.#observedName = this.nameElement;
      if (this.#observedName) this.#resizeObserver.observe(this.#observedName);
    }
  }

  /** Moves focus to the Remove button. */
  override focus(options?: FocusOptions): void {
    if (this.removeButton) this.removeButton.focus(options);
    else super.focus(options);
  }

  protected override render() {
    const key = this.key;
    // Data that breaks the contract is an error upstream; never render "undefined" or "Invalid Date" for it.
    if (!key || !isRenderable(key)) return nothing;
    const msg = this.msg;
    const locale = this.resolvedLocale;
    const zone = this.timeZone || undefined;
    const now = new Date();
    const status = keyStatus(key.expiresAt, now);
    const tips = this.#tooltips;
    return html`<div part="base" class="bar" role="group" aria-labelledby="name">
      <div class="top">
        <span part="status" class="status ${status}">
          ${status === 'active' ? msg.statusActive : msg.statusExpired}
        </span>
        ${key.lastUsedAt
          ? tips.render(
              'last-used-tip',
              html`<span part="last-used" class="muted" tabindex="0" aria-describedby="last-used-tip">
                ${msg.lastUsed}
                <time datetime=${key.lastUsedAt}>${formatRelative(key.lastUsedAt, now, locale)}</time>
              </span>`,
              formatMoment(key.lastUsedAt, locale, zone),
            )
          : nothing}
      </div>
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
      <div class="details">
        <span class="visible-part"
          ><span class="visually-hidden">${msg.visiblePartLabel} </span
          ><span part="visible-part"><span aria-hidden="true">••••</span>${key.visiblePart}</span></span
        >
        <span part="created">
          ${msg.created} <time datetime=${key.createdAt}>${formatDate(key.createdAt, locale, zone)}</time>
        </span>
        ${key.expiresAt
          ? tips.render(
              'expires-tip',
              html`<span part="expires" tabindex="0" aria-describedby="expires-tip">
                ${msg.expires} <time datetime=${key.expiresAt}>${formatDate(key.expiresAt, locale, zone)}</time>
              </span>`,
              formatMoment(key.expiresAt, locale, zone),
            )
          : nothing}
      </div>
      <button
        part="remove-button"
        class="button remove"
        aria-label=${msg.removeLabel({ name: key.name })}
        @click=${this.#handleRemove}
      >
        ${msg.remove}
      </button>
    </div>`;
  }

  #handleRemove(): void {
    if (!this.key) return;
    /** @ignore */
    this.dispatchEvent(new AccessKeyActionRequestEvent('remove', this.key));
  }

  #measureName(): void {
    const name = this.nameElement;
    if (name) this.nameTruncated = name.scrollWidth > name.clientWidth;
  }

  // Re-render when the status flips at `expiresAt`, and every minute while "last used" reads in minutes.
  #schedule(): void {
    clearTimeout(this.#timer);
    const key = this.key;
    if (!key || !this.isConnected) return;
    const now = new Date();
    const delays: number[] = [];
    const flip = nextStatusChange(key.expiresAt, now);
    if (flip) delays.push(flip.getTime() - now.getTime());
    if (key.lastUsedAt) delays.push(minute);
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
