/* global fetch, process, Buffer, setTimeout */
// The reference server over real HTTP, for what a browser test cannot see: the SQLite file, the request log, every
// documented response against docs/openapi.yaml, the CLI, and the process's own prototypes.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';
import { bundleNodeTs } from '../../scripts/load-node-ts.mjs';
import { contract, http, send, sqlite, temporaryFolder } from './helpers.mjs';

const folder = temporaryFolder();
after(() => rmSync(folder, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;

/** @param {import('../../server/http-server.ts').StartReferenceServerOptions} [options] */
async function start(options = {}) {
  const server = await http.startReferenceServer({ port: 0, basePath: '/api', ...options });
  const keys = `${server.url}/access-keys`;
  return {
    server,
    keys,
    generate: (name = 'CI', expiresAt = null) => send(keys, 'POST', { name, expiresAt }),
    verify: async (secret) => (await send(`${keys}/verify`, 'POST', { secret })).status,
  };
}

describe('reference server (Node)', () => {
  it('keeps keys across a restart on SQLite, and the file holds only hashes of the secrets', async () => {
    const file = join(folder, 'restart.sqlite');
    const first = await start({ store: await sqlite.openSqliteKeyStore(file) });
    const created = (await first.generate('Survives a restart')).json;
    const regenerated = (await send(`${first.keys}/${created.id}/regenerate`, 'POST', {
      expiresAt: null,
      previousSecretExpiresAt: new Date(Date.now() + DAY).toISOString(),
    })).json;
    const other = (await first.generate('Second')).json;
    const listed = (await send(first.keys)).json.items;
    await first.server.close();

    const bytes = readFileSync(file);
    const text = bytes.toString('latin1');
    assert.match(text, /Survives a restart/, 'the file is the database');
    for (const secret of [created.secret, regenerated.secret, other.secret]) {
      assert.equal(bytes.indexOf(Buffer.from(secret)), -1, 'no secret in the file');
      assert.equal(bytes.indexOf(Buffer.from(secret.slice(3, 27))), -1, 'no part of a secret in the file');
      assert.notEqual(bytes.indexOf(Buffer.from(hashHex(secret))), -1, 'its SHA-256 is there');
    }

    const second = await start({ store: await sqlite.openSqliteKeyStore(file) });
    try {
      assert.deepEqual((await send(second.keys)).json.items, listed, 'the same keys, in the same order');
      assert.equal(await second.verify(regenerated.secret), 200);
      assert.equal(await second.verify(created.secret), 200, 'the grace period survives too');
      assert.equal(await second.verify(other.secret), 200);
      assert.equal((await send(`${second.keys}/${other.id}`, 'DELETE')).status, 204);
    } finally {
      await second.server.close();
    }
    const third = await start({ store: await sqlite.openSqliteKeyStore(file) });
    try {
      assert.deepEqual((await send(third.keys)).json.items.map((key) => key.id), [created.id]);
    } finally {
      await third.server.close();
    }
  });

  it('holds the limit on SQLite under parallel creates', async () => {
    const { server, generate, keys } = await start({ store: await sqlite.openSqliteKeyStore(join(folder, 'limit.sqlite')) });
    try {
      const statuses = (await Promise.all(Array.from({ length: 14 }, (_, i) => generate(`key ${i}`)))).map((r) => r.status);
      assert.equal(statuses.filter((status) => status === 201).length, 10);
      assert.equal(statuses.filter((status) => status === 409).length, 4);
      assert.equal((await send(keys)).json.items.length, 10);
    } finally {
      await server.close();
    }
  });

  it('logs one line per request with no secret, no name and no raw path', async () => {
    const lines = [];
    const { server, keys, generate, verify } = await start({ log: (line) => lines.push(line) });
    try {
      const name = 'Name that must not be logged';
      const key = (await generate(name)).json;
      const rolled = (await send(`${keys}/${key.id}/regenerate`, 'POST', { expiresAt: null, previousSecretExpiresAt: null })).json;
      await send(`${keys}/${key.id}`, 'PATCH', { name: 'Another private name' });
      await verify(rolled.secret);
      await verify(key.secret);
      await send(`${keys}/${encodeURIComponent(rolled.secret)}`, 'DELETE');
      await send(`${server.url}/elsewhere/${encodeURIComponent(rolled.secret)}?name=${encodeURIComponent(name)}`);
      await send(`${keys}/${key.id}`, 'DELETE');
      await generate(' ');

      assert.deepEqual(lines.map((line) => line.replace(/ \d+ms$/, '')), [
        'POST /api/access-keys 201',
        'POST /api/access-keys/{id}/regenerate 200',
        'PATCH /api/access-keys/{id} 200',
        'POST /api/access-keys/verify 200',
        'POST /api/access-keys/verify 401',
        'DELETE /api/access-keys/{id} 404',
        'GET (a path outside the API) 404',
        'DELETE /api/access-keys/{id} 204',
        'POST /api/access-keys 400',
      ]);
      const log = lines.join('\n');
      for (const secret of [key.secret, rolled.secret]) assert.ok(!log.includes(secret.slice(3, 20)), 'no secret');
      assert.ok(!log.includes('private') && !log.includes('must not'), 'no name');
    } finally {
      await server.close();
    }
  });

  it('keeps an old secret verifiable for a 1-day grace period and not after (fake clock)', async () => {
    let now = new Date('2030-01-01T09:00:00.000Z');
    const { server, keys, generate, verify } = await start({ now: () => now });
    try {
      const key = (await generate('Rolling')).json;
      const graceEnd = new Date(now.getTime() + DAY).toISOString();
      const rolled = (await send(`${keys}/${key.id}/regenerate`, 'POST', { expiresAt: null, previousSecretExpiresAt: graceEnd })).json;
      assert.equal(rolled.previousSecretExpiresAt, graceEnd);
      now = new Date(Date.parse(graceEnd) - 1);
      assert.equal(await verify(key.secret), 200, 'a millisecond before the end');
      now = new Date(graceEnd);
      assert.equal(await verify(key.secret), 401, 'at the end');
      assert.equal(await verify(rolled.secret), 200);
      assert.equal((await send(keys)).json.items[0].previousSecretExpiresAt, undefined);
    } finally {
      await server.close();
    }
  });

  it('leaves Object.prototype alone whatever the payload', async () => {
    const { server, keys } = await start();
    try {
      const payloads = [
        '{"__proto__": {"polluted": "yes", "name": "x"}, "expiresAt": null}',
        '{"constructor": {"prototype": {"polluted": "yes"}}, "name": "ok", "expiresAt": null}',
        '{"name": "ok", "expiresAt": null, "nested": {"__proto__": {"polluted": "yes"}}}',
      ];
      for (const body of payloads) {
        const response = await fetch(keys, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        assert.ok(response.status === 201 || response.status === 400, String(response.status));
      }
      assert.equal({}.polluted, undefined);
      assert.equal(Object.prototype.polluted, undefined);
      assert.deepEqual((await send(keys)).json.items.map((key) => key.name), ['ok', 'ok']);
    } finally {
      await server.close();
    }
  });

  it('answers every documented status of every endpoint with a body that matches docs/openapi.yaml', async () => {
    const validator = contract.createContractValidator();
    let failing = false;
    const store = await sqlite.openSqliteKeyStore(join(folder, 'documented.sqlite'));
    const flaky = {
      list: () => (failing ? Promise.reject(new Error('disk on fire')) : store.list()),
      insertWithinLimit: (...args) => (failing ? Promise.reject(new Error('disk on fire')) : store.insertWithinLimit(...args)),
      update: (...args) => (failing ? Promise.reject(new Error('disk on fire')) : store.update(...args)),
      remove: (...args) => (failing ? Promise.reject(new Error('disk on fire')) : store.remove(...args)),
      close: () => store.close(),
    };
    const { server, keys } = await start({ store: flaky, limit: 2 });
    /** @type {Set<string>} */
    const seen = new Set();
    const mismatches = [];
    async function call(template, method, path, body, contentType = 'application/json') {
      const response = await fetch(`${keys}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': contentType },
        body,
      });
      const text = await response.text();
      const json = text ? JSON.parse(text) : undefined;
      const problem = validator.response(template, method, response.status, response.headers.get('content-type'), json);
      if (problem) mismatches.push(`${method} ${template} ${response.status}: ${problem}`);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      seen.add(`${method} ${template} ${response.status}`);
      return json;
    }
    const json = (value) => JSON.stringify(value);
    const C = '/access-keys';
    const K = '/access-keys/{id}';
    const R = '/access-keys/{id}/regenerate';
    const V = '/access-keys/verify';
    try {
      await call(C, 'GET', '');
      const key = await call(C, 'POST', '', json({ name: 'one', expiresAt: null }));
      await call(C, 'POST', '', json({ name: 'two', expiresAt: '2999-01-01T00:00:00Z' }));
      await call(C, 'POST', '', json({ name: 'three', expiresAt: null }));
      await call(C, 'GET', '');
      for (const [template, method, path] of [[C, 'POST', ''], [K, 'PATCH', `/${key.id}`], [R, 'POST', `/${key.id}/regenerate`], [V, 'POST', '/verify']]) {
        await call(template, method, path, '{"name": ');
        await call(template, method, path, json({ name: 'x'.repeat(2 * 1024 * 1024) }));
        await call(template, method, path, 'name=x', 'application/x-www-form-urlencoded');
      }
      await call(K, 'PATCH', `/${key.id}`, json({ name: 'renamed' }));
      const rolled = await call(R, 'POST', `/${key.id}/regenerate`, json({ expiresAt: null, previousSecretExpiresAt: new Date(Date.now() + DAY).toISOString() }));
      await call(V, 'POST', '/verify', json({ secret: rolled.secret }));
      await call(V, 'POST', '/verify', json({ secret: 'ak_wrong' }));
      await call(C, 'PUT', '');
      await call(K, 'PUT', `/${key.id}`);
      await call(R, 'GET', `/${key.id}/regenerate`);
      await call(V, 'GET', '/verify');
      await call(K, 'DELETE', `/${key.id}`);
      await call(K, 'DELETE', `/${key.id}`);
      await call(K, 'PATCH', `/${key.id}`, json({ name: 'gone' }));
      await call(R, 'POST', `/${key.id}/regenerate`, json({ expiresAt: null, previousSecretExpiresAt: null }));
      failing = true;
      await call(C, 'GET', '');
      await call(C, 'POST', '', json({ name: 'x', expiresAt: null }));
      await call(K, 'PATCH', `/${key.id}`, json({ name: 'x' }));
      await call(K, 'DELETE', `/${key.id}`);
      await call(R, 'POST', `/${key.id}/regenerate`, json({ expiresAt: null, previousSecretExpiresAt: null }));
      await call(V, 'POST', '/verify', json({ secret: 'ak_x' }));
    } finally {
      await server.close();
    }
    assert.deepEqual(mismatches, []);
    // 401 other than on verify is the host's authentication; the reference server has no users.
    const unseen = validator
      .documentedResponses()
      .map(({ template, method, status }) => `${method} ${template} ${status}`)
      .filter((response) => !seen.has(response) && !(response.endsWith(' 401') && !response.includes('/verify')));
    assert.deepEqual(unseen, [], 'every documented response was produced');
  });
});

describe('access-key-elements-server (CLI)', () => {
  const run = promisify(execFile);
  /** @type {Promise<string>} */
  const cli = bundleNodeTs('server/bin/server.ts');

  it('says in one line that a port is taken', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address();
    try {
      const error = await run(process.execPath, [await cli, '--port', String(port)]).then(() => undefined, (e) => e);
      assert.ok(error, 'it exits with an error');
      assert.equal(error.code, 1);
      assert.equal(error.stderr, `access-key-elements-server: Port ${port} is already in use: stop what is using it, or pick another port with --port.\n`);
    } finally {
      blocker.close();
    }
  });

  it('serves on SQLite with --db and logs requests without secrets', async () => {
    const file = join(folder, 'cli.sqlite');
    const child = spawn(process.execPath, [await cli, '--port', '0', '--db', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', () => {
          const match = /on (http:\/\/\S+)\/access-keys/.exec(output);
          if (match) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      assert.match(output, /SQLite/);
      const created = await send(`${url}/access-keys`, 'POST', { name: 'From the CLI', expiresAt: null });
      assert.equal(created.status, 201);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.match(output, /POST \/api\/access-keys 201/);
      assert.ok(!output.includes(created.json.secret.slice(3)) && !output.includes('From the CLI'));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    assert.ok(readFileSync(file).includes('From the CLI'), 'the key is in the file');
  });

  it('refuses a database file that is not SQLite with one line', async () => {
    const file = join(folder, 'not-a-database.sqlite');
    writeFileSync(file, 'hello, this is not SQLite at all, not even close to it'.repeat(20));
    const error = await run(process.execPath, [await cli, '--port', '0', '--db', file]).then(() => undefined, (e) => e);
    assert.equal(error?.code, 1);
    assert.match(error.stderr, /^access-key-elements-server: .+\n$/);
  });
});

/** @param {string} secret */
function hashHex(secret) {
  return createHash('sha256').update(secret).digest('hex');
}

describe('startReferenceServer', () => {
  it('answers CORS preflights and requests only for the origins it allows', async () => {
    const server = await http.startReferenceServer({ port: 0, basePath: '/api', allowOrigins: ['http://localhost:3000'] });
    const keys = `${server.url}/access-keys`;
    try {
      const preflight = await fetch(keys, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:3000');
      assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
      assert.match(preflight.headers.get('access-control-allow-methods'), /PATCH/);
      assert.match(preflight.headers.get('access-control-allow-headers'), /Authorization/);

      const listed = await fetch(keys, { headers: { Origin: 'http://localhost:3000' } });
      assert.equal(listed.headers.get('access-control-allow-origin'), 'http://localhost:3000');
      const stranger = await fetch(keys, { headers: { Origin: 'http://evil.example' } });
      assert.equal(stranger.status, 200);
      assert.equal(stranger.headers.get('access-control-allow-origin'), null);
      const strangerPreflight = await fetch(keys, { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
      assert.equal(strangerPreflight.status, 405);
    } finally {
      await server.close();
    }
  });
});
