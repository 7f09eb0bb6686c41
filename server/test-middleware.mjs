// Middleware the test runner mounts: the reference server, one independent store per namespace under `/test-api`
// (each with a fake clock at `PUT /test-api/<namespace>/test-clock`), and a misbehaving server under
// `/test-faults/<fault>/access-keys` for the REST adapter's failure paths, and `/test-ssr/section` (POST the keys as
// JSON), the section rendered on the server with @lit-labs/ssr for the hydration test.
import { setTimeout as sleep } from 'node:timers/promises';
import { importNodeTs } from '../scripts/load-node-ts.mjs';
import { importTs } from '../scripts/load-ts.mjs';

/** @typedef {import('../server/reference-server.ts').ServerContext & { respond?: boolean }} Context */

const FAULT_PATH = /^\/test-faults\/([a-z0-9-]+)\/access-keys(?:\/|$)/;

/**
 * `status-<code>` answers that status with an error body of the first contract (`{ error }`) that contains a fake
 * secret (messages must not echo it); `problem-400` answers 400 with an `application/problem+json` body whose `code`
 * is `name-too-long` (and whose `detail` holds a fake secret);
 * `malformed` answers 200 with invalid JSON; `wrong-shape` answers 200 with an ill-typed key; `slow` answers an empty
 * list after 3 s; `network` drops the connection; `echo-headers` lists one key per request header, named
 * `<header>: <value>`, so a test can read through the adapter what reached the server.
 * @param {Context} ctx
 * @param {() => Promise<unknown>} next
 */
async function faults(ctx, next) {
  const match = FAULT_PATH.exec(ctx.path);
  if (!match) return next();
  const fault = match[1];
  ctx.set('Cache-Control', 'no-store');
  const status = /^status-(\d{3})$/.exec(fault);
  if (status) {
    ctx.body = JSON.stringify({ error: 'simulated', detail: 'ak_fake_secret_in_error_body' });
    ctx.type = 'application/json';
    ctx.status = Number(status[1]);
  } else if (fault === 'problem-400') {
    ctx.body = JSON.stringify({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'ak_fake_secret_in_error_body',
      code: 'name-too-long',
      error: 'legacy-reason-ignored',
    });
    ctx.type = 'application/problem+json';
    ctx.status = 400;
  } else if (fault === 'malformed') {
    ctx.body = '{"items": [';
    ctx.type = 'application/json';
    ctx.status = 200;
  } else if (fault === 'wrong-shape') {
    ctx.body = JSON.stringify({ items: [{ id: 1 }] });
    ctx.type = 'application/json';
    ctx.status = 200;
  } else if (fault === 'slow') {
    await sleep(3000);
    ctx.body = JSON.stringify({ items: [] });
    ctx.type = 'application/json';
    ctx.status = 200;
  } else if (fault === 'network') {
    ctx.respond = false;
    ctx.req.socket.destroy();
  } else if (fault === 'echo-headers') {
    const items = Object.entries(ctx.req.headers).map(([header, value]) => ({
      id: header,
      name: `${header}: ${Array.isArray(value) ? value.join(', ') : value}`,
      visiblePart: 'echo',
      createdAt: '2025-01-01T00:00:00.000Z',
      expiresAt: null,
      lastUsedAt: null,
    }));
    ctx.body = JSON.stringify({ items });
    ctx.type = 'application/json';
    ctx.status = 200;
  } else {
    ctx.body = JSON.stringify({ error: 'unknown-fault' });
    ctx.type = 'application/json';
    ctx.status = 404;
  }
}

/** @returns {Promise<import('koa').Middleware[]>} */
export async function testMiddleware() {
  /** @type {typeof import('../server/reference-server.ts')} */
  const { createNamespacedServer } = await importTs('server/reference-server.ts');
  return [/** @type {import('koa').Middleware} */ (createNamespacedServer('/test-api', { clockControl: true })), faults, ssr];
}

/** @type {Promise<{ renderSection(keys: unknown): string }> | undefined} (the module is TypeScript with decorators, checked by tsconfig.json) */
let ssrRenderer;

/**
 * Renders the section with the posted keys on the server, as a host page's server would.
 * @param {Context} ctx
 * @param {() => Promise<unknown>} next
 */
async function ssr(ctx, next) {
  if (ctx.path !== '/test-ssr/section' || ctx.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const keys = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  // In Node, with Lit's server build: the module is bundled with its packages left to Node's resolution.
  ssrRenderer ??= importNodeTs('test/ssr/render-section.ts');
  ctx.body = (await ssrRenderer).renderSection(keys);
  ctx.type = 'text/html';
  ctx.status = 200;
}
