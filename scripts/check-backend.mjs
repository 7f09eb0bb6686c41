// CI for the backend half, run after `npm run build` with the built CLIs (dist/): the conformance check passes against
// the reference server in memory and on SQLite, and fails against the deliberately broken variant, naming each
// broken promise; on SQLite a restart keeps the keys and the file holds hashes, never a secret.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNodeTs } from './load-node-ts.mjs';
import { quoted, run, startServer } from './run-cli.mjs';

const SERVER = 'dist/server/cli.js';
const CONFORMANCE = 'dist/conformance/cli.js';
const folder = mkdtempSync(join(tmpdir(), 'access-key-backend-'));

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`backend check failed: ${message}`);
  console.log(`ok - ${message}`);
}

/** @param {string} url @param {string} what */
async function conformancePasses(url, what) {
  const result = await run(process.execPath, [CONFORMANCE, url]);
  console.log(`conformance check against ${what}:`);
  console.log(result.stdout.trimEnd());
  check(result.code === 0, `the conformance check passes against ${what}`);
}

const json = { 'Content-Type': 'application/json' };

try {
  const memory = await startServer(process.execPath, [SERVER, '--port', '0']);
  try {
    await conformancePasses(memory.url, 'the reference server in memory');
  } finally {
    await memory.stop();
  }

  const db = join(folder, 'keys.sqlite');
  let server = await startServer(process.execPath, [SERVER, '--port', '0', '--db', db]);
  let secret;
  let id;
  try {
    await conformancePasses(server.url, 'the reference server on SQLite');
    const created = await fetch(`${server.url}/access-keys`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Kept across restarts', expiresAt: null }) });
    ({ secret, id } = await created.json());
    check(created.status === 201, 'a key is created on SQLite');
    check(!server.output().includes(secret) && !server.output().includes('Kept across restarts'), 'the request log holds no secret and no name');
  } finally {
    await server.stop();
  }
  const bytes = readFileSync(db);
  check(bytes.includes('Kept across restarts'), 'the database file holds the key');
  check(!bytes.includes(secret) && !bytes.includes(secret.slice(3, 27)), 'the database file holds no secret, not even part of one');
  server = await startServer(process.execPath, [SERVER, '--port', '0', '--db', db]);
  try {
    const listed = await (await fetch(`${server.url}/access-keys`)).json();
    check(listed.items.some((/** @type {{ id: string }} */ key) => key.id === id), 'after a restart the key is still listed');
    const verified = await fetch(`${server.url}/access-keys/verify`, { method: 'POST', headers: json, body: JSON.stringify({ secret }) });
    check(verified.status === 200, 'after a restart its secret still verifies (the hash was kept)');
  } finally {
    await server.stop();
  }

  /** @type {typeof import('../server/http-server.ts')} */
  const { serveMiddleware } = await importNodeTs('server/http-server.ts');
  /** @type {typeof import('../server/broken-server.ts')} */
  const { createBrokenServer } = await importNodeTs('server/broken-server.ts');
  const broken = await serveMiddleware(createBrokenServer({ basePath: '/api' }), { port: 0, basePath: '/api' });
  try {
    const text = await run(process.execPath, [CONFORMANCE, broken.url]);
    console.log('conformance check against the deliberately broken variant (failures expected):');
    console.log(quoted(text.stdout));
    check(text.code === 1, 'the conformance check exits 1 against the broken variant');
    const report = JSON.parse((await run(process.execPath, [CONFORMANCE, broken.url, '--json'])).stdout);
    const failed = report.results.filter((/** @type {{ status: string }} */ result) => result.status === 'fail').map((/** @type {{ id: string }} */ result) => result.id);
    for (const [promise, breakage] of [
      ['secret-only-in-handover', 'the secret in the list'],
      ['limit-atomic', 'a non-atomic limit'],
      ['remove-twice-404', '200 on a double delete'],
    ]) {
      check(failed.includes(promise), `it names ${promise} for ${breakage}`);
    }
  } finally {
    await broken.close();
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
