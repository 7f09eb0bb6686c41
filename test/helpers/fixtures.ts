import type { AccessKey } from '../../src/api/types.js';

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

/** `count` valid keys named "Key 1", "Key 2", … (newest first), ids `id-0`, `id-1`, … */
export function makeKeys(count: number, prefix = 'Key'): AccessKey[] {
  return Array.from({ length: count }, (_, i) =>
    makeKey({
      id: `id-${i}`,
      name: `${prefix} ${i + 1}`,
      visiblePart: `v${String(i).padStart(3, '0')}`,
      createdAt: new Date(Date.UTC(2026, 10, 20 - i)).toISOString(),
    }),
  );
}
