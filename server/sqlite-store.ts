// A KeyStore in an SQLite file, through sql.js (SQLite compiled to WebAssembly: no native build, no download).
// sql.js keeps the database in memory; every write saves the whole file, through a temporary file and a rename, so
// a crash leaves the old file or the new one, never half of one. Fine for a reference server's handful of keys.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import type { AccessKey } from '../src/api/types.js';
import type { KeyStore, StoredKey } from './key-store.js';

export interface SqliteKeyStoreOptions {
  /** Loads sql.js. Default: `import('sql.js')`, an optional peer dependency (`npm install sql.js`). */
  loadSqlJs?: () => Promise<SqlJsStatic>;
}

/** sql.js is not installed: the message says how to install it. */
export class SqlJsMissingError extends Error {
  override readonly name = 'SqlJsMissingError';
  constructor(options?: ErrorOptions) {
    super('A database file needs the sql.js package (SQLite in WebAssembly): run `npm install sql.js`.', options);
  }
}

const COLUMNS = [
  'id',
  'name',
  'visible_part',
  'created_at',
  'expires_at',
  'last_used_at',
  'previous_secret_expires_at',
  'secret_hash',
  'previous_secret_hash',
] as const;

const SCHEMA = `CREATE TABLE IF NOT EXISTS access_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  visible_part TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT,
  previous_secret_expires_at TEXT,
  secret_hash TEXT NOT NULL,
  previous_secret_hash TEXT
)`;

/** Opens (or creates) the database file at `path`. */
export async function openSqliteKeyStore(path: string, options: SqliteKeyStoreOptions = {}): Promise<KeyStore> {
  const SQL = await (options.loadSqlJs ?? loadSqlJs)();
  const db = new SQL.Database(existsSync(path) ? readFileSync(path) : null);
  db.run(SCHEMA);
  save(db, path);
  return new SqliteKeyStore(db, path);
}

class SqliteKeyStore implements KeyStore {
  constructor(
    readonly db: Database,
    readonly path: string,
  ) {}

  async list(): Promise<StoredKey[]> {
    // rowid breaks ties between keys created in the same millisecond: the later insert is the newer key.
    const [result] = this.db.exec(`SELECT ${COLUMNS.join(', ')} FROM access_keys ORDER BY created_at DESC, rowid DESC`);
    return (result?.values ?? []).map(fromRow);
  }

  async insertWithinLimit(stored: StoredKey, limit: number): Promise<boolean> {
    // One statement counts and inserts, the pattern that keeps the limit under concurrent requests in any database.
    this.db.run(
      `INSERT INTO access_keys (${COLUMNS.join(', ')})
       SELECT ${COLUMNS.map(() => '?').join(', ')} WHERE (SELECT COUNT(*) FROM access_keys) < ?`,
      [...toRow(stored), limit],
    );
    const inserted = this.db.getRowsModified() === 1;
    if (inserted) save(this.db, this.path);
    return inserted;
  }

  async update(id: string, change: (stored: StoredKey) => StoredKey): Promise<StoredKey | undefined> {
    const [result] = this.db.exec(`SELECT ${COLUMNS.join(', ')} FROM access_keys WHERE id = ?`, [id]);
    const row = result?.values[0];
    if (!row) return undefined;
    // sql.js runs synchronously: nothing else touches the database between the read and the write.
    const changed = change(fromRow(row));
    const assignments = COLUMNS.slice(1).map((column) => `${column} = ?`).join(', ');
    this.db.run(`UPDATE access_keys SET ${assignments} WHERE id = ?`, [...toRow(changed).slice(1), id]);
    save(this.db, this.path);
    return changed;
  }

  async remove(id: string): Promise<boolean> {
    this.db.run('DELETE FROM access_keys WHERE id = ?', [id]);
    const removed = this.db.getRowsModified() === 1;
    if (removed) save(this.db, this.path);
    return removed;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

async function loadSqlJs(): Promise<SqlJsStatic> {
  let module: { default: () => Promise<SqlJsStatic> };
  try {
    module = await import('sql.js');
  } catch (error) {
    throw new SqlJsMissingError({ cause: error });
  }
  return module.default();
}

function save(db: Database, path: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, db.export());
  renameSync(temporary, path);
}

function toRow({ key, secretHash, previousSecretHash }: StoredKey): unknown[] {
  return [
    key.id,
    key.name,
    key.visiblePart,
    key.createdAt,
    key.expiresAt,
    key.lastUsedAt,
    key.previousSecretExpiresAt ?? null,
    secretHash,
    previousSecretHash,
  ];
}

function fromRow(row: unknown[]): StoredKey {
  const [id, name, visiblePart, createdAt, expiresAt, lastUsedAt, previousSecretExpiresAt, secretHash, previousHash] =
    row as Array<string | null>;
  const key: AccessKey = {
    id: id as string,
    name: name as string,
    visiblePart: visiblePart as string,
    createdAt: createdAt as string,
    expiresAt,
    lastUsedAt,
  };
  if (previousSecretExpiresAt !== null) key.previousSecretExpiresAt = previousSecretExpiresAt;
  return { key, secretHash: secretHash as string, previousSecretHash: previousHash };
}
