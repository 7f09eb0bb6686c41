/** The backend refused to generate a key because the limit is reached. The limit dialog opens and the list refreshes. */
export class AccessKeyLimitError extends Error {
  override readonly name = 'AccessKeyLimitError';
  constructor(
    /** The limit the backend enforces, when it said so. */
    readonly limit?: number,
    options?: ErrorOptions,
  ) {
    super(limit === undefined ? 'Access key limit reached.' : `Access key limit of ${limit} reached.`, options);
  }
}

/** The key to remove no longer exists. The list refreshes quietly. */
export class AccessKeyNotFoundError extends Error {
  override readonly name = 'AccessKeyNotFoundError';
  constructor(readonly id: string, options?: ErrorOptions) {
    super(`Access key ${JSON.stringify(id)} was not found.`, options);
  }
}

/**
 * The backend rejected the input (HTTP 400, or the memory adapter's own validation). The UI validates first, so this
 * is shown as the generic error; `reason` is a machine-readable code such as `name-empty`.
 */
export class AccessKeyValidationError extends Error {
  override readonly name = 'AccessKeyValidationError';
  constructor(readonly reason: string, options?: ErrorOptions) {
    super(`Invalid access key input: ${reason}.`, options);
  }
}

/**
 * Any other failure of a request: network, HTTP status, timeout, malformed or ill-typed data. The message never
 * contains a response body (it might echo a secret); the underlying error is in `cause`.
 */
export class AccessKeyRequestError extends Error {
  override readonly name = 'AccessKeyRequestError';
  constructor(
    message: string,
    /** HTTP status, when there was a response. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** True for the `AbortError` that an aborted request rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
