// access-key-elements/testing: harnesses that drive the elements as a user does, for any browser test runner, plus the
// in-memory adapter with fault injection (FaultInjectingAccessKeyApi), a controllable clock and a clipboard stub.
// Registers no tag: import 'access-key-elements/define' (or the per-element define modules) in the test as the page does.
export { AccessKeyHarness, type HarnessOptions } from './base.js';
export { DialogHarness } from './dialog-harness.js';
export { RequestDialogHarness } from './request-dialog-harness.js';
export {
  AccessKeySectionHarness,
  type AccessKeyDialogKind,
  type GenerateKeyValues,
  type RegenerateKeyValues,
} from './access-key-section-harness.js';
export { AccessKeyBarHarness, type AccessKeyView } from './access-key-bar-harness.js';
export { GenerateKeyDialogHarness } from './generate-key-dialog-harness.js';
export { KeyFormHarness, type ExpiryOption } from './key-form-harness.js';
export { RevealKeyDialogHarness } from './reveal-key-dialog-harness.js';
export { RemoveKeyDialogHarness } from './remove-key-dialog-harness.js';
export { KeyLimitDialogHarness } from './key-limit-dialog-harness.js';
export { RegenerateKeyDialogHarness } from './regenerate-key-dialog-harness.js';
export { RenameKeyDialogHarness } from './rename-key-dialog-harness.js';
export { RemoveExpiredKeysDialogHarness } from './remove-expired-keys-dialog-harness.js';

export { FaultInjectingAccessKeyApi, type AccessKeyFault } from './fault-injecting-api.js';
export { MemoryAccessKeyApi, type MemoryAccessKeyApiOptions, type MemoryApiOperation } from '../api/memory-api.js';
export { createTestClock, type TestClock } from './clock.js';
export { stubClipboard, type ClipboardStub } from './clipboard.js';
export { longKeyName, numberedKeys, sampleKeys } from './sample-keys.js';
