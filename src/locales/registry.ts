import { englishMessages } from './en.js';
import type { AccessKeyMessages } from './messages.js';

// One registry per page, not per copy of this module: the one-file bundle and separately loaded catalogs
// (`access-key-elements/locales/de`) must meet, so it hangs off the global object under a registry-wide symbol.
const registryKey = Symbol.for('access-key-elements/catalogs');
const globalRegistry = globalThis as typeof globalThis & { [registryKey]?: Map<string, AccessKeyMessages> };
const catalogs = (globalRegistry[registryKey] ??= new Map([['en', englishMessages]]));

/**
 * Adds or replaces the catalog for a language (`'fr'`) or a locale (`'fr-CA'`), for every element on the page;
 * messages it leaves out fall back to English. Elements already on the page pick it up on their next render.
 */
export function registerMessages(locale: string, messages: Partial<AccessKeyMessages>): void {
  catalogs.set(locale.toLowerCase(), { ...englishMessages, ...messages });
}

/** The catalog for a locale: the exact tag first, then its language, then English. */
export function catalogFor(locale: string): AccessKeyMessages {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]) ?? englishMessages;
}
