import { countCodePoints } from '../domain/name.js';
import { createContractValidator, type ContractValidator } from './contract.js';
import { estimateSecretEntropy } from './entropy.js';
import { HttpClient, type Exchange, type RequestBody } from './http-client.js';
import { Redactor } from './redact.js';

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

/** A promise that does not hold; its message says what was expected and what came. */
class Broken extends Error {}

/** A promise that cannot be checked against this backend (an optional capability it lacks). */
class Skipped extends Error {}

interface Key {
  id: string;
  name: string;
  secret?: string;
  visiblePart: string;
  createdAt: string;
}

const COLLECTION = '/access-keys';
const KEY = '/access-keys/{id}';
const REGENERATE = '/access-keys/{id}/regenerate';
const VERIFY = '/access-keys/verify';
const MAX_KEYS_TO_FILL = 250;

/**
 * Checks a running backend against the REST contract (docs/openapi.yaml): it creates, lists, regenerates, renames
 * and removes keys of its own, named `conformance …`, and removes them again at the end, even when a promise fails or
 * the run is aborted. Use an account with room for at least two keys; keys it did not create are never touched.
 *
 * @param baseUrl where the contract lives, e.g. `http://127.0.0.1:8080/api` (endpoints are `${baseUrl}/access-keys…`)
 */
