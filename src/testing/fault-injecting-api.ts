import { AccessKeyLimitError, AccessKeyNotFoundError, AccessKeyRequestError } from '../api/errors.js';
import { abortable, MemoryAccessKeyApi, type MemoryApiOperation } from '../api/memory-api.js';

/** How an injected failure behaves: an error of that kind, or `'hang'`: never settle until the call's signal aborts. */
export type AccessKeyFault = 'error' | 'limit' | 'not-found' | 'hang';

/**
 * The in-memory adapter for tests and stories: {@link MemoryAccessKeyApi} with the same rules, plus a record of every
 * call and faults for the next call of an operation. It lives here, not in the main entry, so production bundles do
 * not carry it.
 */
export class FaultInjectingAccessKeyApi extends MemoryAccessKeyApi {
  readonly #calls: Array<{ operation: MemoryApiOperation }> = [];
  readonly #faults: Record<MemoryApiOperation, Array<AccessKeyFault | Error>> = {
    list: [],
    generate: [],
    remove: [],
    regenerate: [],
    rename: [],
  };

  /** Every call made so far, in order, including the ones that failed or were aborted. */
  get calls(): ReadonlyArray<{ readonly operation: MemoryApiOperation }> {
    return this.#calls;
  }

  /**
   * Makes the next call of `operation` fail with `fault`. Faults queue: calling this twice fails the next two calls.
   * `'error'` rejects with an {@link AccessKeyRequestError} (status 500), `'limit'` with an
   * {@link AccessKeyLimitError}, `'not-found'` with an {@link AccessKeyNotFoundError}, an `Error` with itself;
   * `'hang'` settles only when the call's signal aborts.
   */
  failNext(operation: MemoryApiOperation, fault: AccessKeyFault | Error): void {
    this.#faults[operation].push(fault);
  }

  /** Records the call, waits out a hang and the latency, and throws an injected fault; every step honours `signal`. */
  protected override async begin(operation: MemoryApiOperation, signal: AbortSignal | undefined, id: string): Promise<void> {
    this.#calls.push({ operation });
    signal?.throwIfAborted();
    const fault = this.#faults[operation].shift();
    if (fault === 'hang') await abortable(new Promise<never>(() => {}), signal);
    await super.begin(operation, signal, id);
    if (fault === undefined) return;
    if (fault instanceof Error) throw fault;
    if (fault === 'limit') throw new AccessKeyLimitError(this.limit);
    if (fault === 'not-found') throw new AccessKeyNotFoundError(id);
    throw new AccessKeyRequestError('Simulated failure', 500);
  }
}
