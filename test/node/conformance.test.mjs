/* global fetch, Buffer, crypto, AbortController */
// The conformance check against the reference server (in memory and on SQLite) and the deliberately broken variant.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { broken, conformance, http, reference, sqlite, temporaryFolder } from './helpers.mjs';

const folder = temporaryFolder();
after(() => rmSync(folder, { recursive: true, force: true }));

describe('checkAccessKeyBackend', () => {
  it('passes every promise against the reference server in memory, and leaves no key behind', async () => {
    const server = await http.startReferenceServer({ port: 0, basePath: '/api' });
    try {
      const started = [];
      const report = await conformance.checkAccessKeyBackend(server.url, { onStart: (id) => started.push(id) });
      const failed = report.results.filter((result) => result.status !== 'pass');
      assert.deepEqual(failed, [], failed.map(conformance.formatConformanceResult).join('\n'));
      assert.equal(report.passed, true);
      assert.ok(report.results.length >= 20, `${report.results.length} promises`);
      assert.deepEqual(started, report.results.map((result) => result.id), 'progress for every promise, in order');
      assert.deepEqual(report.leftovers, []);
      const listed = await fetch(`${server.url}/access-keys`).then((response) => response.json());
      assert.deepEqual(listed.items, [], 'it removed every key it created');
    } finally {
      await server.close();
    }
  });

  it('passes against the reference server on SQLite', async () => {
    const store = await sqlite.openSqliteKeyStore(join(folder, 'conformance.sqlite'));
    const server = await http.startReferenceServer({ port: 0, basePath: '/api', store });
    try {
      const report = await conformance.checkAccessKeyBackend(server.url);
      const failed = report.results.filter((result) => result.status !== 'pass');
      assert.deepEqual(failed, [], failed.map(conformance.formatConformanceResult).join('\n'));
    } finally {
      await server.close();
    }
  });

  it('fails against the broken variant, naming each broken promise, and redacts every secret', async () => {
    const server = await http.serveMiddleware(broken.createBrokenServer({ basePath: '/api' }), { port: 0, basePath: '/api' });
    try {
      const report = await conformance.checkAccessKeyBackend(server.url);
      assert.equal(report.passed, false);
      const failed = report.results.filter((result) => result.status === 'fail').map((result) => result.id);
      for (const id of ['secret-only-in-handover', 'limit-atomic', 'remove-twice-404']) assert.ok(failed.includes(id), `${id} in ${failed}`);
      for (const id of ['create', 'name-121-refused', 'body-too-large', 'proto-payload', 'secret-entropy']) {
        assert.ok(!failed.includes(id), `${id} holds on the broken variant too`);
      }
      const printed = JSON.stringify(report) + report.results.map(conformance.formatConformanceResult).join('\n');
      assert.doesNotMatch(printed, /ak_[A-Za-z0-9_-]{20,}/, 'no secret in the report');
      assert.match(printed, /<redacted>|<secret …/);
      assert.deepEqual(report.leftovers, []);
      const listed = await fetch(`${server.url}/access-keys`).then((response) => response.json());
      assert.deepEqual(listed.items, [], 'it cleaned up even though promises failed');
    } finally {
      await server.close();
    }
  });

  it('removes the keys it created when the run is aborted midway', async () => {
    const server = await http.startReferenceServer({ port: 0, basePath: '/api' });
    try {
      const controller = new AbortController();
      const run = conformance.checkAccessKeyBackend(server.url, {
        signal: controller.signal,
        onResult: (result) => {
          if (result.id === 'rename') controller.abort();
        },
      });
      await assert.rejects(run, { name: 'AbortError' });
      const listed = await fetch(`${server.url}/access-keys`).then((response) => response.json());
      assert.deepEqual(listed.items, []);
    } finally {
      await server.close();
    }
  });

  it('fails every promise clearly when nothing answers, without throwing', async () => {
    const server = await http.startReferenceServer({ port: 0 });
    const { url } = server;
    await server.close();
    const report = await conformance.checkAccessKeyBackend(url, { timeout: 2000 });
    assert.equal(report.passed, false);
    assert.match(report.results[0].detail, /no response/);
  });

  it('skips what a three-method backend does not offer, and still passes', async () => {
    // A backend without regenerate, rename and verify: the reference server with those paths answering 404.
    const inner = reference.createReferenceServer({ basePath: '/api', verifyEndpoint: false });
    const threeMethods = async (ctx, next) => {
      if (ctx.method === 'PATCH' || ctx.path.endsWith('/regenerate')) {
        ctx.status = 404;
        ctx.body = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not-found' });
        ctx.type = 'application/problem+json';
        ctx.set('Cache-Control', 'no-store');
        return;
      }
      await inner(ctx, next);
    };
    const server = await http.serveMiddleware(threeMethods, { port: 0, basePath: '/api' });
    try {
      const report = await conformance.checkAccessKeyBackend(server.url);
      const skipped = report.results.filter((result) => result.status === 'skip').map((result) => result.id);
      assert.deepEqual(skipped, ['rename', 'regenerate', 'previous-secret', 'regenerate-at-limit']);
      assert.equal(report.passed, true, report.results.filter((r) => r.status === 'fail').map(conformance.formatConformanceResult).join('\n'));
    } finally {
      await server.close();
    }
  });
});

describe('estimateSecretEntropy', () => {
  it('finds 256 bits in base64url secrets and flags weak ones', () => {
    const strong = Array.from({ length: 6 }, () => `ak_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')}`);
    const estimate = conformance.estimateSecretEntropy(strong);
    assert.equal(estimate.prefix, 'ak_');
    assert.equal(estimate.alphabet, 64);
    assert.ok(estimate.bits >= 240 && estimate.bits <= 258, String(estimate.bits));

    const hex64 = Array.from({ length: 6 }, () => Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('hex'));
    assert.ok(conformance.estimateSecretEntropy(hex64).bits <= 64, '64-bit hex secrets');
    const counter = Array.from({ length: 6 }, (_, i) => `key_000000000000000000000000${i}`);
    assert.ok(conformance.estimateSecretEntropy(counter).bits < 10, 'a counter');
    assert.equal(conformance.estimateSecretEntropy([strong[0], strong[0]]).bits, 0, 'duplicates');
  });
});
