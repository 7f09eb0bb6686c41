import { fixture, html } from '@open-wc/testing';
import type { AccessKeySectionElement } from '../../src/access-key-section/access-key-section.js';
import type { AccessKey, AccessKeyApi } from '../../src/api/types.js';
import { AccessKeySectionHarness, type HarnessOptions } from '../../src/testing/index.js';

export { numberedKeys as makeKeys } from '../../src/testing/index.js';

/** The seed's generic error, word for word, with the default product name. */
export const genericError =
  'Something went wrong. Please try again or contact Mobitru support if the problem persists';

/** One valid key ("CI pipeline", ••••a1b2, created 2025-03-01, no expiry, never used) with the given changes. */
export function makeKey(overrides: Partial<AccessKey> = {}): AccessKey {
  return {
    id: 'key-1',
    name: 'CI pipeline',
    visiblePart: 'a1b2',
    createdAt: '2025-03-01T10:00:00.000Z',
    expiresAt: null,
    lastUsedAt: null,
    ...overrides,
  };
}

export interface SectionOptions {
  api: AccessKeyApi;
  /** Default `en`. */
  lang?: string;
  /** Default `UTC`. */
  timeZone?: string;
  /** Harness options (messages of another language, a shorter timeout). */
  harness?: HarnessOptions;
  /** Wait for the first load to finish. Default true; an adapter that settles by hand needs false. */
  idle?: boolean;
}

/** `<access-key-section>` on the page with the adapter, its harness, and the section settled after its first load. */
export async function renderSection({ api, lang = 'en', timeZone = 'UTC', harness, idle = true }: SectionOptions) {
  const element = await fixture<AccessKeySectionElement>(
    html`<access-key-section lang=${lang} time-zone=${timeZone} .api=${api}></access-key-section>`,
  );
  const section = new AccessKeySectionHarness(element, harness);
  if (idle) await section.waitForIdle();
  else await section.settle();
  return { element, section };
}
