// Every event the elements fire. One naming rule: the name starts with `access-key-`; a fact is in the past tense
// (`access-key-generated`); a request from an element to its host ends in `-request` and is cancelable. Facts about
// keys bubble and are composed, so a page hears them on the section; requests and `access-key-dialog-closed` bubble but
// stay inside the shadow root they were fired in, so a page never hears the section's own dialogs talking to it.
import type { AccessKey, AccessKeyOperation, GenerateKeyInput, RegenerateKeyInput } from './api/types.js';

const fact: EventInit = { bubbles: true, composed: true };
const request: EventInit = { bubbles: true, cancelable: true };

/** A key was generated and its secret shown. Carries the key's metadata only, never its secret. */
export class AccessKeyGeneratedEvent extends Event {
  static readonly eventName = 'access-key-generated';
  constructor(readonly key: AccessKey) {
    super(AccessKeyGeneratedEvent.eventName, fact);
  }
}

/** The user regenerated a key: it has a new secret (shown once) and visible part. Metadata only, never the secret. */
export class AccessKeyRegeneratedEvent extends Event {
  static readonly eventName = 'access-key-regenerated';
  constructor(readonly key: AccessKey) {
    super(AccessKeyRegeneratedEvent.eventName, fact);
  }
}

/** The user renamed a key; `previousName` is the name it had. */
export class AccessKeyRenamedEvent extends Event {
  static readonly eventName = 'access-key-renamed';
  constructor(
    readonly key: AccessKey,
    readonly previousName: string,
  ) {
    super(AccessKeyRenamedEvent.eventName, fact);
  }
}

/** The user removed a key (one at a time, or among the expired keys removed together: one event each). */
export class AccessKeyRemovedEvent extends Event {
  static readonly eventName = 'access-key-removed';
  constructor(readonly key: AccessKey) {
    super(AccessKeyRemovedEvent.eventName, fact);
  }
}

/** The user copied a new key's secret to the clipboard. Carries the key's metadata only. */
export class AccessKeyCopiedEvent extends Event {
  static readonly eventName = 'access-key-copied';
  constructor(readonly key: AccessKey) {
    super(AccessKeyCopiedEvent.eventName, fact);
  }
}

/** The user tried to add a key at the limit (or the backend refused one for that reason). */
export class AccessKeyLimitReachedEvent extends Event {
  static readonly eventName = 'access-key-limit-reached';
  constructor(readonly limit: number) {
    super(AccessKeyLimitReachedEvent.eventName, fact);
  }
}

/** An operation failed. The UI already shows it; listen to log or report it. */
export class AccessKeyErrorEvent extends Event {
  static readonly eventName = 'access-key-error';
  constructor(
    readonly operation: AccessKeyOperation,
    readonly error: unknown,
  ) {
    super(AccessKeyErrorEvent.eventName, fact);
  }
}

/**
 * `<generate-key-dialog>` asks its host to generate a key from the valid form. Call `preventDefault()` to keep the
 * dialog from marking itself busy.
 */
export class AccessKeyGenerateRequestEvent extends Event {
  static readonly eventName = 'access-key-generate-request';
  constructor(readonly input: GenerateKeyInput) {
    super(AccessKeyGenerateRequestEvent.eventName, request);
  }
}

/** `<remove-key-dialog>` asks its host to remove the key it names (the user confirmed). */
export class AccessKeyRemoveRequestEvent extends Event {
  static readonly eventName = 'access-key-remove-request';
  constructor(readonly key: AccessKey) {
    super(AccessKeyRemoveRequestEvent.eventName, request);
  }
}

/**
 * `<regenerate-key-dialog>` asks its host to regenerate the key it names: a new secret, the `input`'s new expiry,
 * and when the old secret stops working.
 */
export class AccessKeyRegenerateRequestEvent extends Event {
  static readonly eventName = 'access-key-regenerate-request';
  constructor(
    readonly key: AccessKey,
    readonly input: RegenerateKeyInput,
  ) {
    super(AccessKeyRegenerateRequestEvent.eventName, request);
  }
}

/** `<rename-key-dialog>` asks its host to give the key the new (trimmed, valid, changed) `name`. */
export class AccessKeyRenameRequestEvent extends Event {
  static readonly eventName = 'access-key-rename-request';
  constructor(
    readonly key: AccessKey,
    readonly name: string,
  ) {
    super(AccessKeyRenameRequestEvent.eventName, request);
  }
}

/** `<remove-expired-keys-dialog>` asks its host to remove the expired `keys` it names (the user confirmed). */
export class AccessKeyRemoveExpiredRequestEvent extends Event {
  static readonly eventName = 'access-key-remove-expired-request';
  constructor(readonly keys: readonly AccessKey[]) {
    super(AccessKeyRemoveExpiredRequestEvent.eventName, request);
  }
}

/** What a key's bar offers to do with it. */
export type AccessKeyAction = 'regenerate' | 'rename' | 'remove';

/** A control on `<access-key-bar>` was pressed: the host starts that action (for `remove`, it asks to confirm). */
export class AccessKeyActionRequestEvent extends Event {
  static readonly eventName = 'access-key-action-request';
  constructor(
    readonly action: AccessKeyAction,
    readonly key: AccessKey,
  ) {
    super(AccessKeyActionRequestEvent.eventName, request);
  }
}

/**
 * Why a dialog closed: `'confirm'` when the host closed it after its action succeeded, `'cancel'` for its Cancel or
 * Close button (and `close()` or `open = false` without a reason), `'escape'` for Escape or another close request of
 * the platform.
 */
export type DialogCloseReason = 'confirm' | 'cancel' | 'escape';

/** A dialog element closed, however that happened. Fired once per closing. */
export class AccessKeyDialogClosedEvent extends Event {
  static readonly eventName = 'access-key-dialog-closed';
  constructor(readonly reason: DialogCloseReason) {
    super(AccessKeyDialogClosedEvent.eventName, { bubbles: true });
  }
}

/** Every event of the library by name: the one map the DOM typings and the React props derive from. */
export interface AccessKeyEventMap {
  'access-key-generated': AccessKeyGeneratedEvent;
  'access-key-regenerated': AccessKeyRegeneratedEvent;
  'access-key-renamed': AccessKeyRenamedEvent;
  'access-key-removed': AccessKeyRemovedEvent;
  'access-key-copied': AccessKeyCopiedEvent;
  'access-key-limit-reached': AccessKeyLimitReachedEvent;
  'access-key-error': AccessKeyErrorEvent;
  'access-key-generate-request': AccessKeyGenerateRequestEvent;
  'access-key-remove-request': AccessKeyRemoveRequestEvent;
  'access-key-regenerate-request': AccessKeyRegenerateRequestEvent;
  'access-key-rename-request': AccessKeyRenameRequestEvent;
  'access-key-remove-expired-request': AccessKeyRemoveExpiredRequestEvent;
  'access-key-action-request': AccessKeyActionRequestEvent;
  'access-key-dialog-closed': AccessKeyDialogClosedEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own map
  interface GlobalEventHandlersEventMap extends AccessKeyEventMap {}
}
