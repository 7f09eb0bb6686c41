import type { AccessKey } from '../api/types.js';

const minute = 60_000;
const day = 24 * 60 * minute;

/** A name of exactly 120 code points, the most a key may have. */
export const longKeyName =
  'Nightly regression suite for the payments and checkout services on every Android and iOS device in the Berlin test lab 2';

/**
 * One key for each state the specification describes, newest first, with times relative to `now`: active and used
 * minutes ago; never used without expiry; expiring in a few days; expired and used months ago; a 120-character name;
 * a right-to-left name; a name made of HTML (which must render as text). For stories, demos and host tests.
 */
export function sampleKeys(now: Date = new Date()): AccessKey[] {
  const at = (offset: number | null) => (offset === null ? null : new Date(now.getTime() + offset).toISOString());
  // id, name, visible part, created, expires, last used (offsets from now; null = never)
  const rows: Array<[string, string, string, number, number | null, number | null]> = [
    ['key-ci', 'CI pipeline', 'a1b2', -2 * day, 88 * day, -7 * minute],
    ['key-local', 'Local development', 'c3d4', -10 * day, null, null],
    ['key-contractor', 'Contractor access', 'c0Nt', -27 * day, 3 * day, -1 * day],
    ['key-staging', 'Staging smoke tests', 'e5f6', -200 * day, -20 * day, -95 * day],
    ['key-long', longKeyName, 'g7h8', -220 * day, 30 * day, -45 * minute],
    ['key-rtl', 'مفتاح خادم الإنتاج', 'i9j0', -240 * day, null, -3 * day],
    ['key-html', '<img src=x onerror="alert(1)"> & <b>bold</b>', 'k1l2', -260 * day, null, null],
  ];
  return rows.map(([id, name, visiblePart, created, expires, lastUsed]) => ({
    id,
    name,
    visiblePart,
    createdAt: at(created)!,
    expiresAt: at(expires),
    lastUsedAt: at(lastUsed),
  }));
}

/**
 * `count` plain keys named "Key 1", "Key 2", … (newest first; ids `id-0`, `id-1`, …; visible parts `v000`, `v001`, …),
 * created a day apart from 2026-11-20 on, never used and never expiring: for a full list, the limit, or paging.
 */
export function numberedKeys(count: number, prefix = 'Key'): AccessKey[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `id-${i}`,
    name: `${prefix} ${i + 1}`,
    visiblePart: `v${String(i).padStart(3, '0')}`,
    createdAt: new Date(Date.UTC(2026, 10, 20 - i)).toISOString(),
    expiresAt: null,
    lastUsedAt: null,
  }));
}
