// A deliberately broken variant of the reference server, for CI: the conformance check must fail against it and name
// each broken promise. Never ship or mount it anywhere else. It breaks three promises the UI relies on:
// - `secret-only-in-handover`: it keeps every plain secret and puts it into the list;
// - `limit-atomic`: its store counts, waits, then inserts, so parallel creates at limit − 1 all pass the count;
// - `remove-twice-404`: removing a key that is gone answers 200 instead of 404.
import { setTimeout as sleep } from 'node:timers/promises';
import { MemoryKeyStore, type KeyStore, type StoredKey } from './key-store.js';
import { createReferenceServer, type Middleware, type ReferenceServerOptions } from './reference-server.js';

/** The memory store with the count and the insert as two steps, an await apart: the race the contract forbids. */
class NonAtomicStore extends MemoryKeyStore implements KeyStore {
  override async insertWithinLimit(stored: StoredKey, limit: number): Promise<boolean> {
    const count = (await this.list()).length;
    await sleep(25);
    if (count >= limit) return false;
    return super.insertWithinLimit(stored, Number.POSITIVE_INFINITY);
  }
}

export function createBrokenServer(options: Omit<ReferenceServerOptions, 'store'> = {}): Middleware {
  const inner = createReferenceServer({ ...options, store: new NonAtomicStore() });
  const secrets = new Map<string, string>();
  return async (ctx, next) => {
    await inner(ctx, next);
    if (typeof ctx.body !== 'string' || (!ctx.path.endsWith('/access-keys') && ctx.method !== 'DELETE')) return;
    if (ctx.method === 'POST' && ctx.status === 201) {
      const generated = JSON.parse(ctx.body) as { id: string; secret: string };
      secrets.set(generated.id, generated.secret);
    } else if (ctx.method === 'GET' && ctx.status === 200) {
      const list = JSON.parse(ctx.body) as { items: Array<{ id: string; secret?: string }> };
      for (const item of list.items) item.secret = secrets.get(item.id);
      ctx.body = JSON.stringify(list);
    } else if (ctx.method === 'DELETE' && ctx.status === 404) {
      ctx.body = JSON.stringify({ removed: true });
      ctx.type = 'application/json';
      ctx.status = 200;
    }
  };
}
