import type { AccessKey, AccessKeyOperation, GenerateKeyInput } from './api/types.js';

const options: EventInit = { bubbles: true, composed: true };

/** A key was generated and its secret shown. Carries the key's metadata only, never its secret. */
export class AccessKeyGeneratedEvent extends Event {
  static readonly eventName = 'access-key-generated';
  constructor(readonly key: AccessKey) {
    super(AccessKeyGeneratedEvent.eventName, options);
  }
}

/** The user removed a key. */
export class AccessKeyRemovedEvent extends Event {
  static readonly eventName = 'access-key-removed';
  constructor(readonly key: AccessKey) {
    super(AccessKeyRemovedEvent.eventName, options);
  }
}

/** The user copied a new key's secret to the clipboard. Carries the key's metadata only. */
export class AccessKeyCopiedEvent extends Event {
  static readonly eventName = 'access-key-copied';
  constructor(readonly key: AccessKey) {
    super(AccessKeyCopiedEvent.eventName, options);
  }
}

/** The user tried to add a key at the limit (or the backend refused one for that reason). */
export class AccessKeyLimitReachedEvent extends Event {
  static readonly eventName = 'access-key-limit-reached';
  constructor(readonly limit: number) {
    super(AccessKeyLimitReachedEvent.eventName, options);
  }
}

/** An operation the user started failed. The UI already shows it; listen to log or report it. */
export class AccessKeyErrorEvent extends Event {
  static readonly eventName = 'access-key-error';
  constructor(
    readonly operation: AccessKeyOperation,
    readonly error: unknown,
  ) {
    super(AccessKeyErrorEvent.eventName, options);
  }
}

/**
 * `<generate-key-dialog>` asks its host to generate a key from the valid form. Not composed: the host listens on the
 * element itself. Call `preventDefault()` to keep the dialog from marking itself busy.
 */
export class GenerateKeyRequestEvent extends Event {
  static readonly eventName = 'generate-key-request';
  constructor(readonly input: GenerateKeyInput) {
    super(GenerateKeyRequestEvent.eventName, { cancelable: true });
  }
}

/** `<remove-key-dialog>` asks its host to remove the key it names. Not composed. */
export class RemoveKeyRequestEvent extends Event {
  static readonly eventName = 'remove-key-request';
  constructor(readonly key: AccessKey) {
    super(RemoveKeyRequestEvent.eventName, { cancelable: true });
  }
}

/** `<access-key-bar>`'s Remove was pressed: the host asks for confirmation. Bubbles, not composed. */
export class AccessKeyBarRemoveEvent extends Event {
  static readonly eventName = 'access-key-bar-remove';
  constructor(readonly key: AccessKey) {
    super(AccessKeyBarRemoveEvent.eventName, { bubbles: true });
  }
}

/** Why a dialog closed: `'confirm'` after its action succeeded, `'cancel'` for Cancel, Close or Escape. */
export type DialogCloseReason = 'confirm' | 'cancel';

/** A dialog element closed. Not composed; fired on the element. */
export class DialogCloseEvent extends Event {
  static readonly eventName = 'close';
  constructor(readonly reason: DialogCloseReason) {
    super(DialogCloseEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'access-key-generated': AccessKeyGeneratedEvent;
    'access-key-removed': AccessKeyRemovedEvent;
    'access-key-copied': AccessKeyCopiedEvent;
    'access-key-limit-reached': AccessKeyLimitReachedEvent;
    'access-key-error': AccessKeyErrorEvent;
    'generate-key-request': GenerateKeyRequestEvent;
    'remove-key-request': RemoveKeyRequestEvent;
    'access-key-bar-remove': AccessKeyBarRemoveEvent;
  }
}
