import { expect } from '@open-wc/testing';
import {
  AccessKeyLimitError,
  AccessKeyNotFoundError,
  AccessKeyRequestError,
  AccessKeyValidationError,
  isAbortError,
} from '../../src/api/errors.js';
import { RestAccessKeyApi, type RestAccessKeyApiOptions } from '../../src/api/rest-api.js';

interface RecordedRequest {
  url: string;
  init: RequestInit;
}

/**
 * An adapter against a fresh namespace of the reference server (or a fault path), with a `fetch` that records every
 * request it passes on.
 */
function setupTest(options: Partial<RestAccessKeyApiOptions> = {}) {
  const requests: RecordedRequest[] = [];
  const recordingFetch: typeof fetch = (input, init = {}) => {
    requests.push({ url: String(input), init });
    return fetch(input, init);
  };
  const api = new RestAccessKeyApi({
    baseUrl: `/test-api/${crypto.randomUUID()}`,
    fetch: recordingFetch,
    ...options,
  });
  return { api, requests };
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const fault = (name: string) => `/test-faults/${name}`;

describe('RestAccessKeyApi', () => {
  it('generates a key whose secret comes back once, then lists it without the secret', async () => {
    const { api, requests } = setupTest();
    expect(await api.listKeys()).to.deep.equal([]);

    const generated = await api.generateKey({ name: '  CI bot ', expiresAt: '2999-01-01T00:00:00+02:00' });
    expect(generated.secret).to.match(/^ak_[A-Za-z0-9_-]{43}$/);
    expect(generated).to.include({ name: 'CI bot', expiresAt: '2998-12-31T22:00:00.000Z', lastUsedAt: null });
    expect(generated.visiblePart).to.equal(generated.secret.slice(-4));

    const listed = await api.listKeys();
    const { secret: _secret, ...metadata } = generated;
    expect(listed).to.deep.equal([metadata]);
    expect(listed[0]).not.to.have.property('secret');

    const post = requests.find((request) => request.init.method === 'POST')!;
    expect(JSON.parse(post.init.body as string)).to.deep.equal({
      name: '  CI bot ',
      expiresAt: '2999-01-01T00:00:00+02:00',
    });
    const headers = new Headers(post.init.headers);
    expect(headers.get('content-type')).to.equal('application/json');
    expect(headers.get('accept')).to.equal('application/json');
  });

  it('removes a key, and maps 404 on remove to AccessKeyNotFoundError', async () => {
    const { api, requests } = setupTest();
    const { id } = await api.generateKey({ name: 'temp', expiresAt: null });
    await api.removeKey(id);
    expect(await api.listKeys()).to.deep.equal([]);

    const error = await rejectionOf(api.removeKey(id));
    expect(error).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', id);
    const odd = await rejectionOf(api.removeKey('a/b?c#d'));
    expect(odd).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', 'a/b?c#d');
    expect(requests.at(-1)!.url).to.match(/\/access-keys\/a%2Fb%3Fc%23d$/);
  });

  it('maps 409 to AccessKeyLimitError with the limit the server names', async () => {
    const { api } = setupTest();
    for (let i = 0; i < 10; i++) await api.generateKey({ name: `key ${i}`, expiresAt: null });
    const error = await rejectionOf(api.generateKey({ name: 'one too many', expiresAt: null }));
    expect(error).to.be.instanceOf(AccessKeyLimitError).with.property('limit', 10);
    expect(await api.listKeys()).to.have.length(10);
  });

  it('maps 400 to AccessKeyValidationError with the server reason', async () => {
    const { api } = setupTest();
    const cases: Array<[string, string | null, string]> = [
      ['\u00A0 ', null, 'name-empty'],
      ['x'.repeat(121), null, 'name-too-long'],
      ['ok', '2000-01-01T00:00:00Z', 'expires-at-past'],
      ['ok', '2999-02-30T00:00:00Z', 'expires-at-invalid'],
    ];
    for (const [name, expiresAt, reason] of cases) {
      const error = await rejectionOf(api.generateKey({ name, expiresAt }));
      expect(error, reason).to.be.instanceOf(AccessKeyValidationError).with.property('reason', reason);
    }
  });

  it('reads the reason from a problem+json body, and from the first contract\'s { error } body', async () => {
    const problem = await rejectionOf(setupTest({ baseUrl: fault('problem-400') }).api.generateKey({ name: 'x', expiresAt: null }));
    expect(problem).to.be.instanceOf(AccessKeyValidationError).with.property('reason', 'name-too-long');
    expect(problem.message).not.to.contain('ak_fake_secret');
    const legacy = await rejectionOf(setupTest({ baseUrl: fault('status-400') }).api.generateKey({ name: 'x', expiresAt: null }));
    expect(legacy).to.be.instanceOf(AccessKeyValidationError).with.property('reason', 'simulated');
    expect(legacy.message).not.to.contain('ak_fake_secret');
  });

  it('regenerates a key in place: the same record with a new secret, which the list never shows', async () => {
    const { api, requests } = setupTest();
    const first = await api.generateKey({ name: 'Deploy', expiresAt: null });
    const until = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const second = await api.regenerateKey(first.id, { expiresAt: '2999-01-01T00:00:00+02:00', previousSecretExpiresAt: until });
    expect(second).to.include({
      id: first.id,
      name: 'Deploy',
      createdAt: first.createdAt,
      expiresAt: '2998-12-31T22:00:00.000Z',
      previousSecretExpiresAt: until,
    });
    expect(second.secret).to.match(/^ak_[A-Za-z0-9_-]{43}$/).and.not.equal(first.secret);
    const { secret: _secret, ...metadata } = second;
    expect(await api.listKeys()).to.deep.equal([metadata]);

    const post = requests.at(-2)!;
    expect(post.url).to.match(new RegExp(`/access-keys/${first.id}/regenerate$`));
    expect(post.init.method).to.equal('POST');
    expect(JSON.parse(post.init.body as string)).to.deep.equal({
      expiresAt: '2999-01-01T00:00:00+02:00',
      previousSecretExpiresAt: until,
    });
  });

  it('renames a key with PATCH and returns it as stored', async () => {
    const { api, requests } = setupTest();
    const { secret: _secret, ...key } = await api.generateKey({ name: 'Old', expiresAt: null });
    expect(await api.renameKey(key.id, '  New ')).to.deep.equal({ ...key, name: 'New' });
    expect(requests.at(-1)!.init.method).to.equal('PATCH');
    expect(JSON.parse(requests.at(-1)!.init.body as string)).to.deep.equal({ name: '  New ' });
    expect((await api.listKeys())[0].name).to.equal('New');
  });

  it('maps 404 and 400 on regenerate and rename', async () => {
    const { api } = setupTest();
    const { id } = await api.generateKey({ name: 'temp', expiresAt: null });
    const bad = await rejectionOf(api.regenerateKey(id, { expiresAt: null, previousSecretExpiresAt: '2000-01-01T00:00:00Z' }));
    expect(bad).to.be.instanceOf(AccessKeyValidationError).with.property('reason', 'previous-secret-expires-at-past');
    expect(await rejectionOf(api.renameKey(id, 'x'.repeat(121)))).to.be.instanceOf(AccessKeyValidationError).with.property('reason', 'name-too-long');
    await api.removeKey(id);
    const input = { expiresAt: null, previousSecretExpiresAt: null };
    expect(await rejectionOf(api.regenerateKey(id, input))).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', id);
    expect(await rejectionOf(api.renameKey(id, 'x'))).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', id);
  });

  it('validates regenerate and rename responses', async () => {
    const { api } = setupTest({ baseUrl: fault('wrong-shape') });
    const regenerated = await rejectionOf(api.regenerateKey('k', { expiresAt: null, previousSecretExpiresAt: null }));
    expect(regenerated).to.be.instanceOf(AccessKeyRequestError).with.property('status', 200);
    expect(regenerated.message).to.contain('"id"');
    const renamed = await rejectionOf(api.renameKey('k', 'x'));
    expect(renamed).to.be.instanceOf(AccessKeyRequestError).with.property('status', 200);
    expect(renamed.message).to.contain('"id"');
    for (const status of [500, 503]) {
      const { api: failing } = setupTest({ baseUrl: fault(`status-${status}`) });
      const calls = [() => failing.regenerateKey('k', { expiresAt: null, previousSecretExpiresAt: null }), () => failing.renameKey('k', 'x')];
      for (const call of calls) {
        const error = await rejectionOf(call());
        expect(error).to.be.instanceOf(AccessKeyRequestError).with.property('message', `Request failed with status ${status}`);
      }
    }
  });

  it('reports other statuses by number, never with the response body', async () => {
    for (const status of [500, 401, 503]) {
      const { api } = setupTest({ baseUrl: fault(`status-${status}`) });
      const calls = [
        () => api.listKeys(),
        () => api.generateKey({ name: 'x', expiresAt: null }),
        () => api.removeKey('k'),
      ];
      for (const call of calls) {
        const error = await rejectionOf(call());
        expect(error).to.be.instanceOf(AccessKeyRequestError).with.property('status', status);
        expect(error.message).to.equal(`Request failed with status ${status}`);
        expect(error.message).not.to.contain('ak_fake_secret');
      }
    }
  });

  it('treats malformed JSON and wrong shapes as request errors', async () => {
    const malformed = await rejectionOf(setupTest({ baseUrl: fault('malformed') }).api.listKeys());
    expect(malformed).to.be.instanceOf(AccessKeyRequestError).with.property('message', 'Malformed response');
    expect(malformed.cause).to.be.instanceOf(SyntaxError);

    const wrongShape = await rejectionOf(setupTest({ baseUrl: fault('wrong-shape') }).api.listKeys());
    expect(wrongShape).to.be.instanceOf(AccessKeyRequestError).with.property('status', 200);
    expect(wrongShape.message).to.contain('"id"');
    expect(wrongShape.cause).to.be.instanceOf(AccessKeyRequestError);
  });

  it('reports a network failure with its cause', async () => {
    const error = await rejectionOf(setupTest({ baseUrl: fault('network') }).api.listKeys());
    expect(error).to.be.instanceOf(AccessKeyRequestError).with.property('message', 'Network request failed');
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('times out as an AccessKeyRequestError', async () => {
    const { api } = setupTest({ baseUrl: fault('slow'), timeout: 200 });
    const started = performance.now();
    const error = await rejectionOf(api.listKeys());
    expect(error).to.be.instanceOf(AccessKeyRequestError).with.property('message', 'Request timed out after 200 ms');
    expect(performance.now() - started).to.be.below(2000);
    expect((error.cause as DOMException).name).to.equal('TimeoutError');
  });

  it("rejects with the caller's AbortError when the caller aborts", async () => {
    const { api, requests } = setupTest({ baseUrl: fault('slow') });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(api.listKeys({ signal: controller.signal }));
    expect(error).not.to.be.instanceOf(AccessKeyRequestError);
    expect(isAbortError(error)).to.equal(true);
    expect(error).to.equal(controller.signal.reason);

    const before = requests.length;
    const early = await rejectionOf(api.removeKey('k', { signal: AbortSignal.abort() }));
    expect(isAbortError(early)).to.equal(true);
    expect(requests.length, 'no request after an abort').to.equal(before);
  });

  it('sends static headers and credentials', async () => {
    const { api, requests } = setupTest({
      baseUrl: `${fault('echo-headers')}/`,
      headers: { Authorization: 'Bearer static-token', 'X-Tenant': 'acme' },
      credentials: 'include',
    });
    const names = (await api.listKeys()).map((k) => k.name);
    expect(names).to.include.members([
      'authorization: Bearer static-token',
      'x-tenant: acme',
      'accept: application/json',
    ]);
    expect(requests[0].url).to.equal('/test-faults/echo-headers/access-keys');
    expect(requests[0].init.credentials).to.equal('include');
  });

  it('calls a headers function, possibly async, before every request', async () => {
    let calls = 0;
    const { api, requests } = setupTest({
      baseUrl: fault('echo-headers'),
      headers: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return [['Authorization', `Bearer token-${calls}`]];
      },
    });
    expect((await api.listKeys()).map((k) => k.name)).to.include('authorization: Bearer token-1');
    expect((await api.listKeys()).map((k) => k.name)).to.include('authorization: Bearer token-2');
    expect(requests[0].init.credentials).to.equal('same-origin');

    const failing = new RestAccessKeyApi({
      baseUrl: fault('echo-headers'),
      headers: () => Promise.reject(new Error('token expired')),
    });
    const error = await rejectionOf(failing.listKeys());
    expect(error).to.be.instanceOf(AccessKeyRequestError);
    expect(error.cause).to.have.property('message', 'token expired');
  });

  it('never puts a secret in a URL', async () => {
    const { api, requests } = setupTest();
    const generated = await api.generateKey({ name: 'CI', expiresAt: null });
    await api.listKeys();
    await api.removeKey(generated.id);
    expect(requests.map((request) => request.init.method)).to.deep.equal(['POST', 'GET', 'DELETE']);
    for (const { url } of requests) {
      expect(url).not.to.contain(generated.secret);
      expect(url).not.to.contain(generated.secret.slice(3, 20));
    }
  });
});
