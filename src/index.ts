// Everything public, with no side effects: importing this registers no tag (see ./define.js for that).
export type {
  AccessKey,
  AccessKeyApi,
  AccessKeyOperation,
  GenerateKeyInput,
  GeneratedAccessKey,
  RequestOptions,
} from './api/types.js';
export {
  AccessKeyLimitError,
  AccessKeyNotFoundError,
  AccessKeyRequestError,
  AccessKeyValidationError,
  isAbortError,
} from './api/errors.js';
export { accessKeyContext, type AccessKeySettings } from './api/context.js';
export {
  MemoryAccessKeyApi,
  type AccessKeyFault,
  type MemoryAccessKeyApiOptions,
  type MemoryApiOperation,
} from './api/memory-api.js';
export { RestAccessKeyApi, type RestAccessKeyApiOptions } from './api/rest-api.js';
export { parseAccessKey, parseAccessKeyList, parseGeneratedAccessKey } from './api/validate.js';

export { englishMessages, type AccessKeyMessages } from './domain/messages.js';
export { registerMessages } from './internal/locale.js';
export { NAME_MAX_LENGTH, normalizeKeyName, validateKeyName, type NameError, type NameValidation } from './domain/name.js';
export { expiryFromDate, earliestExpiryDate, type CalendarDate, type ExpiryError } from './domain/expiry.js';
export { keyStatus, type KeyStatus } from './domain/status.js';

export {
  AccessKeyBarRemoveEvent,
  AccessKeyCopiedEvent,
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
  DialogCloseEvent,
  GenerateKeyRequestEvent,
  RemoveKeyRequestEvent,
  type DialogCloseReason,
} from './events.js';

export { AccessKeySectionElement } from './access-key-section/access-key-section.js';
export { AccessKeyBarElement } from './access-key-bar/access-key-bar.js';
export { GenerateKeyDialogElement } from './generate-key-dialog/generate-key-dialog.js';
export { RevealKeyDialogElement } from './reveal-key-dialog/reveal-key-dialog.js';
export { RemoveKeyDialogElement } from './remove-key-dialog/remove-key-dialog.js';
export { KeyLimitDialogElement } from './key-limit-dialog/key-limit-dialog.js';
