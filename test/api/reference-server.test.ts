import { expect } from '@open-wc/testing';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  limit?: number;
}

interface Generated {
  id: string;
  name: string;
  secret: string;
  visiblePart: string;
  createdAt: string;
  expiresAt: string | null;
  previousSecretExpiresAt?: string | null;
}

const NOW = '2030-06-15T12:00:00.000Z';
const HOUR = 60 * 60 * 1000;
const at = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

/** Raw HTTP against a fresh namespace of the reference server: what any client, not just our adapter, would see. */
function setupTest() {
  const namespace = `/test-api/${crypto.randomUUID()}`;
  const base = `${namespace}/access-keys`;
  const responses: RawResponse[] = [];
  async function send(method: string, path = '', body?: BodyInit, contentType = 'application/json') {
    const response = await fetch(base + path, {
      method,
      body,
      headers: body === undefined ? {} : { 'Content-Type': contentType },
    });
    const text = await response.text();
    const raw: RawResponse = {
      status: response.status,
      headers: response.headers,
      text,
      json: text ? JSON.parse(text) : undefined,
    };
    responses.push(raw);
    return raw;
  }
  const json = (value: unknown) => JSON.stringify(value);
  const generate = (name = 'CI', expiresAt: string | null = null) => send('POST', '', json({ name, expiresAt }));
  const regenerate = (id: string, expiresAt: string | null, previousSecretExpiresAt: string | null) =>
    send('POST', `/${encodeURIComponent(id)}/regenerate`, json({ expiresAt, previousSecretExpiresAt }));
  const rename = (id: string, name: unknown) => send('PATCH', `/${encodeURIComponent(id)}`, json({ name }));
  const verify = async (secret: string) => (await send('POST', '/verify', json({ secret }))).status;
  async function setClock(now: string | null) {
    const response = await fetch(`${namespace}/test-clock`, { method: 'PUT', body: json({ now }), headers: { 'Content-Type': 'application/json' } });
    expect(response.status).to.equal(204);
  }
  const list = async () => ((await send('GET')).json as { items: Array<Record<string, unknown>> }).items;
  return { send, generate, regenerate, rename, verify, setClock, list, responses };
}

/** Asserts an RFC 9457 problem body with the reason `code`. */
function expectProblem(response: RawResponse, status: number, code: string): Problem {
  expect(response.status, code).to.equal(status);
  expect(response.headers.get('content-type'), code).to.match(/^application\/problem\+json/);
  const body = response.json as Problem;
  expect(body, code).to.include({ type: 'about:blank', status, code });
  expect(body.title).to.be.a('string').that.is.not.empty;
  expect(body.detail).to.be.a('string').that.is.not.empty;
  return body;
}

