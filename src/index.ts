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
export { englishMessages, type AccessKeyMessages } from './domain/messages.js';
