// The reference implementation of the REST contract (docs/rest-api.md, docs/openapi.yaml) as a Koa-style middleware.
// `npm start` mounts it under /api, the test runner under per-test namespaces, and `access-key-elements-server`
// behind node:http (server/http-server.ts). Keys live in a KeyStore: in memory by default, or SQLite.
import type { IncomingMessage } from 'node:http';
import { AccessKeyValidationError } from '../src/api/errors.js';
import {
  checkGenerateInput,
  checkName,
  checkRegenerateInput,
  mintAccessKey,
  remintAccessKey,
  reportedKey,
} from '../src/api/key-rules.js';
import type { AccessKey, GeneratedAccessKey } from '../src/api/types.js';
import { MemoryKeyStore, type KeyStore, type StoredKey } from './key-store.js';
import { problem, ProblemError } from './problem.js';
import { readJsonObject } from './read-json.js';
import { hashSecret, secretMatches } from './secret-hash.js';

/** The part of a Koa context this middleware uses, declared here so it does not depend on Koa's types. */
export interface ServerContext {
  method: string;
  path: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
}

export type Middleware = (ctx: ServerContext, next: () => Promise<unknown>) => Promise<void>;

export interface ReferenceServerOptions {
  /** How many keys may exist, active and expired together. Default 10. */
  limit?: number;
  /** The clock for `createdAt`, expiry and grace periods. Default `() => new Date()`. */
  now?: () => Date;
  /** Path the endpoints live under, without a trailing slash: `'/api'` serves `/api/access-keys`. Default `''`. */
  basePath?: string;
  /** Where keys live. Default: a new {@link MemoryKeyStore}. */
  store?: KeyStore;
  /** Makes a secret recognisable (for secret scanners, and for people). Default `'ak_'`. */
  secretPrefix?: string;
  /**
   * Serve the optional `POST {base}/access-keys/verify` (`{ secret }` → 200 `{ id }` or 401), which tells whether a
   * secret would authenticate now. Default `true`; a production host would call {@link verifySecret} from its own
   * authentication instead of exposing it.
   */
  verifyEndpoint?: boolean;
  /**
   * Receives one line per request: method, route template, status, duration. Never a body, a query string or a raw
   * path segment, so never a secret or a name.
   */
  log?: (line: string) => void;
}

