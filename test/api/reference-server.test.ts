import { expect } from '@open-wc/testing';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Raw HTTP against a fresh namespace of the reference server: what any client, not just our adapter, would see. */
function setupTest() {
  const base = `/test-api/${crypto.randomUUID()}/access-keys`;
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
  const generate = (name = 'CI', expiresAt: string | null = null) =>
    send('POST', '', JSON.stringify({ name, expiresAt }));
  return { send, generate, responses };
}

describe('reference server', () => {
  it('returns the plain secret only in the 201 body', async () => {
    const { send, generate, responses } = setupTest();
    const created = await generate();
    expect(created.status).to.equal(201);
    const { secret, id } = created.json as { secret: string; id: string };
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
    const { send, generate } = setupTest();
    await generate('  first\u200B', '2999-01-01T00:00:00-08:00');
    await generate('second');
    const { json } = await send('GET');
    const items = (json as { items: Array<{ name: string; expiresAt: string | null }> }).items;
    expect(items.map((item) => item.name)).to.deep.equal(['second', 'first']);
    expect(items[1].expiresAt).to.equal('2999-01-01T08:00:00.000Z');
  });

  it('holds the limit under 15 concurrent generates', async () => {
    const { send, generate } = setupTest();
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => generate(`key ${i}`)));
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).to.have.length(10);
    expect(statuses.filter((status) => status === 409)).to.have.length(5);
    for (const refused of results.filter((result) => result.status === 409)) {
      expect(refused.json).to.deep.equal({ error: 'limit-reached', limit: 10 });
    }
    expect((((await send('GET')).json) as { items: unknown[] }).items).to.have.length(10);
  });

  it('answers bad input with 400 and an error code', async () => {
    const { send, generate } = setupTest();
    const cases: Array<[Promise<RawResponse>, string]> = [
      [send('POST', '', '{"name": "ci",'), 'invalid-json'],
      [send('POST', '', '[]'), 'invalid-input'],
      [send('POST', '', 'null'), 'invalid-input'],
      [send('POST', '', '{"expiresAt": null}'), 'invalid-input'],
      [send('POST', '', JSON.stringify({ name: 'x'.repeat(20_000), expiresAt: null })), 'body-too-large'],
      [send('POST', '', 'name=ci', 'application/x-www-form-urlencoded'), 'unsupported-content-type'],
      [generate(' \u00A0'), 'name-empty'],
      [generate('x'.repeat(121)), 'name-too-long'],
      [generate('ok', 'soon'), 'expires-at-invalid'],
      [generate('ok', '2000-01-01T00:00:00Z'), 'expires-at-past'],
    ];
    for (const [pending, code] of cases) {
      const response = await pending;
      expect(response.status, code).to.equal(400);
      expect(response.json).to.deep.equal({ error: code });
    }
    expect(((await send('GET')).json as { items: unknown[] }).items).to.deep.equal([]);
  });

  it('answers a removed or unknown key with 404', async () => {
    const { send, generate } = setupTest();
    const { id } = (await generate()).json as { id: string };
    expect((await send('DELETE', `/${id}`)).status).to.equal(204);
    const again = await send('DELETE', `/${id}`);
    expect(again.status).to.equal(404);
    expect(again.json).to.deep.equal({ error: 'not-found' });
    expect((await send('DELETE', '/%E0%A4%A')).status).to.equal(404);
  });

  it('answers other methods with 405 and Allow', async () => {
    const { send } = setupTest();
    const onCollection = await send('PATCH');
    expect(onCollection.status).to.equal(405);
    expect(onCollection.headers.get('allow')).to.equal('GET, HEAD, POST');
    const onItem = await send('PUT', '/some-id');
    expect(onItem.status).to.equal(405);
    expect(onItem.headers.get('allow')).to.equal('DELETE');
    expect(onItem.json).to.deep.equal({ error: 'method-not-allowed' });
  });

  it('marks every response Cache-Control: no-store', async () => {
    const { send, generate, responses } = setupTest();
    await send('GET');
    const { id } = (await generate()).json as { id: string };
    await generate('');
    await send('DELETE', `/${id}`);
    await send('DELETE', `/${id}`);
    await send('PUT');
    expect(responses.map((response) => response.status)).to.deep.equal([200, 201, 400, 204, 404, 405]);
    for (const response of responses) expect(response.headers.get('cache-control')).to.equal('no-store');
  });
});
