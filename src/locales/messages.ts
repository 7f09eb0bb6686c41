/**
 * Every string the elements show or announce. A function takes one object with the values it interpolates, so a
 * translation may place them in any order; everything returned is rendered as text, never as HTML. Interpolated
 * values arrive already isolated for bidirectional text where the elements render them (`<bdi>`), so a catalog only
 * words the sentence around them.
 */
export interface AccessKeyMessages {
  sectionHeading: string;
  sectionDescription: (values: { productName: string }) => string;
  addKey: string;
  emptyState: string;
  listHeading: string;
  keyCount: (values: { count: number; limit: number }) => string;
  loading: string;
  listError: string;
  keyAdded: (values: { name: string }) => string;
  keyRemoved: (values: { name: string }) => string;
  retry: string;
  genericError: (values: { productName: string }) => string;

  generateTitle: string;
  nameLabel: string;
  nameHint: (values: { max: number }) => string;
  nameCounter: (values: { count: number; max: number }) => string;
  nameEmpty: string;
  nameTooLong: (values: { count: number; max: number }) => string;
  validTillLabel: string;
  validTillHint: string;
  validTillInvalid: string;
  validTillTooEarly: (values: { earliest: string }) => string;
  /** A date past the host's maximum lifetime (`max-lifetime-days`). */
  validTillTooLate: (values: { latest: string; days: number }) => string;
  /** Why "No expiry" and the longer presets are not offered. */
  expiryPolicy: (values: { days: number }) => string;
  /** A preset of the Valid till choice; `duration` is formatted by `Intl` ("30 days"). */
  expiryPreset: (values: { duration: string }) => string;
  expiryNone: string;
  expiryCustom: string;
  customDateLabel: string;
  /** The exact moment a picked date ends the key: its day, time of day and zone, formatted. */
  validTillPreview: (values: { date: string; time: string; zone: string }) => string;
  generate: string;
  generating: string;
  cancel: string;

  revealTitle: string;
  revealNote: string;
  secretLabel: string;
  copy: string;
  copied: string;
  /** The copy button's label once the secret was copied. */
  copiedButton: string;
  copyFailed: string;
  dismissBlocked: string;
  close: string;

  statusActive: string;
  statusExpired: string;
  statusExpiresSoon: string;
  lastUsed: string;
  neverUsed: string;
  created: string;
  /** Before the expiry date of a key that has not expired ("Expires Jan 1, 2027"). */
  expires: string;
  /** Before the relative time of a key expiring soon ("Expires in 3 days"). */
  expiresRelative: string;
  /** Before the expiry date of an expired key ("Expired Nov 11, 2026"). */
  expired: string;
  /** In place of the expiry of a key without one. */
  neverExpires: string;
  visiblePartLabel: string;
  remove: string;
  removeLabel: (values: { name: string }) => string;

  removeTitle: string;
  removeText: string;
  confirm: string;
  removing: string;

  limitTitle: string;
  limitText: string;

  regenerate: string;
  regenerateLabel: (values: { name: string }) => string;
  regenerateTitle: string;
  regenerateText: string;
  regenerating: string;
  graceLabel: string;
  graceHint: string;
  graceNow: string;
  /** A later moment for the old secret to stop; `when` is formatted by `Intl` ("in 1 day"). */
  graceLater: (values: { when: string }) => string;
  graceTooLate: string;
  /** Before when the old secret of a regenerated key stops ("in 23 hours", a `<time>` after it). */
  previousSecretUntil: string;
  keyRegenerated: (values: { name: string }) => string;

  rename: string;
  renameLabel: (values: { name: string }) => string;
  renameTitle: string;
  save: string;
  saving: string;
  keyRenamed: (values: { previous: string; name: string }) => string;

  removeExpired: (values: { count: number }) => string;
  removeExpiredTitle: string;
  removeExpiredText: (values: { count: number }) => string;
  removingProgress: (values: { done: number; total: number }) => string;
  removeExpiredPartial: (values: { removed: number; total: number }) => string;
  expiredKeysRemoved: (values: { count: number }) => string;

  /** The search box over a long list (more keys than the section's `search-threshold`). */
  searchLabel: string;
  statusFilterLabel: string;
  /** The status filter's choice that shows every key. */
  statusAll: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  sortLastUsed: string;
  sortExpiresSoonest: string;
  sortName: string;
  /** How many keys the list shows of those the user has, when a search, filter or page hides some. */
  keysShown: (values: { shown: number; total: number }) => string;
  /** The button under a paged list; `count` is how many more it shows. */
  showMore: (values: { count: number }) => string;
  noMatches: string;
  /** Clears the search and the status filter. */
  clearSearch: string;
}
