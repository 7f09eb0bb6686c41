import { AccessKeyLimitError, AccessKeyNotFoundError } from './errors.js';
import type {
  AccessKey,
  AccessKeyApi,
  GeneratedAccessKey,
  GenerateKeyInput,
  RegenerateKeyInput,
  RequestOptions,
} from './types.js';
import { checkGenerateInput, checkName, checkRegenerateInput, mintAccessKey, remintAccessKey, reportedKey } from './key-rules.js';
import { parseAccessKey } from './validate.js';

/** An adapter operation, as {@link MemoryAccessKeyApi.begin} sees it. */
export type MemoryApiOperation = 'list' | 'generate' | 'remove' | 'regenerate' | 'rename';

export interface MemoryAccessKeyApiOptions {
  /** Starting keys, validated like a backend response. */
  keys?: AccessKey[];
  /** How many keys may exist, active and expired together. Default 10. */
  limit?: number;
  /** Milliseconds before each call settles. Default 0. */
  latency?: number;
  /** The clock for `createdAt` and the expiry check. Default `() => new Date()`. */
  now?: () => Date;
  /** Makes a generated secret recognisable (for secret scanners, and for people). Default `'ak_'`. */
  secretPrefix?: string;
}

/**
 * The embedded adapter for demos, stories and tests: an in-memory backend with the same rules as a real one (limit,
 * validation, random secrets that are never stored) and optional latency. Every result is a copy, so callers cannot
 * change the store by mutating what they got. For fault injection in tests, `FaultInjectingAccessKeyApi` from
 * `access-key-elements/testing` extends it.
 */
export class MemoryAccessKeyApi implements AccessKeyApi {
  /** How many keys may exist, active and expired together. */
  readonly limit: number;

  readonly #latency: number;
  readonly #now: () => Date;
  readonly #secretPrefix: string;
  /** Newest first. */
  #store: AccessKey[];

  constructor(options: MemoryAccessKeyApiOptions = {}) {
    this.limit = options.limit ?? 10;
    this.#latency = options.latency ?? 0;
    this.#now = options.now ?? (() => new Date());
    this.#secretPrefix = options.secretPrefix ?? 'ak_';
    this.#store = sortNewestFirst((options.keys ?? []).map((key) => parseAccessKey(key)));
  }

  /** A snapshot of the stored keys, newest first, as `listKeys` reports them. */
  get keys(): AccessKey[] {
    const now = this.#now();
    return this.#store.map((key) => reportedKey({ ...key }, now));
  }

  async listKeys(options: RequestOptions = {}): Promise<AccessKey[]> {
    await this.begin('list', options.signal, '');
    return this.keys;
  }

  async generateKey(input: GenerateKeyInput, options: RequestOptions = {}): Promise<GeneratedAccessKey> {
    await this.begin('generate', options.signal, '');
    const checked = checkGenerateInput(input, this.#now());
    if (this.#store.length >= this.limit) throw new AccessKeyLimitError(this.limit);
    const { secret, ...key } = mintAccessKey(checked, this.#now(), this.#secretPrefix);
    this.#store.unshift(key);
    return { ...key, secret };
  }

  async removeKey(id: string, options: RequestOptions = {}): Promise<void> {
    await this.begin('remove', options.signal, id);
    this.#store.splice(this.#indexOf(id), 1);
  }

  /**
   * A new secret for the same key (same id, name and `createdAt`, new visible part and expiry), by the shared rules:
   * it does not count against the limit and revives an expired key. The old secret is never stored, so the grace
   * period shows only as `previousSecretExpiresAt`.
   */
  async regenerateKey(id: string, input: RegenerateKeyInput, options: RequestOptions = {}): Promise<GeneratedAccessKey> {
    await this.begin('regenerate', options.signal, id);
    const checked = checkRegenerateInput(input, this.#now());
    const index = this.#indexOf(id);
    const { secret, ...key } = remintAccessKey(this.#store[index], checked, this.#now(), this.#secretPrefix);
    this.#store[index] = key;
    return { ...key, secret };
  }

  /** Renames a key by the name rules of generate; resolves to the key as stored. */
  async renameKey(id: string, name: string, options: RequestOptions = {}): Promise<AccessKey> {
    await this.begin('rename', options.signal, id);
    const checked = checkName(name);
    const index = this.#indexOf(id);
    this.#store[index] = { ...this.#store[index], name: checked };
    return reportedKey({ ...this.#store[index] }, this.#now());
  }

  /** Records a use of the key, as a backend would when the key authenticates a request. */
  markUsed(id: string, at: Date = this.#now()): void {
    const index = this.#indexOf(id);
    this.#store[index] = { ...this.#store[index], lastUsedAt: at.toISOString() };
  }

  #indexOf(id: string): number {
    const index = this.#store.findIndex((key) => key.id === id);
    if (index === -1) throw new AccessKeyNotFoundError(id);
    return index;
  }

  /**
   * Runs before every call: waits out the latency, honouring `signal`. A subclass hooks in here (the testing adapter
   * records the call and injects faults); `id` is the key the call is about, empty for list and generate.
   */
  protected async begin(_operation: MemoryApiOperation, signal: AbortSignal | undefined, _id: string): Promise<void> {
    signal?.throwIfAborted();
    await abortable(delay(this.#latency), signal);
  }
}

function sortNewestFirst(keys: AccessKey[]): AccessKey[] {
  // Array.prototype.sort is stable, so keys created in the same millisecond keep the order they were given in.
  return keys.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

function delay(ms: number): Promise<void> {
  // Even with no latency the call settles asynchronously, like a real backend, so callers never see a sync result.
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** @internal Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
