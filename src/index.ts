// Everything public, with no side effects: importing this registers no tag (see ./define.js for that).
export type {
  AccessKey,
  AccessKeyApi,
  AccessKeyOperation,
  GenerateKeyInput,
  GeneratedAccessKey,
  RegenerateKeyInput,
  RequestOptions,
} from './api/types.js';
export { MAX_PREVIOUS_SECRET_DAYS } from './api/key-rules.js';
export {
  AccessKeyLimitError,
  AccessKeyNotFoundError,
  AccessKeyRequestError,
  AccessKeyValidationError,
  isAbortError,
} from './api/errors.js';
export { accessKeyContext, type AccessKeySettings } from './api/context.js';
export { MemoryAccessKeyApi, type MemoryAccessKeyApiOptions, type MemoryApiOperation } from './api/memory-api.js';
export { RestAccessKeyApi, type RestAccessKeyApiOptions } from './api/rest-api.js';
export { parseAccessKey, parseAccessKeyList, parseGeneratedAccessKey } from './api/validate.js';

export type { AccessKeyMessages } from './locales/messages.js';
export { defaultProductName, englishMessages } from './locales/en.js';
export { catalogFor, registerMessages } from './locales/registry.js';
export { NAME_MAX_LENGTH, normalizeKeyName, validateKeyName, type NameError, type NameValidation } from './domain/name.js';
export {
  EXPIRY_PRESETS,
  expiryFromDate,
  earliestExpiryDate,
  latestExpiryDate,
  offeredExpiries,
  type CalendarDate,
  type ExpiryChoice,
  type ExpiryError,
  type ExpiryPolicy,
} from './domain/expiry.js';
export { EXPIRES_SOON_DAYS, keyState, keyStatus, type KeyState, type KeyStatus } from './domain/status.js';
export {
  KEY_SORT_ORDERS,
  KEY_STATE_FILTERS,
  foldForSearch,
  queryKeys,
  type KeyQuery,
  type KeySortOrder,
  type KeyStateFilter,
} from './domain/key-list.js';

export {
  AccessKeyActionRequestEvent,
  AccessKeyRegenerateRequestEvent,
  AccessKeyRegeneratedEvent,
  AccessKeyRemoveExpiredRequestEvent,
  AccessKeyRenameRequestEvent,
  AccessKeyRenamedEvent,
  AccessKeyCopiedEvent,
  AccessKeyDialogClosedEvent,
  AccessKeyErrorEvent,
  AccessKeyGenerateRequestEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemoveRequestEvent,
  AccessKeyRemovedEvent,
  type AccessKeyAction,
  type AccessKeyEventMap,
  type DialogCloseReason,
} from './events.js';

export { AccessKeySectionElement, accessKeySectionParts } from './access-key-section/access-key-section.js';
export { AccessKeyBarElement, accessKeyBarParts } from './access-key-bar/access-key-bar.js';
export { GenerateKeyDialogElement, generateKeyDialogParts } from './generate-key-dialog/generate-key-dialog.js';
export { RevealKeyDialogElement, revealKeyDialogParts } from './reveal-key-dialog/reveal-key-dialog.js';
export { RemoveKeyDialogElement, removeKeyDialogParts } from './remove-key-dialog/remove-key-dialog.js';
export { KeyLimitDialogElement, keyLimitDialogParts } from './key-limit-dialog/key-limit-dialog.js';
export {
  GRACE_HOURS,
  RegenerateKeyDialogElement,
  regenerateKeyDialogParts,
} from './regenerate-key-dialog/regenerate-key-dialog.js';
export { RenameKeyDialogElement, renameKeyDialogParts } from './rename-key-dialog/rename-key-dialog.js';
export {
  RemoveExpiredKeysDialogElement,
  removeExpiredKeysDialogParts,
} from './remove-expired-keys-dialog/remove-expired-keys-dialog.js';