describe('reference server', () => {
  it('returns the plain secret only in the 201 body', async () => {
    const { send, generate, responses } = setupTest();
    const created = await generate();
    expect(created.status).to.equal(201);
    const { secret, id } = created.json as Generated;
    expect(secret).to.match(/^ak_/);

    await send('GET');
    await generate('second');
    await send('HEAD');
    await send('PUT');
    await send('DELETE', `/${encodeURIComponent(id)}`);
    await send('GET');
    const after = responses.slice(1);
    expect(after.map((response) => response.status)).to.deep.equal([200, 201, 200, 405, 204, 200]);
    for (const response of after) {
      expect(response.text).not.to.contain(secret);
      expect(response.text).not.to.contain(secret.slice(3, -4));
    }
    expect(after[0].text).not.to.contain('"secret"');
  });

  it('lists newest first with the normalised name and expiry', async () => {
    const { generate, list } = setupTest();
    await generate('  first\u200B', '2999-01-01T00:00:00-08:00');
    await generate('second');
    const items = await list();
    expect(items.map((item) => item.name)).to.deep.equal(['second', 'first']);
    expect(items[1].expiresAt).to.equal('2999-01-01T08:00:00.000Z');
  });

  it('holds the limit under 15 concurrent generates', async () => {
    const { generate, list } = setupTest();
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => generate(`key ${i}`)));
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).to.have.length(10);
    expect(statuses.filter((status) => status === 409)).to.have.length(5);
    for (const refused of results.filter((result) => result.status === 409)) {
      expect(expectProblem(refused, 409, 'limit-reached').limit).to.equal(10);
    }
    expect(await list()).to.have.length(10);
  });

  it('answers bad input with a 4xx problem body and keeps serving', async () => {
    const { send, generate, list } = setupTest();
    const cases: Array<[Promise<RawResponse>, number, string]> = [
      [send('POST', '', '{"name": "ci",'), 400, 'invalid-json'],
      [send('POST', '', ''), 400, 'invalid-json'],
      [send('POST', '', '[]'), 400, 'invalid-input'],
      [send('POST', '', 'null'), 400, 'invalid-input'],
      [send('POST', '', '{"expiresAt": null}'), 400, 'invalid-input'],
      [send('POST', '', JSON.stringify({ name: 'x'.repeat(1024 * 1024), expiresAt: null })), 413, 'body-too-large'],
      [send('POST', '', 'name=ci', 'application/x-www-form-urlencoded'), 415, 'unsupported-content-type'],
      [send('POST', '', '{"name": "ci", "expiresAt": null}', 'text/plain'), 415, 'unsupported-content-type'],
      [generate(' \u00A0'), 400, 'name-empty'],
      [generate('x'.repeat(121)), 400, 'name-too-long'],
      [generate('ok', 'soon'), 400, 'expires-at-invalid'],
      [generate('ok', '2000-01-01T00:00:00Z'), 400, 'expires-at-past'],
    ];
    for (const [pending, status, code] of cases) expectProblem(await pending, status, code);
    expect(await list()).to.deep.equal([]);
    expect((await generate('still serving')).status).to.equal(201);
  });

  it('takes __proto__ and constructor keys as data, never as a prototype', async () => {
    const { send, generate, list } = setupTest();
    const payloads = [
      '{"__proto__": {"name": "from the prototype"}, "expiresAt": null}',
      '{"constructor": {"prototype": {"name": "from the prototype"}}, "expiresAt": null}',
    ];
    for (const payload of payloads) expectProblem(await send('POST', '', payload), 400, 'invalid-input');
    const created = await send('POST', '', '{"name": "real", "expiresAt": null, "__proto__": {"limit": 0}}');
    expect(created.status).to.equal(201);
    expect((await list()).map((item) => item.name)).to.deep.equal(['real']);
    expect((await generate('another')).status).to.equal(201);
  });

  it('ignores unknown fields and never takes an id or secret from the client', async () => {
    const { send } = setupTest();
    const body = { name: 'CI', expiresAt: null, id: 'chosen', secret: 'ak_chosen', scopes: ['all'] };
    const created = await send('POST', '', JSON.stringify(body));
    expect(created.status).to.equal(201);
    const generated = created.json as Generated;
    expect(generated.id).not.to.equal('chosen');
    expect(generated.secret).not.to.equal('ak_chosen');
    expect(generated).not.to.have.property('scopes');
  });

  it('answers a removed or unknown key with 404 on every key endpoint', async () => {
    const { send, generate, regenerate, rename } = setupTest();
    const { id } = (await generate()).json as Generated;
    expect((await send('DELETE', `/${id}`)).status).to.equal(204);
    expectProblem(await send('DELETE', `/${id}`), 404, 'not-found');
    expectProblem(await regenerate(id, null, null), 404, 'not-found');
    expectProblem(await rename(id, 'new name'), 404, 'not-found');
    expectProblem(await send('DELETE', '/%E0%A4%A'), 404, 'not-found');
    expectProblem(await send('GET', `/${id}/elsewhere`), 404, 'not-found');
  });

  it('answers other methods with 405 and Allow', async () => {
    const { send } = setupTest();
    const cases: Array<[string, string, string]> = [
      ['PATCH', '', 'GET, HEAD, POST'],
      ['PUT', '/some-id', 'DELETE, PATCH'],
      ['GET', '/some-id/regenerate', 'POST'],
      ['GET', '/verify', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await send(method, path);
      expectProblem(response, 405, 'method-not-allowed');
      expect(response.headers.get('allow')).to.equal(allow);
    }
  });

  it('regenerates in place: same record, a new secret, the old one refused at once', async () => {
    const { generate, regenerate, verify, list } = setupTest();
    const first = (await generate('Deploy')).json as Generated;
    expect(await verify(first.secret)).to.equal(200);
    const response = await regenerate(first.id, '2999-01-01T00:00:00Z', null);
    expect(response.status).to.equal(200);
    const second = response.json as Generated;
    expect(second).to.include({ id: first.id, name: 'Deploy', createdAt: first.createdAt, expiresAt: '2999-01-01T00:00:00.000Z' });
    expect(second.secret).to.match(/^ak_/).and.not.equal(first.secret);
    expect(second.visiblePart).to.equal(second.secret.slice(-4));
    expect(second).not.to.have.property('previousSecretExpiresAt');
    expect(await verify(first.secret)).to.equal(401);
    expect(await verify(second.secret)).to.equal(200);
    const items = await list();
    expect(items).to.have.length(1);
    expect(items[0]).to.include({ id: first.id, visiblePart: second.visiblePart });
    expect(JSON.stringify(items)).not.to.contain(second.secret);
  });

  it('regenerates at the limit without counting again, and validates the input', async () => {
    const { generate, regenerate } = setupTest();
    const keys = [];
    for (let i = 0; i < 10; i++) keys.push((await generate(`key ${i}`)).json as Generated);
    expect((await regenerate(keys[3].id, null, null)).status).to.equal(200);
    expectProblem(await generate('one too many'), 409, 'limit-reached');
    const cases: Array<[string | null, string | null, string]> = [
      ['2000-01-01T00:00:00Z', null, 'expires-at-past'],
      [null, 'in an hour', 'previous-secret-expires-at-invalid'],
      [null, '2000-01-01T00:00:00Z', 'previous-secret-expires-at-past'],
      [null, new Date(Date.now() + 31 * 24 * HOUR).toISOString(), 'previous-secret-expires-at-too-late'],
    ];
    for (const [expiresAt, previous, code] of cases) expectProblem(await regenerate(keys[0].id, expiresAt, previous), 400, code);
  });

  it('keeps the old secret verifiable for a 1-day grace period, and not a moment after (fake clock)', async () => {
    const { generate, regenerate, verify, setClock, list } = setupTest();
    await setClock(NOW);
    const first = (await generate('Rolling')).json as Generated;
    const graceEnd = at(24 * HOUR);
    const second = (await regenerate(first.id, null, graceEnd)).json as Generated;
    expect(second.previousSecretExpiresAt).to.equal(graceEnd);
    expect((await list())[0].previousSecretExpiresAt).to.equal(graceEnd);

    await setClock(at(24 * HOUR - 1));
    expect(await verify(first.secret), 'old secret just before the end').to.equal(200);
    expect(await verify(second.secret)).to.equal(200);
    await setClock(graceEnd);
    expect(await verify(first.secret), 'old secret at the end').to.equal(401);
    expect(await verify(second.secret)).to.equal(200);
    expect((await list())[0], 'the grace note is gone').not.to.have.property('previousSecretExpiresAt');
  });

  it('verifies no secret of an expired key, and a regenerate revives it with the new secret only', async () => {
    const { generate, regenerate, verify, setClock } = setupTest();
    await setClock(NOW);
    const key = (await generate('Short-lived', at(HOUR))).json as Generated;
    await setClock(at(HOUR));
    expect(await verify(key.secret)).to.equal(401);
    const revived = (await regenerate(key.id, at(48 * HOUR), at(2 * HOUR))).json as Generated;
    expect(revived).not.to.have.property('previousSecretExpiresAt');
    expect(await verify(key.secret)).to.equal(401);
    expect(await verify(revived.secret)).to.equal(200);
  });

  it('renames by the name rules and returns the key without a secret', async () => {
    const { generate, rename, list } = setupTest();
    const key = (await generate('Old')).json as Generated;
    const response = await rename(key.id, '  New name\u00A0');
    expect(response.status).to.equal(200);
    const { secret: _secret, ...metadata } = key;
    expect(response.json).to.deep.equal({ ...metadata, name: 'New name' });
    expect(response.text).not.to.contain(key.secret);
    expect((await rename(key.id, 'x'.repeat(119) + '🔑')).status).to.equal(200);
    expectProblem(await rename(key.id, 'x'.repeat(121)), 400, 'name-too-long');
    expectProblem(await rename(key.id, ' \u200B'), 400, 'name-empty');
    expectProblem(await rename(key.id, 7), 400, 'invalid-input');
    expect((await list())[0].name).to.equal('x'.repeat(119) + '🔑');
  });

  it('marks every response Cache-Control: no-store', async () => {
    const { send, generate, responses } = setupTest();
    await send('GET');
    const { id } = (await generate()).json as Generated;
    await generate('');
    await send('DELETE', `/${id}`);
    await send('DELETE', `/${id}`);
    await send('PUT');
    expect(responses.map((response) => response.status)).to.deep.equal([200, 201, 400, 204, 404, 405]);
    for (const response of responses) expect(response.headers.get('cache-control')).to.equal('no-store');
  });
});
