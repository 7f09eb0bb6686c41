import type { Redactor } from './redact.js';

/** One request the conformance check sent and what came back, kept for the report and the whole-run promises. */
export interface Exchange {
  method: string;
  /** Path below the base URL, e.g. `/access-keys/{id}` filled in. */
  path: string;
  /** The endpoint's path template in the OpenAPI document, e.g. `/access-keys/{id}`. */
  template: string;
  /** What was sent, summarised and redacted. */
  sent: string;
  /** 0 when no response came (network error, timeout). */
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  /** Every response header, for the secret scan. */
  headers: Array<[string, string]>;
  /** The raw response body. Holds secrets: never printed as is. */
  text: string;
  /** The parsed body, `undefined` when empty or not JSON. */
  json: unknown;
  /** The network error, when `status` is 0. */
  error?: string;
}

export interface RequestBody {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is. */
  raw?: string;
  /** Default `application/json` when there is a body. */
  contentType?: string;
}

export interface HttpClientOptions {
  baseUrl: string;
  headers: Headers;
  fetch: typeof fetch;
  timeout: number;
  signal?: AbortSignal;
  redactor: Redactor;
}

/** Sends requests below the base URL and records every exchange. */
export class HttpClient {
  readonly exchanges: Exchange[] = [];
  readonly #options: HttpClientOptions;

  constructor(options: HttpClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  }

  async send(method: string, path: string, template: string, body?: RequestBody): Promise<Exchange> {
    const { baseUrl, fetch, timeout, signal, redactor } = this.#options;
    signal?.throwIfAborted();
    const headers = new Headers(this.#options.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    let payload: string | undefined;
    if (body) {
      payload = body.raw ?? JSON.stringify(body.json);
      headers.set('Content-Type', body.contentType ?? 'application/json');
    }
    const exchange: Exchange = {
      method,
      path,
      template,
      sent: payload === undefined ? '' : summarise(redactor.text(payload)),
      status: 0,
      contentType: null,
      cacheControl: null,
      headers: [],
      text: '',
      json: undefined,
    };
    this.exchanges.push(exchange);
    const timeoutSignal = AbortSignal.timeout(timeout);
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: payload,
        signal: signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal,
      });
      exchange.status = response.status;
      exchange.contentType = response.headers.get('content-type');
      exchange.cacheControl = response.headers.get('cache-control');
      response.headers.forEach((value, name) => exchange.headers.push([name, value]));
      exchange.text = await response.text();
      try {
        exchange.json = exchange.text.trim() === '' ? undefined : (JSON.parse(exchange.text) as unknown);
      } catch {
        exchange.json = undefined;
      }
    } catch (error) {
      signal?.throwIfAborted();
      exchange.error = timeoutSignal.aborted ? `no answer within ${timeout} ms` : errorText(error);
    }
    return exchange;
  }

  /** One line: what was sent and what came back, secrets redacted, long values shortened. */
  describe(exchange: Exchange): string {
    const sent = `${exchange.method} ${exchange.path}${exchange.sent ? ` ${exchange.sent}` : ''}`;
    if (exchange.status === 0) return `${sent} → no response (${exchange.error})`;
    const type = exchange.contentType ? ` ${exchange.contentType.split(';')[0]}` : '';
    const body = exchange.text ? ` ${summarise(this.#options.redactor.text(exchange.text))}` : '';
    return `${sent} → ${exchange.status}${type}${body}`;
  }
}

/** Shortens long strings inside a JSON text (and the text itself), so a line stays readable. */
function summarise(text: string): string {
  const shortened = text.replace(/"((?:[^"\\]|\\.){48})(?:[^"\\]|\\.){16,}"/g, (_match, start: string) => `"${start}…"`);
  return shortened.length > 200 ? `${shortened.slice(0, 200)}…(${text.length} characters)` : shortened;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
