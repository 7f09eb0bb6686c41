// Where the reference server keeps keys. A host porting the server to its own database implements this interface;
// the one promise that needs care is `insertWithinLimit`: the count and the insert are one atomic step.
import type { AccessKey } from '../src/api/types.js';

/** A stored key: its metadata and the hashes of its secrets, never a secret itself. */
export interface StoredKey {
  /** As reported, except that `previousSecretExpiresAt` may have passed (the server drops it then). */
  key: AccessKey;
  /** SHA-256 (hex) of the current secret. */
  secretHash: string;
  /** SHA-256 (hex) of the previous secret, accepted until `key.previousSecretExpiresAt`; `null` when there is none. */
  previousSecretHash: string | null;
}

export interface KeyStore {
  /** Every key, newest first. */
  list(): Promise<StoredKey[]>;
  /**
   * Adds `stored` unless `limit` keys exist already; resolves to whether it did. Counting and inserting must be one
   * atomic step (one SQL statement, or a transaction), or parallel requests at the limit all pass the count.
   */
  insertWithinLimit(stored: StoredKey, limit: number): Promise<boolean>;
  /** Replaces a key by what `change` makes of it, atomically; resolves to the new value, or `undefined` when gone. */
  update(id: string, change: (stored: StoredKey) => StoredKey): Promise<StoredKey | undefined>;
  /** Removes a key; resolves to whether it existed. */
  remove(id: string): Promise<boolean>;
  /** Releases the store (a database file, say). */
  close(): Promise<void>;
}

/** The default store: in memory, so a restart forgets every key. */
export class MemoryKeyStore implements KeyStore {
  /** Newest first. */
  #keys: StoredKey[] = [];

  async list(): Promise<StoredKey[]> {
    return this.#keys.map(copy);
  }

  async insertWithinLimit(stored: StoredKey, limit: number): Promise<boolean> {
    // No await between the count and the insert: no other request can run in between.
    if (this.#keys.length >= limit) return false;
    this.#keys.unshift(copy(stored));
    return true;
  }

  async update(id: string, change: (stored: StoredKey) => StoredKey): Promise<StoredKey | undefined> {
    const index = this.#keys.findIndex((stored) => stored.key.id === id);
    if (index === -1) return undefined;
    this.#keys[index] = copy(change(copy(this.#keys[index])));
    return copy(this.#keys[index]);
  }

  async remove(id: string): Promise<boolean> {
    const index = this.#keys.findIndex((stored) => stored.key.id === id);
    if (index === -1) return false;
    this.#keys.splice(index, 1);
    return true;
  }

  async close(): Promise<void> {}
}

function copy(stored: StoredKey): StoredKey {
  return { ...stored, key: { ...stored.key } };
}