/** Creates a server over its own store (a new, empty one in memory unless `store` is given). */
export function createReferenceServer(options: ReferenceServerOptions = {}): Middleware {
  const limit = options.limit ?? 10;
  const now = options.now ?? (() => new Date());
  const store = options.store ?? new MemoryKeyStore();
  const prefix = options.secretPrefix ?? 'ak_';
  const verifyEndpoint = options.verifyEndpoint ?? true;
  const collection = `${(options.basePath ?? '').replace(/\/+$/, '')}/access-keys`;

  return async (ctx, next) => {
    const route = matchRoute(ctx.path, collection, verifyEndpoint);
    if (!route) {
      await next();
      return;
    }
    const started = performance.now();
    try {
      await handle(ctx, route);
    } catch (error) {
      if (error instanceof ProblemError) {
        respond(ctx, error.status, problem(error.status, error.code, error.extensions));
      } else if (error instanceof AccessKeyValidationError) {
        respond(ctx, 400, problem(400, error.reason));
      } else {
        respond(ctx, 500, problem(500, 'internal-error'));
      }
    }
    options.log?.(`${ctx.method} ${collection}${route.template} ${ctx.status} ${Math.round(performance.now() - started)}ms`);
  };

  async function handle(ctx: ServerContext, route: Route): Promise<void> {
    const { kind, id } = route;
    if (kind === 'collection') {
      if (ctx.method === 'GET' || ctx.method === 'HEAD') {
        const at = now();
        return respond(ctx, 200, { items: (await store.list()).map((stored) => reportedKey(stored.key, at)) });
      }
      if (ctx.method === 'POST') return respond(ctx, 201, await generate(ctx.req));
      return notAllowed(ctx, 'GET, HEAD, POST');
    }
    if (kind === 'verify') {
      if (ctx.method === 'POST') return respond(ctx, 200, await verify(ctx.req));
      return notAllowed(ctx, 'POST');
    }
    if (id === undefined) throw new ProblemError(404, 'not-found');
    if (kind === 'regenerate') {
      if (ctx.method === 'POST') return respond(ctx, 200, await regenerate(id, ctx.req));
      return notAllowed(ctx, 'POST');
    }
    if (ctx.method === 'PATCH') return respond(ctx, 200, await rename(id, ctx.req));
    if (ctx.method === 'DELETE') {
      if (!(await store.remove(id))) throw new ProblemError(404, 'not-found');
      return respond(ctx, 204, null);
    }
    return notAllowed(ctx, 'DELETE, PATCH');
  }

  async function generate(req: IncomingMessage): Promise<GeneratedAccessKey> {
    const input = checkGenerateInput(await readJsonObject(req), now());
    const generated = mintAccessKey(input, now(), prefix);
    const { secret, ...key } = generated;
    const stored: StoredKey = { key, secretHash: hashSecret(secret), previousSecretHash: null };
    if (!(await store.insertWithinLimit(stored, limit))) throw new ProblemError(409, 'limit-reached', { limit });
    return generated;
  }

  async function regenerate(id: string, req: IncomingMessage): Promise<GeneratedAccessKey> {
    const input = checkRegenerateInput(await readJsonObject(req), now());
    let generated: GeneratedAccessKey | undefined;
    const updated = await store.update(id, (stored) => {
      generated = remintAccessKey(reportedKey(stored.key, now()), input, now(), prefix);
      const { secret, ...key } = generated;
      // The secret being replaced becomes the previous one; an older previous secret stops here.
      const previousSecretHash = key.previousSecretExpiresAt ? stored.secretHash : null;
      return { key, secretHash: hashSecret(secret), previousSecretHash };
    });
    if (!updated || !generated) throw new ProblemError(404, 'not-found');
    return generated;
  }

  async function rename(id: string, req: IncomingMessage): Promise<AccessKey> {
    const body = await readJsonObject(req);
    const name = checkName(Object.hasOwn(body, 'name') ? body.name : undefined);
    const updated = await store.update(id, (stored) => ({ ...stored, key: { ...stored.key, name } }));
    if (!updated) throw new ProblemError(404, 'not-found');
    return reportedKey(updated.key, now());
  }

  async function verify(req: IncomingMessage): Promise<{ id: string }> {
    const body = await readJsonObject(req);
    const secret = Object.hasOwn(body, 'secret') ? body.secret : undefined;
    if (typeof secret !== 'string') throw new ProblemError(400, 'invalid-input');
    const id = await verifySecret(store, secret, now());
    if (id === undefined) throw new ProblemError(401, 'invalid-secret');
    await store.update(id, (stored) => ({ ...stored, key: { ...stored.key, lastUsedAt: now().toISOString() } }));
    return { id };
  }
}

/**
 * The id of the key that `secret` authenticates at `now`, or `undefined`: the current secret of a key that has not
 * expired, or its previous secret until `previousSecretExpiresAt`. Every stored hash is compared in constant time,
 * and the loop does not stop at a match, so the time taken does not depend on which key (if any) matched.
 */
export async function verifySecret(store: KeyStore, secret: string, now: Date): Promise<string | undefined> {
  let found: string | undefined;
  for (const { key, secretHash, previousSecretHash } of await store.list()) {
    const active = key.expiresAt === null || Date.parse(key.expiresAt) > now.getTime();
    const current = secretMatches(secret, secretHash);
    const graceEnd = key.previousSecretExpiresAt ? Date.parse(key.previousSecretExpiresAt) : -Infinity;
    const previous = previousSecretHash !== null && secretMatches(secret, previousSecretHash);
    if (active && (current || (previous && graceEnd > now.getTime()))) found ??= key.id;
  }
  return found;
}

