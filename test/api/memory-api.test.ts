import { expect } from '@open-wc/testing';
import {
  AccessKeyLimitError,
  AccessKeyNotFoundError,
  AccessKeyRequestError,
  AccessKeyValidationError,
  isAbortError,
} from '../../src/api/errors.js';
import { MemoryAccessKeyApi, type MemoryAccessKeyApiOptions } from '../../src/api/memory-api.js';
import { FaultInjectingAccessKeyApi } from '../../src/testing/index.js';
import type { AccessKey } from '../../src/api/types.js';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const TOMORROW = '2025-06-16T00:00:00.000Z';

function key(id: string, createdAt: string, expiresAt: string | null = null): AccessKey {
  return { id, name: `Key ${id}`, visiblePart: id.padStart(4, '0'), createdAt, expiresAt, lastUsedAt: null };
}

// The testing subclass keeps every rule of the memory adapter and adds the call record and fault injection.
function setupTest(options: MemoryAccessKeyApiOptions = {}) {
  const api = new FaultInjectingAccessKeyApi({ now: () => NOW, ...options });
  return { api, generate: (name = 'CI', expiresAt: string | null = null) => api.generateKey({ name, expiresAt }) };
}

/** Resolves to what the promise rejected with; fails the test if it fulfils. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Fails if the promise settles within `ms`. */
async function expectPending(promise: Promise<unknown>, ms = 50): Promise<void> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  expect(settled, 'settled too early').to.equal(false);
}

