import type { KeySortOrder, KeyStateFilter } from '../domain/key-list.js';
import type { AccessKeyMessages } from './messages.js';

/** What the long list's status filter says for each choice. */
export function stateFilterLabels(msg: AccessKeyMessages): Record<KeyStateFilter, string> {
  return {
    all: msg.statusAll,
    active: msg.statusActive,
    'expires-soon': msg.statusExpiresSoon,
    expired: msg.statusExpired,
  };
}

/** What the long list's sort says for each order. */
export function sortOrderLabels(msg: AccessKeyMessages): Record<KeySortOrder, string> {
  return {
    newest: msg.sortNewest,
    oldest: msg.sortOldest,
    'last-used': msg.sortLastUsed,
    'expires-soonest': msg.sortExpiresSoonest,
    name: msg.sortName,
  };
}
