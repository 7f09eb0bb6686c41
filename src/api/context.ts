import { createContext } from '@lit/context';
import type { AccessKeyApi } from './types.js';
import type { AccessKeyMessages } from '../locales/messages.js';

/** What `<access-key-section>` hands to its descendants (and what a host may provide from an ancestor). */
export interface AccessKeySettings {
  /** The backend. */
  api: AccessKeyApi;
  /** How many keys (active and expired together) a user may have; the backend is the authority. Default 10. */
  limit: number;
  /** Named in the generic error ("contact Mobitru support"). */
  productName: string;
  /** Message overrides on top of the locale's catalog. */
  messages: Partial<AccessKeyMessages>;
  /** BCP 47 locale; empty = the nearest `lang` attribute. */
  locale: string;
}

/**
 * The context through which the adapter and settings reach the elements.
 *
 * Keyed by `Symbol.for()` rather than a plain `Symbol()` so that two copies of this library on one page (the one-file
 * bundle beside an npm install, or two versions pulled in by different micro-frontends) still find each other's
 * provider: the registry-wide symbol is the same in every copy, and the settings object is plain data plus an adapter
 * whose shape is the public `AccessKeyApi` contract.
 */
export const accessKeyContext = createContext<AccessKeySettings>(Symbol.for('access-key-elements/settings'));
