import type { AccessKey } from '../api/types.js';
import { keyState, type KeyState } from './status.js';

/** The orders a long list can be sorted in; `newest` is the seed's. */
export type KeySortOrder = 'newest' | 'oldest' | 'last-used' | 'expires-soonest' | 'name';

/** The orders, in the order the sort menu offers them. */
export const KEY_SORT_ORDERS: readonly KeySortOrder[] = ['newest', 'oldest', 'last-used', 'expires-soonest', 'name'];

/** Which keys the status filter lets through: every key, or those whose badge shows that state. */
export type KeyStateFilter = 'all' | KeyState;

/** The filter's choices, in the order the menu offers them. */
export const KEY_STATE_FILTERS: readonly KeyStateFilter[] = ['all', 'active', 'expires-soon', 'expired'];

/** What a search compares: lower case, without accents or other combining marks ("Café" and "cafe" match). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface KeyQuery {
  /** What the user typed; matched, folded, against the name and the visible part. Blank matches every key. */
  text: string;
  state: KeyStateFilter;
  order: KeySortOrder;
  now: Date;
  /** Days before expiry from which a key counts as expiring soon. */
  soonDays: number;
  /** For sorting by name. */
  collator: Intl.Collator;
}

const time = (iso: string | null, missing: number) => (iso === null ? missing : Date.parse(iso));

/**
 * The keys a search, status filter and sort leave, in that order. Sorting is stable: keys that tie keep the adapter's
 * order (newest first). Keys never used sort last by last use; keys that never expire sort last by expiry.
 */
export function queryKeys(keys: readonly AccessKey[], query: KeyQuery): AccessKey[] {
  const text = foldForSearch(query.text.trim());
  const found = keys.filter(
    (key) =>
      (!text || foldForSearch(key.name).includes(text) || foldForSearch(key.visiblePart).includes(text)) &&
      (query.state === 'all' || keyState(key.expiresAt, query.now, query.soonDays) === query.state),
  );
  const order = query.order;
  const compare: Record<KeySortOrder, (a: AccessKey, b: AccessKey) => number> = {
    newest: (a, b) => time(b.createdAt, 0) - time(a.createdAt, 0),
    oldest: (a, b) => time(a.createdAt, 0) - time(b.createdAt, 0),
    'last-used': (a, b) => time(b.lastUsedAt, -Infinity) - time(a.lastUsedAt, -Infinity) || 0,
    'expires-soonest': (a, b) => time(a.expiresAt, Infinity) - time(b.expiresAt, Infinity) || 0,
    name: (a, b) => query.collator.compare(a.name, b.name),
  };
  return found.sort(compare[order]);
}
