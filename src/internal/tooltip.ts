import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

const hideDelay = 150;
/** Space between the trigger and its tooltip, and the least space kept to the viewport's edges. */
const gap = 4;
const margin = 8;

/**
 * Tooltips that meet WCAG 1.4.13: they open on hover and on keyboard focus, stay while the pointer moves onto them,
 * close on Escape (wherever focus is), and are tied to their trigger with `aria-describedby`. One is open at a time.
 *
 * Each is a manual popover, so it sits in the top layer: no ancestor's `overflow` or `z-index` (a scrolling settings
 * panel, a card) can clip or cover it. It is placed below its trigger, lined up with the trigger's start, above it
 * when there is no room below, and kept inside the viewport; it follows the trigger when the page scrolls.
 * The host renders each with `tooltips.render(id, trigger, tip)`.
 */
export class TooltipController implements ReactiveController {
  /** The id of the open tooltip, if any. */
  openId: string | null = null;

  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #shown: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#set(null);
    this.#show(null);
  }

  hostUpdated(): void {
    const tip = this.openId ? (this.host.shadowRoot?.getElementById(this.openId) ?? null) : null;
    this.#show(tip);
  }

  /**
   * A trigger with its tooltip. `trigger` must be focusable when keyboard users need the tip (tabindex="0" on
   * non-interactive content); pass `enabled: false` to render the trigger alone.
   */
  render(id: string, trigger: TemplateResult, tip: string, enabled = true): TemplateResult {
    // One template whether enabled or not, so toggling keeps the trigger's DOM (and focus, and observers) in place.
    return html`<span
      class="tooltip-anchor"
      @pointerenter=${() => enabled && this.#set(id)}
      @pointerleave=${this.#scheduleHide}
      @focusin=${() => enabled && this.#set(id)}
      @focusout=${() => this.#set(null)}
      >${trigger}${enabled
        ? html`<span id=${id} role="tooltip" part="tooltip" class="tooltip text" popover="manual">${tip}</span>`
        : nothing}</span
    >`;
  }

  /** `aria-describedby` value for a trigger, or nothing when it has no tooltip. */
  describedBy(id: string, enabled = true): string | typeof nothing {
    return enabled ? id : nothing;
  }

  #scheduleHide = (): void => {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => {
      if (!this.host.shadowRoot?.activeElement?.closest('.tooltip-anchor')) this.#set(null);
    }, hideDelay);
  };

  #handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.openId) this.#set(null);
  };

  #place = (): void => {
    const tip = this.#shown;
    const anchor = tip?.parentElement;
    if (!tip || !anchor) return;
    const trigger = anchor.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const below = trigger.bottom + gap;
    const above = trigger.top - gap - box.height;
    const top = below + box.height <= viewport.height - margin || above < margin ? below : above;
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const start = rtl ? trigger.right - box.width : trigger.left;
    const left = Math.max(margin, Math.min(start, viewport.width - margin - box.width));
    tip.style.top = `${Math.max(margin, top)}px`;
    tip.style.left = `${left}px`;
  };

  #show(tip: HTMLElement | null): void {
    if (this.#shown === tip) return;
    if (this.#shown?.matches(':popover-open')) this.#shown.hidePopover();
    this.#shown = tip;
    if (!tip) {
      window.removeEventListener('scroll', this.#place, true);
      window.removeEventListener('resize', this.#place);
      return;
    }
    tip.showPopover();
    this.#place();
    window.addEventListener('scroll', this.#place, { capture: true, passive: true });
    window.addEventListener('resize', this.#place, { passive: true });
  }

  #set(id: string | null): void {
    clearTimeout(this.#hideTimer);
    if (this.openId === id) return;
    this.openId = id;
    if (id) document.addEventListener('keydown', this.#handleDocumentKeydown, true);
    else document.removeEventListener('keydown', this.#handleDocumentKeydown, true);
    this.host.requestUpdate();
  }
}

export const tooltipStyles = css`
  .tooltip-anchor {
    display: inline-block;
    max-width: 100%;
  }
  .tooltip {
    /* A popover: in the top layer, placed by the controller. */
    position: fixed;
    inset: auto;
    box-sizing: border-box;
    width: max-content;
    max-width: min(36ch, calc(100vw - ${margin * 2}px));
    margin: 0;
    padding: 6px 10px;
    border: 0;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_surface);
    font: inherit;
    font-size: 0.875rem;
    font-weight: normal;
    line-height: 1.4;
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;
