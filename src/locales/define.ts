// Registers the shipped catalogs (German, Arabic) so elements under `lang="de"` or `lang="ar"` speak them.
// English is built in. Safe to import more than once, and beside the one-file bundle.
import { registerMessages } from '../internal/locale.js';
import { arabicMessages } from './ar.js';
import { germanMessages } from './de.js';

export { arabicMessages, germanMessages };

registerMessages('de', germanMessages);
registerMessages('ar', arabicMessages);
