// The reference implementation of the REST contract in docs/rest-api.md, as a dev-server (Koa-style) middleware.
// `npm start` mounts it under /api, and the test runner under per-test namespaces, so the REST adapter is tested
// against it over real HTTP. In memory only: a restart forgets every key.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccessKeyValidationError } from '../src/api/errors.js';
import { checkGenerateInput, mintAccessKey } from '../src/api/key-rules.js';
import type { AccessKey } from '../src/api/types.js';

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
  /** The clock for `createdAt` and the expiry check. Default `() => new Date()`. */
  now?: () => Date;
  /** Path the endpoints live under, without a trailing slash: `'/api'` serves `/api/access-keys`. Default `''`. */
  basePath?: string;
}

/** A stored key: its metadata and a hash of the secret, which is enough to authenticate a presented key later. */
interface StoredKey {
  key: AccessKey;
  secretHash: string;
}

const MAX_BODY_BYTES = 16 * 1024;

/** An error answered with a 400 and `{ error: code }`. */
class BadRequest extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Creates a server with its own empty store. */
export function createReferenceServer(options: ReferenceServerOptions = {}): Middleware {
  const limit = options.limit ?? 10;
  const now = options.now ?? (() => new Date());
  const collection = `${(options.basePath ?? '').replace(/\/+$/, '')}/access-keys`;
  /** Newest first. */
  const store: StoredKey[] = [];

  return async (ctx, next) => {
    let id: string | undefined;
    if (ctx.path === collection) {
      id = undefined;
    } else if (ctx.path.startsWith(`${collection}/`) && !ctx.path.slice(collection.length + 1).includes('/')) {
      id = decodeSegment(ctx.path.slice(collection.length + 1));
      if (!id) return void respond(ctx, 404, { error: 'not-found' });
    } else {
      await next();
      return;
    }

    try {
      if (id === undefined) {
        if (ctx.method === 'GET' || ctx.method === 'HEAD') {
          return void respond(ctx, 200, { items: store.map((stored) => ({ ...stored.key })) });
        }
        if (ctx.method === 'POST') return void respond(ctx, ...(await generate(ctx.req)));
        ctx.set('Allow', 'GET, HEAD, POST');
        return void respond(ctx, 405, { error: 'method-not-allowed' });
      }
      if (ctx.method === 'DELETE') {
        const index = store.findIndex((stored) => stored.key.id === id);
        if (index === -1) return void respond(ctx, 404, { error: 'not-found' });
        store.splice(index, 1);
        return void respond(ctx, 204, null);
      }
      ctx.set('Allow', 'DELETE');
      respond(ctx, 405, { error: 'method-not-allowed' });
    } catch (error) {
      if (error instanceof BadRequest) return void respond(ctx, 400, { error: error.code });
      if (error instanceof AccessKeyValidationError) return void respond(ctx, 400, { error: error.reason });
      respond(ctx, 500, { error: 'internal-error' });
    }
  };

  async function generate(req: IncomingMessage): Promise<[number, unknown]> {
    const input = checkGenerateInput(await readJsonObject(req), now());
    // From here to the insert there is no await, so concurrent requests cannot both pass the limit check.
    if (store.length >= limit) return [409, { error: 'limit-reached', limit }];
    const generated = mintAccessKey(input, now());
    const { secret, ...key } = generated;
    store.unshift({ key, secretHash: createHash('sha256').update(secret).digest('hex') });
    return [201, generated];
  }
}

/**
 * Serves an independent store per namespace: `${prefix}/<namespace>/access-keys…`, created on first use. Tests pick a
 * fresh random namespace each, so they never see each other's keys and need no reset endpoint.
 */
export function createNamespacedServer(
  prefix: string,
  options: Omit<ReferenceServerOptions, 'basePath'> = {},
): Middleware {
  const servers = new Map<string, Middleware>();
  const pattern = new RegExp(`^${escapeRegExp(prefix.replace(/\/+$/, ''))}/([A-Za-z0-9_-]{1,64})(?:/|$)`);

  return async (ctx, next) => {
    const match = pattern.exec(ctx.path);
    if (!match) {
      await next();
      return;
    }
    const basePath = match[0].replace(/\/$/, '');
    let server = servers.get(basePath);
    if (!server) {
      server = createReferenceServer({ ...options, basePath });
      servers.set(basePath, server);
    }
    await server(ctx, next);
  };
}

function respond(ctx: ServerContext, status: number, body: unknown): void {
  // Responses carry secrets (201) or the key list; neither may sit in a browser or proxy cache.
  ctx.set('Cache-Control', 'no-store');
  if (body === null) {
    ctx.body = null;
  } else {
    ctx.body = JSON.stringify(body);
    ctx.type = 'application/json';
  }
  ctx.status = status;
}

async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new BadRequest('unsupported-content-type');
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    req.resume();
    throw new BadRequest('body-too-large');
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining past the limit so the connection stays usable, but stop keeping the bytes.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new BadRequest('body-too-large');

  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('invalid-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest('invalid-input');
  return value as Record<string, unknown>;
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
