// `npx access-key-elements-server --port 8080 [--db keys.sqlite]`: the reference server as a working backend to
// start from, in memory or on an SQLite file. Logs one line per request, never a secret or a name.
import { parseArgs } from 'node:util';
import { startReferenceServer } from '../http-server.js';
import type { KeyStore } from '../key-store.js';
import { openSqliteKeyStore } from '../sqlite-store.js';

const USAGE = `Usage: access-key-elements-server [--port 8080] [--host 127.0.0.1] [--db keys.sqlite] [--base-path /api]
                                [--limit 10] [--allow-origin http://localhost:3000]... [--quiet]

Serves the access-key REST contract (docs/openapi.yaml) at http://<host>:<port><base-path>/access-keys.
  --port       TCP port (default 8080; 0 picks a free one)
  --host       interface to listen on (default 127.0.0.1)
  --db         keep keys in this SQLite file (needs \`npm install sql.js\`); default: in memory
  --base-path  path before /access-keys (default /api)
  --limit      keys allowed, active and expired together (default 10)
  --allow-origin  let pages from this origin call the API (CORS, with cookies); repeatable
  --quiet      no request log`;

function fail(message: string): never {
  process.stderr.write(`access-key-elements-server: ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      'base-path': { type: 'string', default: '/api' },
      limit: { type: 'string', default: '10' },
      'allow-origin': { type: 'string', multiple: true, default: [] },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${args.port}".`);
const limit = Number(args.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a positive whole number, not "${args.limit}".`);

let store: KeyStore | undefined;
try {
  if (args.db) store = await openSqliteKeyStore(args.db);
  const server = await startReferenceServer({
    port,
    host: args.host,
    basePath: args['base-path'],
    limit,
    store,
    allowOrigins: args['allow-origin'],
    log: args.quiet ? undefined : (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  const where = args.db ? `keys in ${args.db} (SQLite, hashes only)` : 'keys in memory (a restart forgets them)';
  process.stdout.write(`Access key reference server on ${server.url}/access-keys, ${where}. Ctrl+C stops it.\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  await store?.close();
  fail(error instanceof Error ? error.message : String(error));
}
