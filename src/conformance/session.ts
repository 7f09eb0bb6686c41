import { countCodePoints } from '../domain/name.js';
import type { ContractValidator } from './contract.js';
import type { Exchange, HttpClient, RequestBody } from './http-client.js';
import type { Redactor } from './redact.js';

/** A promise that does not hold; its message says what was expected and what came. */
export class Broken extends Error {}

/** A promise that cannot be checked against this backend (an optional capability it lacks); the message says why. */
export class Skipped extends Error {}

/** A key the check created, as the backend handed it over. */
export interface OwnKey {
  id: string;
  name: string;
  secret?: string;
  visiblePart: string;
  createdAt: string;
}

export const COLLECTION = '/access-keys';
export const KEY = '/access-keys/{id}';
export const REGENERATE = '/access-keys/{id}/regenerate';
export const VERIFY = '/access-keys/verify';

/**
 * One run of the conformance check against one backend: the requests the promises are made of, and what the run has
 * learnt so far (the keys it created, where secrets were handed over, which optional endpoints exist), which the
 * promises at the end check the whole run against.
 */
export class ConformanceSession {
  /** Our keys by id, with the secret last handed over. */
  readonly ours = new Map<string, OwnKey>();
  readonly removed = new Set<string>();
  /** Where the secret may appear: the 201 of a create and the 200 of a regenerate. */
  readonly handovers = new Set<Exchange>();
  /** Requests to an optional endpoint the backend turned out not to have: not held to the document. */
  readonly probes = new Set<Exchange>();
  readonly capabilities = { rename: true, regenerate: true };

  constructor(
    readonly http: HttpClient,
    readonly redactor: Redactor,
    readonly contract: ContractValidator,
    /** Tells this run's keys from a host's own, and from another run's. */
    readonly runId: string,
  ) {}

  /** A name of ours: `conformance <run id> <what>`. */
  name(what: string): string {
    return `conformance ${this.runId} ${what}`;
  }

  /** One of our names, exactly `length` code points long, ending in an emoji (two UTF-16 units, one code point). */
  nameOfLength(length: number): string {
    const base = this.name('');
    return base + 'x'.repeat(length - countCodePoints(base) - 1) + '🔑';
  }

  keyPath(id: string): string {
    return `${COLLECTION}/${encodeURIComponent(id)}`;
  }

  send(method: string, path: string, template: string, body?: RequestBody): Promise<Exchange> {
    return this.http.send(method, path, template, body);
  }

  /** `POST /access-keys` with `body`; a key it creates is ours, whatever the status promised. */
  async post(body: RequestBody): Promise<Exchange> {
    const exchange = await this.send('POST', COLLECTION, COLLECTION, body);
    this.adopt(exchange, exchange.status === 201);
    return exchange;
  }

  /** Creates a key named after `what`, with no expiry and `extra` fields. */
  create(what: string, extra: Record<string, unknown> = {}): Promise<Exchange> {
    return this.post({ json: { name: this.name(what), expiresAt: null, ...extra } });
  }

  /** Creates a key and insists on the 201. */
  async createKey(what: string): Promise<OwnKey> {
    const exchange = await this.create(what);
    this.expectStatus(exchange, 201);
    return this.ours.get((exchange.json as { id: string }).id)!;
  }

  async regenerate(id: string, previousSecretExpiresAt: string | null): Promise<Exchange> {
    const exchange = await this.send('POST', `${this.keyPath(id)}/regenerate`, REGENERATE, {
      json: { expiresAt: null, previousSecretExpiresAt },
    });
    this.adopt(exchange, exchange.status === 200);
    return exchange;
  }

  rename(id: string, name: string): Promise<Exchange> {
    return this.send('PATCH', this.keyPath(id), KEY, { json: { name } });
  }

  async remove(id: string): Promise<Exchange> {
    const exchange = await this.send('DELETE', this.keyPath(id), KEY);
    if (exchange.status === 204 || exchange.status === 404) this.removed.add(id);
    return exchange;
  }

  /** `GET /access-keys`, insisting on a 200 with an `items` array. */
  async list(): Promise<Array<Record<string, unknown>>> {
    const exchange = await this.send('GET', COLLECTION, COLLECTION);
    this.expectStatus(exchange, 200);
    const items = isObject(exchange.json) ? exchange.json.items : undefined;
    if (!Array.isArray(items)) throw new Broken(`the list has no "items" array: ${this.http.describe(exchange)}`);
    return items.filter(isObject);
  }

  /** Our keys that have not been removed. */
  liveKeys(): OwnKey[] {
    return [...this.ours.values()].filter((key) => !this.removed.has(key.id));
  }

  expectStatus(exchange: Exchange, ...statuses: number[]): void {
    if (statuses.includes(exchange.status)) return;
    throw new Broken(`expected ${statuses.join(' or ')}, got ${statusOf(exchange)}: ${this.http.describe(exchange)}`);
  }

  /** The request was refused with one of `statuses`, or with any 4xx. */
  expectRefused(exchange: Exchange, statuses: number[] | '4xx'): void {
    const ok = statuses === '4xx' ? exchange.status >= 400 && exchange.status < 500 : statuses.includes(exchange.status);
    if (ok) return;
    const expected = statuses === '4xx' ? 'a 4xx' : statuses.join(' or ');
    throw new Broken(`expected ${expected}, got ${statusOf(exchange)}: ${this.http.describe(exchange)}`);
  }

  /** The backend still lists keys, and as many as `before`. */
  async expectNoDamage(before: number): Promise<string> {
    const items = await this.list();
    if (items.length !== before) throw new Broken(`the request changed the list: ${before} keys before, ${items.length} after`);
    return `the server still answers, with the same ${items.length} keys`;
  }

  /** Records a key the backend handed over, so it is cleaned up and its secret redacted. */
  adopt(exchange: Exchange, handover: boolean): void {
    if (!handover || !isObject(exchange.json) || typeof exchange.json.id !== 'string') return;
    this.handovers.add(exchange);
    const body = exchange.json;
    if (typeof body.secret === 'string') this.redactor.add(body.secret);
    const key: OwnKey = {
      id: body.id as string,
      name: String(body.name),
      secret: typeof body.secret === 'string' ? body.secret : undefined,
      visiblePart: String(body.visiblePart),
      createdAt: String(body.createdAt),
    };
    this.ours.set(key.id, key);
    this.removed.delete(key.id);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statusOf(exchange: Exchange): string {
  return exchange.status === 0 ? `no response (${exchange.error})` : String(exchange.status);
}
