// Registers every shipped catalog beyond the built-in English (German, Arabic). Each catalog module also registers
// itself, so `import 'access-key-elements/locales/de'` alone is enough for one language. Safe to import more than
// once, and beside the one-file bundle.
export { germanMessages } from './de.js';
export { arabicMessages } from './ar.js';
