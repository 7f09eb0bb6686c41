import { englishMessages, type AccessKeyMessages } from '../domain/messages.js';

// One registry per page, not per copy of this module: the one-file bundle and separately loaded catalogs
// (`access-key-elements/locales/define`) must meet, so it hangs off the global object under a registry-wide symbol.
const registryKey = Symbol.for('access-key-elements/catalogs');
const globalRegistry = globalThis as typeof globalThis & { [registryKey]?: Map<string, AccessKeyMessages> };
const catalogs = (globalRegistry[registryKey] ??= new Map([['en', englishMessages]]));

/** Adds or replaces the catalog for a language (`'fr'`) or a locale (`'fr-CA'`); missing messages fall back to English. */
export function registerMessages(locale: string, messages: Partial<AccessKeyMessages>): void {
  catalogs.set(locale.toLowerCase(), { ...englishMessages, ...messages });
}

/** The catalog for a locale: exact tag first, then its language, then English. */
export function catalogFor(locale: string): AccessKeyMessages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]) ?? englishMessages;
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots; else the document's, else the browser's. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the document (one shared observer), so elements that
 * follow the nearest `lang` re-render when a page switches language. Returns the function that stops it.
 */
export function observeLang(onChange: () => void): () => void {
  langListeners.add(onChange);
  if (!langObserver) {
    langObserver = new MutationObserver(() => {
      for (const listener of langListeners) listener();
    });
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(onChange);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