export interface NamespacedServerOptions extends Omit<ReferenceServerOptions, 'basePath' | 'store' | 'now'> {
  /**
   * Serve `PUT {prefix}/<namespace>/test-clock` with `{ "now": "<ISO instant>" }` (or `null` for the real clock), a
   * fake clock per namespace for tests of expiry and grace periods over HTTP. Never for production.
   */
  clockControl?: boolean;
}

/**
 * Serves an independent store per namespace: `${prefix}/<namespace>/access-keys…`, created on first use. Tests pick a
 * fresh random namespace each, so they never see each other's keys and need no reset endpoint.
 */
export function createNamespacedServer(prefix: string, options: NamespacedServerOptions = {}): Middleware {
  const servers = new Map<string, { server: Middleware; setNow(now: Date | null): void }>();
  const pattern = new RegExp(`^${escapeRegExp(prefix.replace(/\/+$/, ''))}/([A-Za-z0-9_-]{1,64})(?:/|$)`);

  return async (ctx, next) => {
    const match = pattern.exec(ctx.path);
    if (!match) {
      await next();
      return;
    }
    const basePath = match[0].replace(/\/$/, '');
    let namespace = servers.get(basePath);
    if (!namespace) {
      let fixed: Date | null = null;
      const server = createReferenceServer({ ...options, basePath, now: () => fixed ?? new Date() });
      namespace = { server, setNow: (now) => (fixed = now) };
      servers.set(basePath, namespace);
    }
    if (options.clockControl && ctx.path === `${basePath}/test-clock`) {
      const set = namespace.setNow;
      try {
        if (ctx.method !== 'PUT') throw new ProblemError(405, 'method-not-allowed');
        const { now } = await readJsonObject(ctx.req);
        if (now !== null && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) {
          throw new ProblemError(400, 'invalid-input');
        }
        set(now === null ? null : new Date(now));
        respond(ctx, 204, null);
      } catch (error) {
        const failure = error instanceof ProblemError ? error : new ProblemError(500, 'internal-error');
        respond(ctx, failure.status, problem(failure.status, failure.code));
      }
      return;
    }
    await namespace.server(ctx, next);
  };
}

type Route = { kind: 'collection' | 'verify' | 'key' | 'regenerate'; template: string; id?: string };

/** Which endpoint a path is, with its route template for the log; `id` is `undefined` when it does not decode. */
function matchRoute(path: string, collection: string, verifyEndpoint: boolean): Route | undefined {
  if (path === collection) return { kind: 'collection', template: '' };
  if (!path.startsWith(`${collection}/`)) return undefined;
  const segments = path.slice(collection.length + 1).split('/');
  if (verifyEndpoint && segments.length === 1 && segments[0] === 'verify') return { kind: 'verify', template: '/verify' };
  const id = decodeSegment(segments[0]);
  if (segments.length === 1) return { kind: 'key', template: '/{id}', id };
  if (segments.length === 2 && segments[1] === 'regenerate') return { kind: 'regenerate', template: '/{id}/regenerate', id };
  return { kind: 'key', template: '/{unknown}', id: undefined };
}

function notAllowed(ctx: ServerContext, allow: string): void {
  ctx.set('Allow', allow);
  respond(ctx, 405, problem(405, 'method-not-allowed'));
}

function respond(ctx: ServerContext, status: number, body: unknown): void {
  // Responses carry secrets (201, 200 on regenerate) or the key list; neither may sit in a browser or proxy cache.
  ctx.set('Cache-Control', 'no-store');
  if (body === null) {
    ctx.body = null;
  } else {
    ctx.body = JSON.stringify(body);
    ctx.type = status >= 400 ? 'application/problem+json' : 'application/json';
  }
  ctx.status = status;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
