import type { AccessKey, AccessKeyApi, GeneratedAccessKey, GenerateKeyInput, RequestOptions } from '../../src/api/types.js';

type Operation = 'list' | 'generate' | 'remove';

export interface PendingCall<T> {
  readonly operation: Operation;
  readonly input: unknown;
  readonly signal: AbortSignal | undefined;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** An adapter whose every call waits until the test settles it, so loading, superseded and error states are deliberate. */
export class DeferredAccessKeyApi implements AccessKeyApi {
  readonly calls: PendingCall<unknown>[] = [];

  listKeys(options?: RequestOptions): Promise<AccessKey[]> {
    return this.#defer('list', undefined, options);
  }

  generateKey(input: GenerateKeyInput, options?: RequestOptions): Promise<GeneratedAccessKey> {
    return this.#defer('generate', input, options);
  }

  removeKey(id: string, options?: RequestOptions): Promise<void> {
    return this.#defer('remove', id, options);
  }

  /** Calls of one operation, oldest first. */
  callsOf<T = unknown>(operation: Operation): PendingCall<T>[] {
    return this.calls.filter((call) => call.operation === operation) as PendingCall<T>[];
  }

  /** The latest call of an operation; fails the test when there is none. */
  last<T = unknown>(operation: Operation): PendingCall<T> {
    const calls = this.callsOf<T>(operation);
    if (calls.length === 0) throw new Error(`no ${operation} call was made`);
    return calls[calls.length - 1];
  }

  #defer<T>(operation: Operation, input: unknown, options?: RequestOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const signal = options?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      this.calls.push({ operation, input, signal, resolve: resolve as (value: unknown) => void, reject });
    });
  }
}
