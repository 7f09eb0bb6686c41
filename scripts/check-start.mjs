// Proves the README's `npm start`: the demo page is served at `/` and the reference REST API answers under `/api`.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`npm start check failed: ${message}`);
  console.log(`ok - ${message}`);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: 'ignore' });

try {
  const deadline = Date.now() + 60_000;
  let page;
  while (!page) {
    if (Date.now() > deadline) throw new Error('npm start check failed: the server did not answer within 60 s');
    page = await fetch(`${base}/`).catch(() => undefined);
    if (!page) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const html = await page.text();
  check(page.status === 200 && html.includes('<access-key-section'), '/ serves the demo page with <access-key-section>');

  const json = { 'content-type': 'application/json' };
  /** @type {(path: string, init?: RequestInit) => Promise<any>} */
  const getJson = (path, init) => fetch(`${base}${path}`, init).then((response) => response.json());
  const listed = await getJson('/api/access-keys');
  check(Array.isArray(listed.items), 'GET /api/access-keys lists keys');
  const created = await fetch(`${base}/api/access-keys`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name: 'npm start check', expiresAt: null }),
  });
  const generated = /** @type {{ id: string, secret: string }} */ (await created.json());
  check(created.status === 201 && typeof generated.secret === 'string', 'POST /api/access-keys generates a key (201)');
  const after = await getJson('/api/access-keys');
  check(
    after.items.some((/** @type {{id: string}} */ key) => key.id === generated.id) && !JSON.stringify(after).includes(generated.secret),
    'the list has the new key without its secret',
  );
  const removed = await fetch(`${base}/api/access-keys/${encodeURIComponent(generated.id)}`, { method: 'DELETE' });
  check(removed.status === 204, 'DELETE /api/access-keys/{id} removes it (204)');
} finally {
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
}
