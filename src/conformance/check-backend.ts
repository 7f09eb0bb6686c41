import { createContractValidator } from './contract.js';
import { HttpClient } from './http-client.js';
import { contractPromises } from './promises.js';
import { Redactor } from './redact.js';
import { Broken, ConformanceSession, KEY, Skipped } from './session.js';

/** How one promise of the contract fared. */
export type ConformanceStatus = 'pass' | 'fail' | 'skip';

export interface ConformanceResult {
  /** Stable, kebab-case: what CI scripts match on (`limit-atomic`, `remove-twice-404`, …). */
  id: string;
  /** The promise, in a sentence. */
  title: string;
  status: ConformanceStatus;
  /** What was found: why it failed, why it was skipped, or what proved it. Secrets redacted. */
  detail: string;
  /** Every request the promise sent and what came back, one line each, secrets redacted. */
  exchanges: string[];
}

export interface ConformanceReport {
  baseUrl: string;
  /** True when no promise failed (skipped ones are optional capabilities the backend does not offer). */
  passed: boolean;
  counts: Record<ConformanceStatus, number>;
  results: ConformanceResult[];
  /** Keys the check created and could not remove at the end (ids only); empty when it cleaned up after itself. */
  leftovers: string[];
}

export interface CheckAccessKeyBackendOptions {
  /** Extra headers for every request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Milliseconds before one request counts as unanswered. Default 15000. */
  timeout?: number;
  /** Creates sent at once at limit − 1 for the atomicity promise. Default 5. */
  parallelCreates?: number;
  /** Called as each promise starts, for progress output. */
  onStart?: (id: string, title: string) => void;
  /** Called with each result as soon as it is known. */
  onResult?: (result: ConformanceResult) => void;
  /** Aborts the run; the check still tries to remove the keys it created. */
  signal?: AbortSignal;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/**
 * Checks a running backend against the REST contract (docs/openapi.yaml), one promise at a time (see promises.ts): it
 * creates, lists, regenerates, renames and removes keys of its own, named `conformance …`, and removes them again at
 * the end, even when a promise fails or the run is aborted. Use an account with room for at least two keys; keys it
 * did not create are never touched.
 *
 * @param baseUrl where the contract lives, e.g. `http://127.0.0.1:8080/api` (endpoints are `${baseUrl}/access-keys…`)
 */
export async function checkAccessKeyBackend(
  baseUrl: string,
  options: CheckAccessKeyBackendOptions = {},
): Promise<ConformanceReport> {
  const redactor = new Redactor();
  const client = (signal?: AbortSignal) =>
    new HttpClient({
      baseUrl,
      headers: new Headers(options.headers),
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeout: options.timeout ?? 15000,
      signal,
      redactor,
    });
  const http = client(options.signal);
  const runId = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const session = new ConformanceSession(http, redactor, createContractValidator(), runId);
  const results: ConformanceResult[] = [];

  try {
    for (const { id, title, check } of contractPromises({ parallelCreates: options.parallelCreates ?? 5 })) {
      options.signal?.throwIfAborted();
      options.onStart?.(id, title);
      const first = http.exchanges.length;
      let status: ConformanceStatus;
      let detail: string;
      try {
        detail = await check(session);
        status = 'pass';
      } catch (error) {
        if (options.signal?.aborted) throw error;
        status = error instanceof Skipped ? 'skip' : 'fail';
        detail = error instanceof Broken || error instanceof Skipped ? error.message : `the check itself failed: ${String(error)}`;
      }
      const exchanges = http.exchanges.slice(first).map((exchange) => http.describe(exchange));
      const result: ConformanceResult = { id, title, status, detail: redactor.text(detail), exchanges };
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    // Even when a promise threw or the run was aborted: a client without the run's signal removes what is left.
    const cleaner = client();
    for (const key of session.liveKeys()) {
      const exchange = await cleaner.send('DELETE', session.keyPath(key.id), KEY).catch(() => undefined);
      if (exchange && ((exchange.status >= 200 && exchange.status < 300) || exchange.status === 404)) {
        session.removed.add(key.id);
      }
    }
  }

  const counts: Record<ConformanceStatus, number> = { pass: 0, fail: 0, skip: 0 };
  for (const result of results) counts[result.status] += 1;
  return { baseUrl, passed: counts.fail === 0, counts, results, leftovers: session.liveKeys().map((key) => key.id) };
}
