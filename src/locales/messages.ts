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
  visiblePartLabel: string;
  remove: string;
  removeLabel: (values: { name: string }) => string;

  removeTitle: string;
  removeText: string;
  confirm: string;
  removing: string;

  limitTitle: string;
  limitText: string;
}
