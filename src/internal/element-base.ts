import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { accessKeyContext, type AccessKeySettings } from '../api/context.js';
import type { AccessKeyMessages } from '../domain/messages.js';
import { catalogFor, closestLang, observeLang } from './locale.js';

const defaultProductName = 'Mobitru';

/**
 * What every element shares: settings from the nearest `<access-key-section>` (or a host's provider), which its own
 * properties override, so the same element works inside the section and alone.
 */
export abstract class AccessKeyElementBase extends LitElement {
  /** Message overrides on top of the locale's catalog. */
  @property({ attribute: false }) messages: Partial<AccessKeyMessages> = {};

  /** BCP 47 locale for strings and dates; empty = the nearest `lang` attribute. */
  @property() locale = '';

  /** The product named in the generic error. Default: the section's setting, else "Mobitru". */
  @property({ attribute: 'product-name' }) productName = '';

  @consume({ context: accessKeyContext, subscribe: true })
  @state()
  protected settings?: AccessKeySettings;

  #stopObservingLang?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLang = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
  }

  /** The resolved locale: own property, then the provider's, then the nearest `lang`. */
  protected get resolvedLocale(): string {
    return this.locale || this.settings?.locale || closestLang(this);
  }

  protected get resolvedProductName(): string {
    return this.productName || this.settings?.productName || defaultProductName;
  }

  /** Messages for this render: catalog, then the provider's overrides, then the element's own. */
  protected get msg(): AccessKeyMessages {
    return { ...catalogFor(this.resolvedLocale), ...this.settings?.messages, ...this.messages };
  }
}
