import { estimateSecretEntropy } from './entropy.js';
import type { Exchange } from './http-client.js';
import { Broken, COLLECTION, isObject, Skipped, VERIFY, type ConformanceSession } from './session.js';

/** One promise of the contract, and how to see whether a backend keeps it. */
export interface ContractPromise {
  /** Stable, kebab-case: what CI scripts match on. */
  id: string;
  /** The promise, in a sentence. */
  title: string;
  /** Resolves to what proved it; throws {@link Broken} when it does not hold, {@link Skipped} when it cannot be seen. */
  check(session: ConformanceSession): Promise<string>;
}

/** Most backends that lack an optional endpoint answer one of these for it. */
const ABSENT = [404, 405, 501];
const MAX_KEYS_TO_FILL = 250;

/**
 * Every promise, in the order they run: single requests first, then the limit (which fills the account), then the
 * promises about the whole run (every response so far).
 */
export function contractPromises({ parallelCreates }: { parallelCreates: number }): ContractPromise[] {
  return [
    {
      id: 'list',
      title: 'GET /access-keys answers 200 with { items }',
      async check(s) {
        return `${(await s.list()).length} keys listed`;
      },
    },
    {
      id: 'create',
      title: 'POST /access-keys answers 201 with the key and its secret',
      async check(s) {
        const exchange = await s.create('create');
        s.expectStatus(exchange, 201);
        const problem = s.contract.schema('GeneratedAccessKey', exchange.json);
        if (problem) throw new Broken(`the 201 body is not a GeneratedAccessKey: ${problem}`);
        const { id } = exchange.json as { id: string };
        if (!(await s.list()).some((item) => item.id === id)) throw new Broken('the new key is not in the list');
        return `created ${id}; the list has it`;
      },
    },
    {
      id: 'name-trimmed',
      title: 'Names are trimmed of white space, NBSP and zero-width characters',
      async check(s) {
        const exchange = await s.post({ json: { name: ` \u00A0${s.name('trimmed')}\u200B\t`, expiresAt: null } });
        s.expectStatus(exchange, 201);
        const got = (exchange.json as { name?: unknown }).name;
        if (got !== s.name('trimmed')) throw new Broken(`expected the name "${s.name('trimmed')}", got ${JSON.stringify(got)}`);
        return 'the stored name has no white space at either end';
      },
    },
    {
      id: 'name-120-accepted',
      title: 'A name of 120 code points (an emoji counts as one) is accepted',
      async check(s) {
        const name = s.nameOfLength(120);
        const exchange = await s.post({ json: { name, expiresAt: null } });
        s.expectStatus(exchange, 201);
        if ((exchange.json as { name?: unknown }).name !== name) throw new Broken('the stored name differs from the one sent');
        return `201 for 120 code points (${name.length} UTF-16 units)`;
      },
    },
    {
      id: 'name-121-refused',
      title: 'A name of 121 code points is refused with 400',
      async check(s) {
        const before = (await s.list()).length;
        s.expectRefused(await s.post({ json: { name: s.nameOfLength(121), expiresAt: null } }), [400]);
        return `400; ${await s.expectNoDamage(before)}`;
      },
    },
    {
      id: 'name-blank-refused',
      title: 'A name of white space only (NBSP, zero-width included) is refused with 400',
      async check(s) {
        s.expectRefused(await s.post({ json: { name: ' \u00A0\u200B\u2060 ', expiresAt: null } }), [400]);
        return '400';
      },
    },
    {
      id: 'expires-at-past-refused',
      title: 'An expiresAt in the past is refused with 400',
      async check(s) {
        s.expectRefused(await s.create('past', { expiresAt: '2000-01-01T00:00:00.000Z' }), [400]);
        return '400';
      },
    },
    {
      id: 'unknown-fields-ignored',
      title: 'Unknown fields are ignored, and id and secret are never taken from the client',
      async check(s) {
        const chosenSecret = 'ak_chosen_by_the_client_0000000000000000';
        const exchange = await s.create('unknown fields', {
          scopes: ['everything'],
          color: 'blue',
          id: 'chosen-by-client',
          secret: chosenSecret,
        });
        s.expectStatus(exchange, 201);
        const body = exchange.json as Record<string, unknown>;
        if ('color' in body || 'scopes' in body) throw new Broken('the response echoes the unknown fields');
        if (body.id === 'chosen-by-client') throw new Broken('the backend took the id from the client');
        if (body.secret === chosenSecret) throw new Broken('the backend took the secret from the client');
        return '201, with an id and a secret of its own';
      },
    },
    {
      id: 'rename',
      title: 'PATCH /access-keys/{id} renames (trimmed), answers the key without its secret, refuses 121 code points',
      async check(s) {
        const key = await s.createKey('to rename');
        const exchange = await s.rename(key.id, `  ${s.name('renamed')} `);
        if (ABSENT.includes(exchange.status)) {
          s.capabilities.rename = false;
          s.probes.add(exchange);
          throw new Skipped(`rename is an optional capability this backend does not offer (${exchange.status} on a key it just listed)`);
        }
        s.expectStatus(exchange, 200);
        const body = exchange.json as Record<string, unknown>;
        if (body.id !== key.id || body.name !== s.name('renamed')) {
          throw new Broken(`expected the key ${key.id} named "${s.name('renamed')}", got ${s.http.describe(exchange)}`);
        }
        const listed = (await s.list()).find((item) => item.id === key.id);
        if (listed?.name !== s.name('renamed')) throw new Broken('the list does not show the new name');
        s.expectRefused(await s.rename(key.id, 'x'.repeat(121)), [400]);
        return 'renamed, listed with the new name; 121 code points refused with 400';
      },
    },
    {
      id: 'regenerate',
      title: 'POST /access-keys/{id}/regenerate keeps the record and hands over a new secret',
      async check(s) {
        const key = await s.createKey('to regenerate');
        const exchange = await s.regenerate(key.id, null);
        if (ABSENT.includes(exchange.status)) {
          s.capabilities.regenerate = false;
          s.probes.add(exchange);
          throw new Skipped(`regenerate is an optional capability this backend does not offer (${exchange.status} on a key it just listed)`);
        }
        s.expectStatus(exchange, 200);
        const problem = s.contract.schema('GeneratedAccessKey', exchange.json);
        if (problem) throw new Broken(`the 200 body is not a GeneratedAccessKey: ${problem}`);
        const body = exchange.json as Record<string, unknown>;
        for (const field of ['id', 'name', 'createdAt'] as const) {
          if (body[field] !== key[field]) throw new Broken(`"${field}" changed: the same record must keep it`);
        }
        if (body.secret === key.secret) throw new Broken('the secret did not change');
        const listed = (await s.list()).filter((item) => item.id === key.id);
        if (listed.length !== 1) throw new Broken(`expected the key once in the list, found it ${listed.length} times`);
        if (listed[0].visiblePart !== body.visiblePart) throw new Broken('the list shows the old visible part');
        return 'same id, name and createdAt; a new secret; the list shows the new visible part';
      },
    },
    {
      id: 'previous-secret',
      title: "A regenerated key's old secret stops at once, or works until previousSecretExpiresAt",
      async check(s) {
        if (!s.capabilities.regenerate) throw new Skipped('the backend does not offer regenerate');
        const key = await s.createKey('grace');
        const verify = async (secret: string) => {
          const exchange = await s.send('POST', VERIFY, VERIFY, { json: { secret } });
          return { exchange, status: exchange.status };
        };
        const first = await verify(key.secret!);
        if (ABSENT.includes(first.status)) {
          s.probes.add(first.exchange);
          throw new Skipped(
            `no verification endpoint (optional: POST ${VERIFY} { secret } → 200 / 401; got ${first.status}), so the old secret cannot be observed`,
          );
        }
        if (first.status !== 200) throw new Broken(`a new key's secret does not verify (${first.status})`);
        if ((await verify(`${key.secret!.slice(0, -4)}XXXX`)).status !== 401) throw new Broken('a wrong secret does not answer 401');

        s.expectStatus(await s.regenerate(key.id, null), 200);
        const second = s.ours.get(key.id)!.secret!;
        if ((await verify(key.secret!)).status !== 401) throw new Broken('with previousSecretExpiresAt null the old secret still works');
        if ((await verify(second)).status !== 200) throw new Broken('the new secret does not verify');

        s.expectStatus(await s.regenerate(key.id, new Date(Date.now() + 60 * 60 * 1000).toISOString()), 200);
        const third = s.ours.get(key.id)!.secret!;
        if ((await verify(second)).status !== 200) throw new Broken('within its grace period the old secret is refused');
        if ((await verify(third)).status !== 200) throw new Broken('the new secret does not verify');
        if ((await verify(key.secret!)).status !== 401) throw new Broken('a secret two generations old works again');
        return 'null: the old secret is refused at once; +1 h: both work; an older one stays refused';
      },
    },
    {
      id: 'remove-twice-404',
      title: 'Removing a key answers 204, removing it again 404 (regenerate and rename of it too)',
      async check(s) {
        const key = await s.createKey('to remove');
        s.expectStatus(await s.remove(key.id), 204);
        s.expectStatus(await s.remove(key.id), 404);
        if (s.capabilities.regenerate) s.expectStatus(await s.regenerate(key.id, null), 404);
        if (s.capabilities.rename) s.expectStatus(await s.rename(key.id, s.name('gone')), 404);
        if ((await s.list()).some((item) => item.id === key.id)) throw new Broken('the removed key is still listed');
        return '204, then 404 for every operation on the removed key';
      },
    },
    {
      id: 'body-too-large',
      title: 'A body over 1 MB is refused with a 4xx and does no damage',
      async check(s) {
        const before = (await s.list()).length;
        const exchange = await s.create('large', { padding: 'a'.repeat(1024 * 1024 + 1024) });
        s.expectRefused(exchange, '4xx');
        return `${exchange.status}; ${await s.expectNoDamage(before)}`;
      },
    },
    {
      id: 'malformed-json',
      title: 'Malformed JSON is refused with 400 and does no damage',
      async check(s) {
        const before = (await s.list()).length;
        s.expectRefused(await s.post({ raw: `{"name": "${s.name('malformed')}",` }), [400]);
        return `400; ${await s.expectNoDamage(before)}`;
      },
    },
    {
      id: 'wrong-content-type',
      title: 'A body that is not sent as application/json is refused with a 4xx and does no damage',
      async check(s) {
        const before = (await s.list()).length;
        const exchange = await s.post({
          raw: JSON.stringify({ name: s.name('text/plain'), expiresAt: null }),
          contentType: 'text/plain',
        });
        s.expectRefused(exchange, '4xx');
        return `${exchange.status}; ${await s.expectNoDamage(before)}`;
      },
    },
    {
      id: 'proto-payload',
      title: '{"__proto__": …} and {"constructor": {"prototype": …}} payloads are refused with a 4xx and do no damage',
      async check(s) {
        const before = (await s.list()).length;
        for (const raw of [
          `{"__proto__": {"name": "${s.name('from __proto__')}"}, "expiresAt": null}`,
          `{"constructor": {"prototype": {"name": "${s.name('from constructor')}"}}, "expiresAt": null}`,
        ]) {
          s.expectRefused(await s.post({ raw }), '4xx');
        }
        const probe = await s.create('after proto');
        s.expectStatus(probe, 201);
        const body = probe.json as Record<string, unknown>;
        if (body.name !== s.name('after proto')) throw new Broken('a later key got a name from a polluted prototype');
        await s.remove(body.id as string);
        return `4xx for both; ${await s.expectNoDamage(before)}, and a later create is unaffected`;
      },
    },
    {
      id: 'limit-atomic',
      title: `The limit holds under ${parallelCreates} parallel creates at limit − 1: exactly one succeeds`,
      async check(s) {
        let filled = 0;
        let refusal: Exchange | undefined;
        for (let i = 0; i < MAX_KEYS_TO_FILL && !refusal; i++) {
          const exchange = await s.create(`fill ${i}`);
          if (exchange.status === 201) filled += 1;
          else if (exchange.status === 409) refusal = exchange;
          else s.expectStatus(exchange, 201, 409);
        }
        if (!refusal) throw new Broken(`no 409 after ${MAX_KEYS_TO_FILL} creates: the limit is not enforced`);
        const limit = (await s.list()).length;
        const [spare] = s.liveKeys();
        if (!spare) throw new Broken('the account was at its limit before the check created a key');
        s.expectStatus(await s.remove(spare.id), 204);

        const exchanges = await Promise.all(Array.from({ length: parallelCreates }, (_, i) => s.create(`parallel ${i}`)));
        const created = exchanges.filter((exchange) => exchange.status === 201).length;
        const refused = exchanges.filter((exchange) => exchange.status === 409).length;
        const after = (await s.list()).length;
        if (created !== 1 || refused !== parallelCreates - 1) {
          throw new Broken(
            `at limit − 1 (${limit - 1} keys), ${parallelCreates} parallel creates gave ${created} × 201 and ${refused} × 409; the list now has ${after} keys (limit ${limit})`,
          );
        }
        if (after !== limit) throw new Broken(`the list has ${after} keys, the limit is ${limit}`);
        return `limit ${limit} reached after ${filled} creates; at limit − 1, 1 × 201 and ${refused} × 409`;
      },
    },
    {
      id: 'regenerate-at-limit',
      title: 'Regenerate at the limit succeeds: it does not count again',
      async check(s) {
        if (!s.capabilities.regenerate) throw new Skipped('the backend does not offer regenerate');
        const before = (await s.list()).length;
        const probe = await s.create('over the limit');
        if (probe.status !== 409) throw new Skipped(`not at the limit (the limit check did not leave it there: ${probe.status})`);
        s.expectStatus(await s.regenerate(s.liveKeys()[0].id, null), 200);
        if ((await s.list()).length !== before) throw new Broken('the number of keys changed');
        return `200 at the limit of ${before}`;
      },
    },
    {
      id: 'secret-entropy',
      title: 'Secrets have at least 128 bits of entropy (estimated from every secret handed over)',
      async check(s) {
        const secrets = s.redactor.secrets;
        if (secrets.length < 5) throw new Broken(`only ${secrets.length} secrets were handed over; at least 5 are needed`);
        const estimate = estimateSecretEntropy(secrets);
        const how = `${estimate.randomLength} varying characters of a ${estimate.alphabet}-symbol alphabet after the prefix "${estimate.prefix}", from ${secrets.length} secrets`;
        if (estimate.bits < 128) throw new Broken(`about ${estimate.bits} bits (${how})`);
        return `about ${estimate.bits} bits (${how})`;
      },
    },
    {
      id: 'secret-only-in-handover',
      title: 'The secret is in the create and regenerate responses, and in no other response or header',
      async check(s) {
        const secrets = s.redactor.secrets;
        if (secrets.length === 0) throw new Broken('no secret was ever handed over');
        const { exchanges } = s.http;
        const leaks = exchanges.filter((exchange) => {
          const headers = exchange.headers.map(([header, value]) => `${header}: ${value}`).join('\n');
          const where = s.handovers.has(exchange) ? headers : `${exchange.text}\n${headers}`;
          // The tail too: a backend that shortens a secret in a list still leaks most of it.
          return secrets.some((secret) => where.includes(secret) || where.includes(secret.slice(-24)));
        });
        if (leaks.length > 0) {
          throw new Broken(`a secret is in ${leaks.length} other responses, first: ${s.http.describe(leaks[0])} (secret redacted)`);
        }
        const missing = [...s.handovers].filter((exchange) => !isObject(exchange.json) || typeof exchange.json.secret !== 'string');
        if (missing.length > 0) throw new Broken(`a handover has no secret: ${s.http.describe(missing[0])}`);
        return `${s.handovers.size} handovers carried a secret; none of the other ${exchanges.length - s.handovers.size} responses did`;
      },
    },
    {
      id: 'no-store',
      title: 'Responses that carry a secret or the list are Cache-Control: no-store',
      async check(s) {
        const cached = s.http.exchanges.filter(
          (exchange) =>
            (s.handovers.has(exchange) || (exchange.method === 'GET' && exchange.template === COLLECTION && exchange.status === 200)) &&
            !/(^|,)\s*no-store\s*(,|$)/i.test(exchange.cacheControl ?? ''),
        );
        if (cached.length > 0) throw new Broken(`${cached.length} responses may be cached, first: ${s.http.describe(cached[0])}`);
        return 'every one is no-store';
      },
    },
    {
      id: 'problem-bodies',
      title: 'Every error answers application/problem+json with type, title, status and a code',
      async check(s) {
        const errors = s.http.exchanges.filter((exchange) => exchange.status >= 400 && !s.probes.has(exchange));
        for (const exchange of errors) {
          const problem = problemIn(s, exchange);
          if (problem) throw new Broken(`${problem}: ${s.http.describe(exchange)}`);
        }
        return `${errors.length} error responses, each a problem body`;
      },
    },
    {
      id: 'response-shapes',
      title: 'Every response matches docs/openapi.yaml for its endpoint and status',
      async check(s) {
        const { exchanges } = s.http;
        const mismatches: string[] = [];
        for (const exchange of exchanges) {
          if (s.probes.has(exchange)) continue;
          const problem =
            exchange.status === 0
              ? 'no response'
              : s.contract.response(exchange.template, exchange.method, exchange.status, exchange.contentType, exchange.json);
          if (problem) mismatches.push(`${problem}: ${s.http.describe(exchange)}`);
        }
        if (mismatches.length > 0) {
          throw new Broken(`${mismatches.length} of ${exchanges.length} responses do not match; first: ${mismatches[0]}`);
        }
        return `all ${exchanges.length} responses match`;
      },
    },
  ];
}

/** What makes an error response not a problem body of the contract, or `null`. */
function problemIn(s: ConformanceSession, exchange: Exchange): string | null {
  if (!/^application\/problem\+json\s*(;|$)/i.test(exchange.contentType ?? '')) {
    return `a ${exchange.status} with content type ${exchange.contentType ?? '(none)'}, not application/problem+json`;
  }
  const schema = s.contract.schema('Problem', exchange.json);
  if (schema) return `not a problem body (${schema})`;
  if ((exchange.json as { status: unknown }).status !== exchange.status) return 'its "status" differs from the HTTP status';
  return null;
}
