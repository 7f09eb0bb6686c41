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
    'The key has not been copied. You will not see it again: copy it first, or choose Close if you do not need it.',
  close: 'Close',

  statusActive: 'Active',
  statusExpired: 'Expired',
  statusExpiresSoon: 'Expires soon',
  lastUsed: 'Last used',
  neverUsed: 'Never used',
  created: 'Created',
  expires: 'Expires',
  expiresRelative: 'Expires',
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
};
