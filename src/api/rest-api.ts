import {
  AccessKeyLimitError,
  AccessKeyNotFoundError,
  AccessKeyRequestError,
  AccessKeyValidationError,
} from './errors.js';
import type {
  AccessKey,
  AccessKeyApi,
  GeneratedAccessKey,
  GenerateKeyInput,
  RegenerateKeyInput,
  RequestOptions,
} from './types.js';
import { parseAccessKey, parseAccessKeyList, parseGeneratedAccessKey } from './validate.js';

export interface RestAccessKeyApiOptions {
  /** Where the API lives, e.g. `'/api'` or `'https://example.com/api'`; endpoints are `${baseUrl}/access-keys`. */
  baseUrl: string;
  /** Extra request headers (an auth token, say), or a function that returns them, called before every request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Whether cookies go with the request. Default `'same-origin'`. */
  credentials?: RequestCredentials;
  /** Milliseconds before a request fails with an {@link AccessKeyRequestError}. Default 15000. */
  timeout?: number;
  /** The `fetch` to use. Default `globalThis.fetch`, looked up at each call so a later stub or polyfill applies. */
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A reason code from a 400 body is put into an error message, so only a short code-like word is trusted. */
const REASON_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The adapter for a backend that implements the REST contract in `docs/rest-api.md`. HTTP statuses become the errors
 * the elements understand, and every response is validated, so a wrong shape is an error rather than a broken row.
 */
export class RestAccessKeyApi implements AccessKeyApi {
  readonly #baseUrl: string;
  readonly #headers: RestAccessKeyApiOptions['headers'];
  readonly #credentials: RequestCredentials;
  readonly #timeout: number;
  readonly #fetch: typeof fetch;

  constructor(options: RestAccessKeyApiOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#headers = options.headers;
    this.#credentials = options.credentials ?? 'same-origin';
    this.#timeout = options.timeout ?? 15000;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  async listKeys(options: RequestOptions = {}): Promise<AccessKey[]> {
    const { response, body } = await this.#request('GET', '/access-keys', undefined, options.signal);
    if (!response.ok) throw statusError(response, body);
    const items = isObject(body) ? body.items : undefined;
    return guardShape(response, () => parseAccessKeyList(items));
  }

  async generateKey(input: GenerateKeyInput, options: RequestOptions = {}): Promise<GeneratedAccessKey> {
    const payload = { name: input.name, expiresAt: input.expiresAt };
    const { response, body } = await this.#request('POST', '/access-keys', payload, options.signal);
    if (response.status === 409) {
      const limit = isObject(body) && Number.isSafeInteger(body.limit) ? (body.limit as number) : undefined;
      throw new AccessKeyLimitError(limit);
    }
    if (!response.ok) throw statusError(response, body);
    return guardShape(response, () => parseGeneratedAccessKey(body));
  }

  async removeKey(id: string, options: RequestOptions = {}): Promise<void> {
    const { response, body } = await this.#request('DELETE', keyPath(id), undefined, options.signal);
    if (response.status === 404) throw new AccessKeyNotFoundError(id);
    if (!response.ok) throw statusError(response, body);
  }

  /** `POST {base}/access-keys/{id}/regenerate`: 200 with the same key and its new secret. */
  async regenerateKey(id: string, input: RegenerateKeyInput, options: RequestOptions = {}): Promise<GeneratedAccessKey> {
    const payload = { expiresAt: input.expiresAt, previousSecretExpiresAt: input.previousSecretExpiresAt };
    const { response, body } = await this.#request('POST', `${keyPath(id)}/regenerate`, payload, options.signal);
    if (response.status === 404) throw new AccessKeyNotFoundError(id);
    if (!response.ok) throw statusError(response, body);
    return guardShape(response, () => parseGeneratedAccessKey(body));
  }

  /** `PATCH {base}/access-keys/{id}` with `{ name }`: 200 with the key as stored. */
  async renameKey(id: string, name: string, options: RequestOptions = {}): Promise<AccessKey> {
    const { response, body } = await this.#request('PATCH', keyPath(id), { name }, options.signal);
    if (response.status === 404) throw new AccessKeyNotFoundError(id);
    if (!response.ok) throw statusError(response, body);
    // A rename response is metadata: should a backend echo a secret there, it is dropped with the unknown fields.
    return guardShape(response, () => parseAccessKey(body));
  }

  /**
   * Sends one request and reads its JSON body, all under one signal: the caller's, combined with the timeout. The body
   * is `undefined` when the response has none; it is only parsed when the status says it matters.
   */
  async #request(
    method: Method,
    path: string,
    payload: unknown,
    callerSignal: AbortSignal | undefined,
  ): Promise<{ response: Response; body: unknown }> {
    callerSignal?.throwIfAborted();
    const timeoutSignal = AbortSignal.timeout(this.#timeout);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeoutSignal]) : timeoutSignal;
    // A caller's abort surfaces as the caller's own AbortError, so it can tell "I cancelled" from "it failed".
    const fail = (message: string, cause: unknown, status?: number): never => {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeoutSignal.aborted) {
        throw new AccessKeyRequestError(`Request timed out after ${this.#timeout} ms`, status, { cause });
      }
      throw new AccessKeyRequestError(message, status, { cause });
    };

    let headers: Headers;
    try {
      headers = new Headers(typeof this.#headers === 'function' ? await this.#headers() : this.#headers);
    } catch (error) {
      return fail('Could not prepare the request headers', error);
    }
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (payload !== undefined) headers.set('Content-Type', 'application/json');

    let response: Response;
    try {
      signal.throwIfAborted();
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        credentials: this.#credentials,
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      return fail('Network request failed', error);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return fail('Could not read the response', error, response.status);
    }
    if (text.trim() === '') return { response, body: undefined };
    try {
      return { response, body: JSON.parse(text) as unknown };
    } catch (error) {
      // An error status with a non-JSON body (an HTML error page, say) is still reported by its status.
      if (!response.ok) return { response, body: undefined };
      return fail('Malformed response', error, response.status);
    }
  }
}

function keyPath(id: string): string {
  return `/access-keys/${encodeURIComponent(id)}`;
}

function statusError(response: Response, body?: unknown): Error {
  if (response.status === 400) return new AccessKeyValidationError(reasonOf(body) ?? 'invalid-input');

  return new AccessKeyRequestError(`Request failed with status ${response.status}`, response.status);
}

/**
 * The machine reason of an error body: the `code` member of an `application/problem+json` body (RFC 9457), or the
 * `error` member of the first version of the contract, so hosts that still answer `{ "error": "name-empty" }` keep
 * working.
 */
function reasonOf(body: unknown): string | null {
  if (!isObject(body)) return null;
  for (const candidate of [body.code, body.error]) {
    if (typeof candidate === 'string' && REASON_CODE.test(candidate)) return candidate;
  }
  return null;
}

/** Runs a validator; its error already names the field, and gains the status of the response it came from. */
function guardShape<T>(response: Response, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Malformed response';
    throw new AccessKeyRequestError(message, response.status, { cause: error });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