export async function checkAccessKeyBackend(
  baseUrl: string,
  options: CheckAccessKeyBackendOptions = {},
): Promise<ConformanceReport> {
  const redactor = new Redactor();
  const http = new HttpClient({
    baseUrl,
    headers: new Headers(options.headers),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout: options.timeout ?? 15000,
    signal: options.signal,
    redactor,
  });
  const contract = createContractValidator();
  const runId = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const ours = new Map<string, Key>();
  const removed = new Set<string>();
  const results: ConformanceResult[] = [];
  /** Where the secret may appear: the 201 of a create and the 200 of a regenerate. */
  const handovers = new Set<Exchange>();
  const capabilities = { rename: true, regenerate: true };
  /** Requests to an optional endpoint the backend turned out not to have: not held to the document. */
  const probes = new Set<Exchange>();

  const name = (what: string) => `conformance ${runId} ${what}`;
  /** One of our names, exactly `length` code points long, ending in an emoji (two UTF-16 units, one code point). */
  const nameOfLength = (length: number) => {
    const base = name('');
    return base + 'x'.repeat(length - countCodePoints(base) - 1) + '🔑';
  };
  const send = (method: string, path: string, template: string, body?: RequestBody) =>
    http.send(method, path, template, body);
  const keyPath = (id: string) => `${COLLECTION}/${encodeURIComponent(id)}`;

  async function create(what: string, extra: Record<string, unknown> = {}): Promise<Exchange> {
    const exchange = await send('POST', COLLECTION, COLLECTION, { json: { name: name(what), expiresAt: null, ...extra } });
    adopt(exchange, exchange.status === 201);
    return exchange;
  }

  /** Records a key the backend handed over (so it is cleaned up and its secret redacted). */
  function adopt(exchange: Exchange, handover: boolean): Key | undefined {
    if (!handover || !isObject(exchange.json) || typeof exchange.json.id !== 'string') return undefined;
    handovers.add(exchange);
    const body = exchange.json;
    if (typeof body.secret === 'string') redactor.add(body.secret);
    const key: Key = {
      id: body.id as string,
      name: String(body.name),
      secret: typeof body.secret === 'string' ? body.secret : undefined,
      visiblePart: String(body.visiblePart),
      createdAt: String(body.createdAt),
    };
    ours.set(key.id, key);
    removed.delete(key.id);
    return key;
  }

  async function createKey(what: string): Promise<Key> {
    const exchange = await create(what);
    expectStatus(exchange, 201);
    return ours.get((exchange.json as { id: string }).id)!;
  }

  async function remove(id: string): Promise<Exchange> {
    const exchange = await send('DELETE', keyPath(id), KEY);
    if (exchange.status === 204 || exchange.status === 404) removed.add(id);
    return exchange;
  }

  async function list(): Promise<Array<Record<string, unknown>>> {
    const exchange = await send('GET', COLLECTION, COLLECTION);
    expectStatus(exchange, 200);
    const items = isObject(exchange.json) ? exchange.json.items : undefined;
    if (!Array.isArray(items)) throw new Broken(`the list has no "items" array: ${http.describe(exchange)}`);
    return items.filter(isObject);
  }

  async function regenerate(id: string, previousSecretExpiresAt: string | null): Promise<Exchange> {
    const exchange = await send('POST', `${keyPath(id)}/regenerate`, REGENERATE, {
      json: { expiresAt: null, previousSecretExpiresAt },
    });
    adopt(exchange, exchange.status === 200);
    return exchange;
  }

  function expectStatus(exchange: Exchange, ...statuses: number[]): void {
    if (statuses.includes(exchange.status)) return;
    throw new Broken(`expected ${statuses.join(' or ')}, got ${describeStatus(exchange)}: ${http.describe(exchange)}`);
  }

  function expectRefused(exchange: Exchange, statuses: number[] | '4xx'): void {
    const ok = statuses === '4xx' ? exchange.status >= 400 && exchange.status < 500 : statuses.includes(exchange.status);
    if (!ok) {
      const expected = statuses === '4xx' ? 'a 4xx' : statuses.join(' or ');
      throw new Broken(`expected ${expected}, got ${describeStatus(exchange)}: ${http.describe(exchange)}`);
    }
  }

  /** The backend still lists keys, and its key count did not change. */
  async function expectNoDamage(before: number): Promise<string> {
    const items = await list();
    if (items.length !== before) throw new Broken(`the request changed the list: ${before} keys before, ${items.length} after`);
    return `the server still answers, with the same ${items.length} keys`;
  }

  async function promise(id: string, title: string, run: () => Promise<string>): Promise<void> {
    options.signal?.throwIfAborted();
    options.onStart?.(id, title);
    const first = http.exchanges.length;
    let status: ConformanceStatus;
    let detail: string;
    try {
      detail = await run();
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

  try {
    await promise('list', 'GET /access-keys answers 200 with { items }', async () => {
      const items = await list();
      return `${items.length} keys listed`;
    });

    await promise('create', 'POST /access-keys answers 201 with the key and its secret', async () => {
      const exchange = await create('create');
      expectStatus(exchange, 201);
      const problem = contract.schema('GeneratedAccessKey', exchange.json);
      if (problem) throw new Broken(`the 201 body is not a GeneratedAccessKey: ${problem}`);
      const key = ours.get((exchange.json as { id: string }).id)!;
      const listed = (await list()).find((item) => item.id === key.id);
      if (!listed) throw new Broken('the new key is not in the list');
      return `created ${key.id}; the list has it`;
    });

    await promise('name-trimmed', 'Names are trimmed of white space, NBSP and zero-width characters', async () => {
      const exchange = await send('POST', COLLECTION, COLLECTION, {
        json: { name: ` \u00A0${name('trimmed')}\u200B\t`, expiresAt: null },
      });
      adopt(exchange, exchange.status === 201);
      expectStatus(exchange, 201);
      const got = (exchange.json as { name?: unknown }).name;
      if (got !== name('trimmed')) throw new Broken(`expected the name "${name('trimmed')}", got ${JSON.stringify(got)}`);
      return 'the stored name has no white space at either end';
    });

    await promise('name-120-accepted', 'A name of 120 code points (an emoji counts as one) is accepted', async () => {
      const full = nameOfLength(120);
      const exchange = await send('POST', COLLECTION, COLLECTION, { json: { name: full, expiresAt: null } });
      adopt(exchange, exchange.status === 201);
      expectStatus(exchange, 201);
      if ((exchange.json as { name?: unknown }).name !== full) throw new Broken('the stored name differs from the one sent');
      return `201 for ${countCodePoints(full)} code points (${full.length} UTF-16 units)`;
    });

    await promise('name-121-refused', 'A name of 121 code points is refused with 400', async () => {
      const before = (await list()).length;
      const exchange = await send('POST', COLLECTION, COLLECTION, { json: { name: nameOfLength(121), expiresAt: null } });
      adopt(exchange, exchange.status === 201);
      expectRefused(exchange, [400]);
      return `400; ${await expectNoDamage(before)}`;
    });

    await promise('name-blank-refused', 'A name of white space only (NBSP, zero-width included) is refused with 400', async () => {
      const exchange = await send('POST', COLLECTION, COLLECTION, { json: { name: ' \u00A0\u200B\u2060 ', expiresAt: null } });
      adopt(exchange, exchange.status === 201);
      expectRefused(exchange, [400]);
      return '400';
    });

    await promise('expires-at-past-refused', 'An expiresAt in the past is refused with 400', async () => {
      const exchange = await create('past', { expiresAt: '2000-01-01T00:00:00.000Z' });
      expectRefused(exchange, [400]);
      return '400';
    });

    await promise('unknown-fields-ignored', 'Unknown fields are ignored, and id and secret are never taken from the client', async () => {
      const exchange = await create('unknown fields', {
        scopes: ['everything'],
        color: 'blue',
        id: 'chosen-by-client',
        secret: 'ak_chosen_by_the_client_0000000000000000',
      });
      expectStatus(exchange, 201);
      const body = exchange.json as Record<string, unknown>;
      if ('color' in body || 'scopes' in body) throw new Broken('the response echoes the unknown fields');
      if (body.id === 'chosen-by-client') throw new Broken('the backend took the id from the client');
      if (body.secret === 'ak_chosen_by_the_client_0000000000000000') throw new Broken('the backend took the secret from the client');
      return '201, with an id and a secret of its own';
    });

    await promise('rename', 'PATCH /access-keys/{id} renames (trimmed), answers the key without its secret, refuses 121 code points', async () => {
      const key = await createKey('to rename');
      const exchange = await send('PATCH', keyPath(key.id), KEY, { json: { name: `  ${name('renamed')} ` } });
      if (exchange.status === 404 || exchange.status === 405 || exchange.status === 501) {
        capabilities.rename = false;
        probes.add(exchange);
        throw new Skipped(`rename is an optional capability this backend does not offer (${exchange.status} on a key it just listed)`);
      }
      expectStatus(exchange, 200);
      const body = exchange.json as Record<string, unknown>;
      if (body.id !== key.id || body.name !== name('renamed')) {
        throw new Broken(`expected the key ${key.id} named "${name('renamed')}", got ${http.describe(exchange)}`);
      }
      const listed = (await list()).find((item) => item.id === key.id);
      if (listed?.name !== name('renamed')) throw new Broken('the list does not show the new name');
      const tooLong = await send('PATCH', keyPath(key.id), KEY, { json: { name: 'x'.repeat(121) } });
      expectRefused(tooLong, [400]);
      return 'renamed, listed with the new name; 121 code points refused with 400';
    });

    await promise('regenerate', 'POST /access-keys/{id}/regenerate keeps the record and hands over a new secret', async () => {
      const key = await createKey('to regenerate');
      const exchange = await regenerate(key.id, null);
      if (exchange.status === 404 || exchange.status === 405 || exchange.status === 501) {
        capabilities.regenerate = false;
        probes.add(exchange);
        throw new Skipped(`regenerate is an optional capability this backend does not offer (${exchange.status} on a key it just listed)`);
      }
      expectStatus(exchange, 200);
      const problem = contract.schema('GeneratedAccessKey', exchange.json);
      if (problem) throw new Broken(`the 200 body is not a GeneratedAccessKey: ${problem}`);
      const body = exchange.json as Record<string, unknown>;
      for (const field of ['id', 'name', 'createdAt'] as const) {
        if (body[field] !== key[field]) throw new Broken(`"${field}" changed: the same record must keep it`);
      }
      if (body.secret === key.secret) throw new Broken('the secret did not change');
      const listed = (await list()).filter((item) => item.id === key.id);
      if (listed.length !== 1) throw new Broken(`expected the key once in the list, found it ${listed.length} times`);
      if (listed[0].visiblePart !== body.visiblePart) throw new Broken('the list shows the old visible part');
      return 'same id, name and createdAt; a new secret; the list shows the new visible part';
    });

    await promise('previous-secret', "A regenerated key's old secret stops at once, or works until previousSecretExpiresAt", async () => {
      if (!capabilities.regenerate) throw new Skipped('the backend does not offer regenerate');
      const key = await createKey('grace');
      const verify = async (secret: string) => (await send('POST', VERIFY, VERIFY, { json: { secret } })).status;
      const first = await verify(key.secret!);
      if (first === 404 || first === 405 || first === 501) {
        probes.add(http.exchanges.at(-1)!);
        throw new Skipped(`no verification endpoint (optional: POST ${VERIFY} { secret } → 200 / 401; got ${first}), so the old secret cannot be observed`);
      }
      if (first !== 200) throw new Broken(`a new key's secret does not verify (${first})`);
      if ((await verify(`${key.secret!.slice(0, -4)}XXXX`)) !== 401) throw new Broken('a wrong secret does not answer 401');

      const atOnce = await regenerate(key.id, null);
      expectStatus(atOnce, 200);
      const second = ours.get(key.id)!.secret!;
      if ((await verify(key.secret!)) !== 401) throw new Broken('with previousSecretExpiresAt null the old secret still works');
      if ((await verify(second)) !== 200) throw new Broken('the new secret does not verify');

      const inAnHour = new Date(Date.now() + 60 * 60 * 1000).toISOString();
      const graceful = await regenerate(key.id, inAnHour);
      expectStatus(graceful, 200);
      const third = ours.get(key.id)!.secret!;
      if ((await verify(second)) !== 200) throw new Broken('within its grace period the old secret is refused');
      if ((await verify(third)) !== 200) throw new Broken('the new secret does not verify');
      if ((await verify(key.secret!)) !== 401) throw new Broken('a secret two generations old works again');
      return 'null: the old secret is refused at once; +1 h: both work; an older one stays refused';
    });

    await promise('remove-twice-404', 'Removing a key answers 204, removing it again 404 (regenerate and rename of it too)', async () => {
      const key = await createKey('to remove');
      expectStatus(await remove(key.id), 204);
      const again = await remove(key.id);
      expectStatus(again, 404);
      if (capabilities.regenerate) expectStatus(await regenerate(key.id, null), 404);
      if (capabilities.rename) expectStatus(await send('PATCH', keyPath(key.id), KEY, { json: { name: name('gone') } }), 404);
      if ((await list()).some((item) => item.id === key.id)) throw new Broken('the removed key is still listed');
      return '204, then 404 for every operation on the removed key';
    });

    await promise('body-too-large', 'A body over 1 MB is refused with a 4xx and does no damage', async () => {
      const before = (await list()).length;
      const exchange = await create('large', { padding: 'a'.repeat(1024 * 1024 + 1024) });
      expectRefused(exchange, '4xx');
      return `${exchange.status}; ${await expectNoDamage(before)}`;
    });

    await promise('malformed-json', 'Malformed JSON is refused with 400 and does no damage', async () => {
      const before = (await list()).length;
      const exchange = await send('POST', COLLECTION, COLLECTION, { raw: `{"name": "${name('malformed')}",` });
      expectRefused(exchange, [400]);
      return `400; ${await expectNoDamage(before)}`;
    });

    await promise('wrong-content-type', 'A body that is not sent as application/json is refused with a 4xx and does no damage', async () => {
      const before = (await list()).length;
      const exchange = await send('POST', COLLECTION, COLLECTION, {
        raw: JSON.stringify({ name: name('text/plain'), expiresAt: null }),
        contentType: 'text/plain',
      });
      adopt(exchange, exchange.status === 201);
      expectRefused(exchange, '4xx');
      return `${exchange.status}; ${await expectNoDamage(before)}`;
    });

    await promise('proto-payload', '{"__proto__": …} and {"constructor": {"prototype": …}} payloads are refused with a 4xx and do no damage', async () => {
      const before = (await list()).length;
      const payloads = [
        `{"__proto__": {"name": "${name('from __proto__')}"}, "expiresAt": null}`,
        `{"constructor": {"prototype": {"name": "${name('from constructor')}"}}, "expiresAt": null}`,
      ];
      for (const raw of payloads) {
        const exchange = await send('POST', COLLECTION, COLLECTION, { raw });
        adopt(exchange, exchange.status === 201);
        expectRefused(exchange, '4xx');
      }
      const probe = await create('after proto');
      expectStatus(probe, 201);
      const body = probe.json as Record<string, unknown>;
      if (body.name !== name('after proto')) throw new Broken('a later key got a name from a polluted prototype');
      await remove(body.id as string);
      return `4xx for both; ${await expectNoDamage(before)}, and a later create is unaffected`;
    });

    await promise('limit-atomic', `The limit holds under ${options.parallelCreates ?? 5} parallel creates at limit − 1: exactly one succeeds`, async () => {
      const filled: Key[] = [];
      let refusal: Exchange | undefined;
      for (let i = 0; i < MAX_KEYS_TO_FILL && !refusal; i++) {
        const exchange = await create(`fill ${i}`);
        if (exchange.status === 201) filled.push(ours.get((exchange.json as { id: string }).id)!);
        else if (exchange.status === 409) refusal = exchange;
        else expectStatus(exchange, 201, 409);
      }
      if (!refusal) throw new Broken(`no 409 after ${MAX_KEYS_TO_FILL} creates: the limit is not enforced`);
      const atLimit = (await list()).length;
      const candidates = [...ours.values()].filter((key) => !removed.has(key.id));
      if (candidates.length === 0) throw new Broken('the account was at its limit before the check created a key');
      expectStatus(await remove(candidates[0].id), 204);

      const parallel = options.parallelCreates ?? 5;
      const exchanges = await Promise.all(Array.from({ length: parallel }, (_, i) => create(`parallel ${i}`)));
      const created = exchanges.filter((exchange) => exchange.status === 201).length;
      const refused = exchanges.filter((exchange) => exchange.status === 409).length;
      const after = (await list()).length;
      if (created !== 1 || refused !== parallel - 1) {
        throw new Broken(`at limit − 1 (${atLimit - 1} keys), ${parallel} parallel creates gave ${created} × 201 and ${refused} × 409; the list now has ${after} keys (limit ${atLimit})`);
      }
      if (after !== atLimit) throw new Broken(`the list has ${after} keys, the limit is ${atLimit}`);
      return `limit ${atLimit} reached after ${filled.length} creates; at limit − 1, 1 × 201 and ${refused} × 409`;
    });

    await promise('regenerate-at-limit', 'Regenerate at the limit succeeds: it does not count again', async () => {
      if (!capabilities.regenerate) throw new Skipped('the backend does not offer regenerate');
      const before = (await list()).length;
      const probe = await create('over the limit');
      if (probe.status !== 409) throw new Skipped(`not at the limit (the limit check did not leave it there: ${probe.status})`);
      const candidate = [...ours.values()].find((key) => !removed.has(key.id))!;
      expectStatus(await regenerate(candidate.id, null), 200);
      if ((await list()).length !== before) throw new Broken('the number of keys changed');
      return `200 at the limit of ${before}`;
    });

    // Room again for anything after this point, and fewer of our keys left should cleanup fail.
    for (const key of [...ours.values()]) if (!removed.has(key.id)) await remove(key.id);

    await promise('secret-entropy', 'Secrets have at least 128 bits of entropy (estimated from every secret handed over)', async () => {
      const secrets = redactor.secrets;
      if (secrets.length < 5) throw new Broken(`only ${secrets.length} secrets were handed over; at least 5 are needed`);
      const estimate = estimateSecretEntropy(secrets);
      const how = `${estimate.randomLength} varying characters of a ${estimate.alphabet}-symbol alphabet after the prefix "${estimate.prefix}", from ${secrets.length} secrets`;
      if (estimate.bits < 128) throw new Broken(`about ${estimate.bits} bits (${how})`);
      return `about ${estimate.bits} bits (${how})`;
    });

    await promise('secret-only-in-handover', 'The secret is in the create and regenerate responses, and in no other response or header', async () => {
      const secrets = redactor.secrets;
      if (secrets.length === 0) throw new Broken('no secret was ever handed over');
      const leaks = http.exchanges.filter((exchange) => {
        const headers = exchange.headers.map(([header, value]) => `${header}: ${value}`).join('\n');
        const where = handovers.has(exchange) ? headers : `${exchange.text}\n${headers}`;
        return secrets.some((secret) => where.includes(secret) || where.includes(secret.slice(-24)));
      });
      if (leaks.length > 0) {
        throw new Broken(`a secret is in ${leaks.length} other responses, first: ${http.describe(leaks[0])} (secret redacted)`);
      }
      const missing = [...handovers].filter((exchange) => !isObject(exchange.json) || typeof exchange.json.secret !== 'string');
      if (missing.length > 0) throw new Broken(`a handover has no secret: ${http.describe(missing[0])}`);
      return `${handovers.size} handovers carried a secret; none of the other ${http.exchanges.length - handovers.size} responses did`;
    });

    await promise('no-store', 'Responses that carry a secret or the list are Cache-Control: no-store', async () => {
      const cached = http.exchanges.filter(
        (exchange) =>
          (handovers.has(exchange) || (exchange.method === 'GET' && exchange.status === 200)) &&
          !/(^|,)\s*no-store\s*(,|$)/i.test(exchange.cacheControl ?? ''),
      );
      if (cached.length > 0) throw new Broken(`${cached.length} responses may be cached, first: ${http.describe(cached[0])}`);
      return 'every one is no-store';
    });

    await promise('problem-bodies', 'Every error answers application/problem+json with type, title, status and a code', async () => {
      const errors = http.exchanges.filter((exchange) => exchange.status >= 400 && !probes.has(exchange));
      for (const exchange of errors) {
        const problem = checkProblem(contract, exchange);
        if (problem) throw new Broken(`${problem}: ${http.describe(exchange)}`);
      }
      return `${errors.length} error responses, each a problem body`;
    });

    await promise('response-shapes', 'Every response matches docs/openapi.yaml for its endpoint and status', async () => {
      const mismatches: string[] = [];
      for (const exchange of http.exchanges) {
        if (probes.has(exchange)) continue;
        if (exchange.status === 0) {
          mismatches.push(`no response: ${http.describe(exchange)}`);
          continue;
        }
        const problem = contract.response(exchange.template, exchange.method, exchange.status, exchange.contentType, exchange.json);
        if (problem) mismatches.push(`${problem}: ${http.describe(exchange)}`);
      }
      if (mismatches.length > 0) {
        throw new Broken(`${mismatches.length} of ${http.exchanges.length} responses do not match; first: ${mismatches[0]}`);
      }
      return `all ${http.exchanges.length} responses match`;
    });
  } finally {
    // Clean up even when a promise threw or the run was aborted: a fresh signal-free pass over our keys.
    for (const key of ours.values()) {
      if (removed.has(key.id)) continue;
      const exchange = await new HttpClient({
        baseUrl,
        headers: new Headers(options.headers),
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        timeout: options.timeout ?? 15000,
        redactor,
      }).send('DELETE', keyPath(key.id), KEY).catch(() => undefined);
      if (exchange && ((exchange.status >= 200 && exchange.status < 300) || exchange.status === 404)) removed.add(key.id);
    }
  }

  const counts: Record<ConformanceStatus, number> = { pass: 0, fail: 0, skip: 0 };
  for (const result of results) counts[result.status] += 1;
  return {
    baseUrl,
    passed: counts.fail === 0,
    counts,
    results,
    leftovers: [...ours.keys()].filter((id) => !removed.has(id)),
  };
}

function checkProblem(contract: ContractValidator, exchange: Exchange): string | null {
  if (!/^application\/problem\+json\s*(;|$)/i.test(exchange.contentType ?? '')) {
    return `a ${exchange.status} with content type ${exchange.contentType ?? '(none)'}, not application/problem+json`;
  }
  const schema = contract.schema('Problem', exchange.json);
  if (schema) return `not a problem body (${schema})`;
  if ((exchange.json as { status: unknown }).status !== exchange.status) return 'its "status" differs from the HTTP status';
  return null;
}

function describeStatus(exchange: Exchange): string {
  return exchange.status === 0 ? `no response (${exchange.error})` : String(exchange.status);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
