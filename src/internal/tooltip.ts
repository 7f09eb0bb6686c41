import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

const hideDelay = 150;

/**
 * Tooltips that meet WCAG 1.4.13: they open on hover and on keyboard focus, stay while the pointer moves onto them,
 * close on Escape (wherever focus is), and are tied to their trigger with `aria-describedby`. One is open at a time.
 * The host renders each with `tooltips.render(id, trigger, tip)` and re-renders when `openId` changes.
 */
export class TooltipController implements ReactiveController {
  /** The id of the open tooltip, if any. */
  openId: string | null = null;

  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#set(null);
  }

  /**
   * A trigger with its tooltip. `trigger` must be focusable when keyboard users need the tip (tabindex="0" on
   * non-interactive content); pass `enabled: false` to render the trigger alone.
   */
  render(id: string, trigger: TemplateResult, tip: string, enabled = true): TemplateResult {
    // One template whether enabled or not, so toggling keeps the trigger's DOM (and focus, and observers) in place.
    const open = enabled && this.openId === id;
    return html`<span
      class="tooltip-anchor"
      @pointerenter=${() => enabled && this.#set(id)}
      @pointerleave=${this.#scheduleHide}
      @focusin=${() => enabled && this.#set(id)}
      @focusout=${() => this.#set(null)}
      >${trigger}${enabled
        ? html`<span id=${id} role="tooltip" part="tooltip" class="tooltip" ?hidden=${!open}>${tip}</span>`
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
    position: relative;
    display: inline-block;
    max-width: 100%;
  }
  .tooltip {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 10;
    box-sizing: border-box;
    width: max-content;
    max-width: min(36ch, calc(100vw - 32px));
    margin-block-start: 4px;
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    font-weight: normal;
    line-height: 1.4;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .tooltip[hidden] {
    display: none;
  }
`;