describe('MemoryAccessKeyApi', () => {
  it('lists starting keys newest first, as copies', async () => {
    const { api } = setupTest({
      keys: [key('1', '2025-01-01T00:00:00Z'), key('3', '2025-03-01T00:00:00Z'), key('2', '2025-02-01T00:00:00Z')],
    });
    const listed = await api.listKeys();
    expect(listed.map((k) => k.id)).to.deep.equal(['3', '2', '1']);
    listed[0].name = 'changed';
    expect((await api.listKeys())[0].name).to.equal('Key 3');
  });

  it('rejects ill-typed starting keys', () => {
    expect(() => new MemoryAccessKeyApi({ keys: [{ ...key('1', 'yesterday') }] })).to.throw(AccessKeyRequestError);
  });

  it('generates a key with a prefixed 256-bit secret that is never stored', async () => {
    const { api, generate } = setupTest({ secretPrefix: 'mbt_' });
    const first = await generate('  Deploy bot\u00A0', TOMORROW);
    const second = await generate();

    expect(first.secret).to.match(/^mbt_[A-Za-z0-9_-]+$/);
    expect(first.secret.slice('mbt_'.length).length).to.be.at.least(22);
    expect(first.secret).not.to.equal(second.secret);
    expect(first.visiblePart).to.equal(first.secret.slice(-4));
    expect(first).to.include({ name: 'Deploy bot', expiresAt: TOMORROW, lastUsedAt: null });
    expect(first.createdAt).to.equal(NOW.toISOString());
    expect(first.id).to.match(/^[0-9a-f-]{36}$/);

    const listed = await api.listKeys();
    expect(listed.map((k) => k.id)).to.deep.equal([second.id, first.id]);
    for (const stored of [...listed, ...api.keys]) expect(stored).not.to.have.property('secret');
  });

  it('uses the default prefix', async () => {
    const { generate } = setupTest();
    expect((await generate()).secret).to.match(/^ak_/);
  });

  it('refuses an eleventh key, counting expired ones', async () => {
    const expired = key('old', '2024-01-01T00:00:00Z', '2024-06-01T00:00:00Z');
    const { api, generate } = setupTest({ keys: [expired] });
    for (let i = 0; i < 9; i++) await generate(`key ${i}`);
    const error = await rejectionOf(generate('one too many'));
    expect(error).to.be.instanceOf(AccessKeyLimitError).with.property('limit', 10);
    expect(api.keys).to.have.length(10);
  });

  it('honours a custom limit', async () => {
    const { generate } = setupTest({ limit: 1 });
    await generate();
    expect(await rejectionOf(generate())).to.be.instanceOf(AccessKeyLimitError).with.property('limit', 1);
  });

  it('validates the name and expiry like a backend', async () => {
    const { api, generate } = setupTest();
    const cases: Array<[string, string | null, string]> = [
      ['', null, 'name-empty'],
      [' \t\n ', null, 'name-empty'],
      ['\u00A0\u00A0', null, 'name-empty'],
      ['\u200B', null, 'name-empty'],
      ['x'.repeat(121), null, 'name-too-long'],
      ['ok', '2025-06-15T12:00:00.000Z', 'expires-at-past'],
      ['ok', '2020-01-01T00:00:00Z', 'expires-at-past'],
      ['ok', 'next week', 'expires-at-invalid'],
      ['ok', '2025-06-31T00:00:00Z', 'expires-at-invalid'],
      ['ok', '2025-07-01', 'expires-at-invalid'],
    ];
    for (const [name, expiresAt, reason] of cases) {
      const error = await rejectionOf(generate(name, expiresAt));
      expect(error, reason).to.be.instanceOf(AccessKeyValidationError).with.property('reason', reason);
    }
    expect(api.keys).to.deep.equal([]);
    expect((await generate('x'.repeat(119) + '🔑')).name).to.have.length(121);
  });

  it('removes a key, and reports one that is gone', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z'), key('2', '2025-02-01T00:00:00Z')] });
    await api.removeKey('1');
    expect(api.keys.map((k) => k.id)).to.deep.equal(['2']);
    const error = await rejectionOf(api.removeKey('1'));
    expect(error).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', '1');
  });

  it('records when a key was used', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')] });
    api.markUsed('1');
    expect(api.keys[0].lastUsedAt).to.equal(NOW.toISOString());
    api.markUsed('1', new Date('2025-06-01T08:00:00Z'));
    expect((await api.listKeys())[0].lastUsedAt).to.equal('2025-06-01T08:00:00.000Z');
    expect(() => api.markUsed('nope')).to.throw(AccessKeyNotFoundError);
  });

  it('injects each fault kind into the next call only', async () => {
    const { api, generate } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')] });
    const custom = new TypeError('custom');
    api.failNext('list', 'error');
    api.failNext('generate', 'limit');
    api.failNext('remove', 'not-found');

    const listError = await rejectionOf(api.listKeys());
    expect(listError).to.be.instanceOf(AccessKeyRequestError).with.property('status', 500);
    expect((listError as Error).message).to.equal('Simulated failure');
    expect(await rejectionOf(generate())).to.be.instanceOf(AccessKeyLimitError).with.property('limit', 10);
    expect(await rejectionOf(api.removeKey('1'))).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', '1');
    expect(api.keys.map((k) => k.id)).to.deep.equal(['1']);

    api.failNext('list', custom);
    expect(await rejectionOf(api.listKeys())).to.equal(custom);
    expect(await api.listKeys()).to.have.length(1);
  });

  it('queues faults: two in a row fail the next two calls', async () => {
    const { api, generate } = setupTest();
    api.failNext('generate', 'error');
    api.failNext('generate', 'limit');
    expect(await rejectionOf(generate())).to.be.instanceOf(AccessKeyRequestError);
    expect(await rejectionOf(generate())).to.be.instanceOf(AccessKeyLimitError);
    await generate();
    expect(api.keys).to.have.length(1);
  });

  it('hangs until the signal aborts, then rejects with its AbortError and changes nothing', async () => {
    const { api, generate } = setupTest();
    api.failNext('generate', 'hang');
    const controller = new AbortController();
    const pending = api.generateKey({ name: 'CI', expiresAt: null }, { signal: controller.signal });
    await expectPending(pending);
    controller.abort();
    const error = await rejectionOf(pending);
    expect(isAbortError(error)).to.equal(true);
    expect(error).to.equal(controller.signal.reason);
    expect(api.keys).to.deep.equal([]);
    await generate();
    expect(api.keys).to.have.length(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')], latency: 10_000 });
    const controller = new AbortController();
    controller.abort();
    const { signal } = controller;
    const errors = await Promise.all([
      rejectionOf(api.listKeys({ signal })),
      rejectionOf(api.generateKey({ name: 'CI', expiresAt: null }, { signal })),
      rejectionOf(api.removeKey('1', { signal })),
    ]);
    for (const error of errors) expect(isAbortError(error)).to.equal(true);
    expect(api.keys.map((k) => k.id)).to.deep.equal(['1']);
  });

  it('waits out the latency, and an abort during it changes nothing', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')], latency: 100 });
    const started = performance.now();
    await api.listKeys();
    expect(performance.now() - started).to.be.at.least(90);

    const controller = new AbortController();
    const removal = rejectionOf(api.removeKey('1', { signal: controller.signal }));
    const generation = rejectionOf(api.generateKey({ name: 'CI', expiresAt: null }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await removal)).to.equal(true);
    expect(isAbortError(await generation)).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(api.keys.map((k) => k.id)).to.deep.equal(['1']);
  });

  it('regenerates a key in place: same id, name and creation time, a new secret, a new expiry', async () => {
    const lastUsed = '2025-06-01T08:00:00.000Z';
    const { api, generate } = setupTest({ keys: [{ ...key('1', '2025-01-01T00:00:00Z'), lastUsedAt: lastUsed }] });
    const other = await generate('other');
    const regenerated = await api.regenerateKey('1', { expiresAt: TOMORROW, previousSecretExpiresAt: null });

    expect(regenerated).to.include({ id: '1', name: 'Key 1', createdAt: '2025-01-01T00:00:00Z', expiresAt: TOMORROW });
    expect(regenerated.lastUsedAt, 'the record keeps its history').to.equal(lastUsed);
    expect(regenerated.secret).to.match(/^ak_[A-Za-z0-9_-]{43}$/);
    expect(regenerated.visiblePart).to.equal(regenerated.secret.slice(-4));
    expect(regenerated).not.to.have.property('previousSecretExpiresAt');
    const { secret: _secret, ...metadata } = regenerated;
    const { secret: _otherSecret, ...otherMetadata } = other;
    expect(await api.listKeys()).to.deep.equal([otherMetadata, metadata]);
  });

  it('reports the grace period of the old secret until it passes', async () => {
    let now = NOW;
    const api = new MemoryAccessKeyApi({ now: () => now, keys: [key('1', '2025-01-01T00:00:00Z')] });
    const graceEnd = '2025-06-16T12:00:00.000Z';
    const regenerated = await api.regenerateKey('1', { expiresAt: null, previousSecretExpiresAt: '2025-06-16T14:00:00+02:00' });
    expect(regenerated.previousSecretExpiresAt).to.equal(graceEnd);
    expect((await api.listKeys())[0].previousSecretExpiresAt).to.equal(graceEnd);
    now = new Date(graceEnd);
    expect(await api.listKeys()).to.deep.equal([{ ...key('1', '2025-01-01T00:00:00Z'), visiblePart: regenerated.visiblePart }]);
  });

  it('regenerates at the limit without counting again, and revives an expired key without its old secret', async () => {
    const expired = key('old', '2024-01-01T00:00:00Z', '2024-06-01T00:00:00Z');
    const { api, generate } = setupTest({ keys: [expired] });
    for (let i = 0; i < 9; i++) await generate(`key ${i}`);
    const revived = await api.regenerateKey('old', { expiresAt: TOMORROW, previousSecretExpiresAt: '2025-06-15T13:00:00Z' });
    expect(revived.expiresAt).to.equal(TOMORROW);
    expect(revived, 'an expired key has no old secret to keep').not.to.have.property('previousSecretExpiresAt');
    expect(api.keys).to.have.length(10);
    expect(await rejectionOf(generate())).to.be.instanceOf(AccessKeyLimitError);
  });

  it('validates a regenerate like a backend, and reports a key that is gone', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')] });
    const cases: Array<[string | null, string | null, string]> = [
      ['2020-01-01T00:00:00Z', null, 'expires-at-past'],
      ['soon', null, 'expires-at-invalid'],
      [null, 'later', 'previous-secret-expires-at-invalid'],
      [null, NOW.toISOString(), 'previous-secret-expires-at-past'],
      [null, '2025-07-15T12:00:00.001Z', 'previous-secret-expires-at-too-late'],
      [TOMORROW, '2025-06-16T00:00:00.001Z', 'previous-secret-expires-at-too-late'],
    ];
    for (const [expiresAt, previousSecretExpiresAt, reason] of cases) {
      const error = await rejectionOf(api.regenerateKey('1', { expiresAt, previousSecretExpiresAt }));
      expect(error, reason).to.be.instanceOf(AccessKeyValidationError).with.property('reason', reason);
    }
    const ok = await api.regenerateKey('1', { expiresAt: null, previousSecretExpiresAt: '2025-07-15T12:00:00.000Z' });
    expect(ok.previousSecretExpiresAt).to.equal('2025-07-15T12:00:00.000Z');
    const gone = await rejectionOf(api.regenerateKey('2', { expiresAt: null, previousSecretExpiresAt: null }));
    expect(gone).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', '2');
  });

  it('renames a key by the name rules, and reports a key that is gone', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')] });
    const renamed = await api.renameKey('1', '  Deploy \u200B');
    expect(renamed).to.deep.equal({ ...key('1', '2025-01-01T00:00:00Z'), name: 'Deploy' });
    expect(api.keys[0].name).to.equal('Deploy');
    expect((await api.renameKey('1', 'x'.repeat(119) + '🔑')).name).to.have.length(121);
    for (const [name, reason] of [[' \u00A0', 'name-empty'], ['x'.repeat(121), 'name-too-long']]) {
      const error = await rejectionOf(api.renameKey('1', name));
      expect(error, reason).to.be.instanceOf(AccessKeyValidationError).with.property('reason', reason);
    }
    expect(await rejectionOf(api.renameKey('2', 'x'))).to.be.instanceOf(AccessKeyNotFoundError);
  });

  it('injects faults into regenerate and rename, and records their calls', async () => {
    const { api } = setupTest({ keys: [key('1', '2025-01-01T00:00:00Z')] });
    api.failNext('regenerate', 'error');
    api.failNext('rename', 'not-found');
    api.failNext('rename', 'hang');
    const input = { expiresAt: null, previousSecretExpiresAt: null };
    expect(await rejectionOf(api.regenerateKey('1', input))).to.be.instanceOf(AccessKeyRequestError);
    expect(await rejectionOf(api.renameKey('1', 'x'))).to.be.instanceOf(AccessKeyNotFoundError).with.property('id', '1');
    const controller = new AbortController();
    const hanging = api.renameKey('1', 'x', { signal: controller.signal });
    await expectPending(hanging);
    controller.abort();
    expect(isAbortError(await rejectionOf(hanging))).to.equal(true);
    expect(api.keys[0].name).to.equal('Key 1');
    await api.regenerateKey('1', input);
    expect(api.calls.map((call) => call.operation)).to.deep.equal(['regenerate', 'rename', 'rename', 'regenerate']);
  });

  it('counts every call, including failed and aborted ones', async () => {
    const { api, generate } = setupTest();
    await api.listKeys();
    const { id } = await generate();
    api.failNext('remove', 'error');
    await rejectionOf(api.removeKey(id));
    await api.removeKey(id);
    await rejectionOf(api.listKeys({ signal: AbortSignal.abort() }));
    expect(api.calls.map((call) => call.operation)).to.deep.equal(['list', 'generate', 'remove', 'remove', 'list']);
    expect(JSON.stringify(api.calls)).not.to.contain('ak_');
  });
});
