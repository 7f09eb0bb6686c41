import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { accessKeyContext, type AccessKeySettings } from '../api/context.js';
import { defaultProductName } from '../locales/en.js';
import type { AccessKeyMessages } from '../locales/messages.js';
import { catalogFor } from '../locales/registry.js';
import { closestLang, observeLang } from './locale.js';

const noMessages: Partial<AccessKeyMessages> = Object.freeze({});
const merged = new WeakMap<object, WeakMap<object, WeakMap<object, AccessKeyMessages>>>();

/**
 * A catalog with a provider's and an element's overrides on top, made once per combination and shared by every
 * element with the same three (a thousand bars, one object), not once per render.
 */
function mergedMessages(
  catalog: AccessKeyMessages,
  provided: Partial<AccessKeyMessages>,
  own: Partial<AccessKeyMessages>,
): AccessKeyMessages {
  let byProvided = merged.get(catalog);
  if (!byProvided) merged.set(catalog, (byProvided = new WeakMap()));
  let byOwn = byProvided.get(provided);
  if (!byOwn) byProvided.set(provided, (byOwn = new WeakMap()));
  let messages = byOwn.get(own);
  if (!messages) byOwn.set(own, (messages = { ...catalog, ...provided, ...own }));
  return messages;
}

/**
 * What every element shares: settings from the nearest `<access-key-section>` (or a host's provider), which its own
 * properties override, so the same element works inside the section and alone.
 *
 * The design tokens below are the whole styling API besides parts; every element reads them, and the manifest lists
 * them on every element through inheritance. Colour defaults are the light scheme's, then the dark one's.
 *
 * @attr {string} locale - BCP 47 locale for strings and dates; empty = the nearest `lang` attribute.
 * @attr {string} product-name - The product named in the description and the generic error (default "Mobitru").
 *
 * @cssprop [--access-key-color-scheme=the page's color-scheme] - `light`, `dark`, or `light dark` to follow the OS. Unset,
 *   the page's `color-scheme` decides, so a page without dark mode gets light.
 * @cssprop [--access-key-color-page=transparent / #121316] - What the section paints under its own text.
 * @cssprop [--access-key-font-family=system-ui, sans-serif] - Text font.
 * @cssprop [--access-key-font-family-mono=ui-monospace, monospace] - Font of secrets and visible parts of keys.
 * @cssprop [--access-key-color-text=#1a1d21 / #e8eaed] - Text.
 * @cssprop [--access-key-color-text-muted=#4f5660 / #b2b8bf] - Secondary text: description, dates, hints.
 * @cssprop [--access-key-color-surface=#ffffff / #1f2124] - Background of bars, dialogs and fields.
 * @cssprop [--access-key-color-surface-alt=#f4f5f7 / #2a2d31] - Hover, read-only fields and the loading skeleton.
 * @cssprop [--access-key-color-border=#c9ced6 / #4a4f57] - Borders of bars, fields, buttons and dialogs.
 * @cssprop [--access-key-color-accent=#0b57d0 / #8ab4f8] - Primary buttons.
 * @cssprop [--access-key-color-on-accent=#ffffff / #0b1f3a] - Text on primary buttons.
 * @cssprop [--access-key-color-danger=#b3261e / #ee675c] - Destructive buttons, invalid fields, validation messages.
 * @cssprop [--access-key-color-on-danger=#ffffff / #1f0705] - Text on destructive buttons.
 * @cssprop [--access-key-color-active-bg=#e6f4ea / #0f3d1f] - Active badge background.
 * @cssprop [--access-key-color-active-text=#146c2e / #a8dab5] - Active badge text and "Copied".
 * @cssprop [--access-key-color-expired-bg=#fce8e6 / #4a1512] - Expired badge and error region background.
 * @cssprop [--access-key-color-expired-text=#8c1d18 / #f6c4c0] - Expired badge and error region text.
 * @cssprop [--access-key-color-focus=#0b57d0 / #8ab4f8] - Focus ring.
 * @cssprop [--access-key-color-warning-bg=#fef7e0 / #3d2e00] - "Expires soon" badge background.
 * @cssprop [--access-key-color-warning-text=#7a4a00 / #fdd663] - "Expires soon" badge text.
 * @cssprop [--access-key-radius=8px] - Corner radius.
 * @cssprop [--access-key-spacing=8px] - Base spacing unit; gaps and paddings are multiples of it.
 */
export abstract class AccessKeyElementBase extends LitElement {
  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    locale: {},
    productName: { attribute: 'product-name' },
  };

  /** Message overrides on top of the locale's catalog. Assign a new object to change them. */
  messages: Partial<AccessKeyMessages> = noMessages;

  /** BCP 47 locale for strings and dates; empty = the nearest `lang` attribute. */
  locale = '';

  /** The product named in the generic error. Default: the section's setting, else "Mobitru". */
  productName = '';

  /** Settings from the nearest provider (the section, or a host's), updating with it. */
  protected settings?: AccessKeySettings;

  constructor() {
    super();
    // Rendered again whenever the provider hands over new settings.
    new ContextConsumer(this, {
      context: accessKeyContext,
      subscribe: true,
      callback: (settings) => {
        this.settings = settings;
        this.requestUpdate();
      },
    });
  }

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

  /** The generic error, naming the product. */
  protected get genericError(): string {
    return this.msg.genericError({ productName: this.resolvedProductName });
  }

  /** Messages for this render: catalog, then the provider's overrides, then the element's own. */
  protected get msg(): AccessKeyMessages {
    return mergedMessages(catalogFor(this.resolvedLocale), this.settings?.messages ?? noMessages, this.messages);
  }
}
