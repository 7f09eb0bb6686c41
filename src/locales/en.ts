import type { AccessKeyMessages } from './messages.js';

/** The product named in the description and the generic error unless a host sets `product-name`. */
export const defaultProductName = 'Mobitru';

/** English, the built-in default: the wording of the specification page. Every other catalog falls back to it. */
export const englishMessages: AccessKeyMessages = {
  sectionHeading: 'Access key',
  sectionDescription: ({ productName }) =>
    `An access key is required for calling ${productName} API, running automation on the devices of the platform, configuring remote debugging, local tunneling and proxy features, etc.`,
  addKey: '+ Access key',
  emptyState: 'You do not have access keys yet.',
  listHeading: 'Your keys',
  keyCount: ({ count, limit }) => `${count} of ${limit}`,
  loading: 'Loading your keys…',
  listError: 'Your keys could not be loaded.',
  keyAdded: ({ name }) => `Key “${name}” added to your keys.`,
  keyRemoved: ({ name }) => `Key “${name}” removed.`,
  retry: 'Retry',
  genericError: ({ productName }) =>
    `Something went wrong. Please try again or contact ${productName} support if the problem persists`,

  generateTitle: 'Generate access key',
  nameLabel: 'Name',
  nameHint: ({ max }) => `Up to ${max} characters. Required.`,
  nameCounter: ({ count, max }) => `${count}/${max}`,
  nameEmpty: 'Enter a name for the key.',
  nameTooLong: ({ count, max }) => `The name can have up to ${max} characters; it has ${count}.`,
  validTillLabel: 'Valid till',
  validTillHint: 'Optional. Without a date the key does not expire.',
  validTillInvalid: 'Enter a valid date.',
  validTillTooEarly: ({ earliest }) => `Choose ${earliest} or a later date.`,
  validTillTooLate: ({ latest, days }) => `Choose ${latest} or an earlier date: keys can be valid for up to ${days} days.`,
  expiryPolicy: ({ days }) => `Keys can be valid for up to ${days} days here.`,
  expiryPreset: ({ duration }) => duration,
  expiryNone: 'No expiry',
  expiryCustom: 'Custom date…',
  customDateLabel: 'Expiry date',
  validTillPreview: ({ date, time, zone }) => `Expires on ${date}, ${time} (${zone}).`,
  generate: 'Generate',
  generating: 'Generating…',
  cancel: 'Cancel',

  revealTitle: 'Your new access key',
  revealNote:
    'You have access to the key once. Copy it and save it to secure storage before closing this window.',
  secretLabel: 'Access key',
  copy: 'Copy to clipboard',
  copied: 'Copied to clipboard',
  copiedButton: 'Copied',
  copyFailed: 'Could not copy automatically. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  dismissBlocked:
    'The key has not been copied. You will not see it again: copy it first, or choose “Close” if you do not need it.',
  close: 'Close',

  statusActive: 'Active',
  statusExpired: 'Expired',
  statusExpiresSoon: 'Expires soon',
  lastUsed: 'Last used',
  neverUsed: 'Never used',
  created: 'Created',
  expires: 'Expires',
  expiresRelative: 'Expires',
  neverExpires: 'Never expires',
  expired: 'Expired',
  visiblePartLabel: 'Key ending',
  remove: 'Remove',
  removeLabel: ({ name }) => `Remove “${name}”`,

  removeTitle: 'Remove access key',
  removeText: 'Apps and scripts that use this key will stop working. This cannot be undone.',
  confirm: 'Confirm',
  removing: 'Removing…',

  limitTitle: 'Cannot add another key',
  limitText: 'To generate a new key, you need to remove an existing one.',

  regenerate: 'Regenerate',
  regenerateLabel: ({ name }) => `Regenerate “${name}”`,
  regenerateTitle: 'Regenerate access key',
  regenerateText: 'A new secret replaces the current one. The key keeps its name; you see the new secret once.',
  regenerating: 'Regenerating…',
  graceLabel: 'Old secret stops working',
  graceHint: 'Until then both secrets work, so apps and scripts can switch over.',
  graceNow: 'Now',
  graceLater: ({ when }) => when.charAt(0).toUpperCase() + when.slice(1),
  graceTooLate: 'The old secret cannot work longer than the new one: choose an earlier moment or a later expiry.',
  previousSecretUntil: 'Previous secret works until',
  keyRegenerated: ({ name }) => `Key “${name}” regenerated.`,

  rename: 'Rename',
  renameLabel: ({ name }) => `Rename “${name}”`,
  renameTitle: 'Rename access key',
  save: 'Save',
  saving: 'Saving…',
  keyRenamed: ({ previous, name }) => `Key “${previous}” renamed to “${name}”.`,

  removeExpired: ({ count }) => `Remove expired keys (${count})`,
  removeExpiredTitle: 'Remove expired keys',
  removeExpiredText: ({ count }) =>
    `${count === 1 ? 'One key has' : `${count} keys have`} expired. Apps and scripts can no longer use ${count === 1 ? 'it' : 'them'}; removing ${count === 1 ? 'it' : 'them'} frees places for new keys.`,
  removingProgress: ({ done, total }) => `Removing ${done} of ${total}…`,
  removeExpiredPartial: ({ removed, total }) => `${removed} of ${total} expired keys were removed.`,
  expiredKeysRemoved: ({ count }) => (count === 1 ? 'One expired key removed.' : `${count} expired keys removed.`),
};
