import { isServer } from 'lit';

/** The `lang` of the nearest ancestor that has one, looking through shadow roots; else the document's, else the browser's. */
export function closestLang(element: Element): string {
  // A server renders the element alone, without the page around it: only its own `lang` (or `locale`) counts there.
  if (isServer) return element.getAttribute('lang') || 'en';
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
  if (isServer) return () => {};
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
