/// <reference lib="dom" />
/* global document -- parts below run in the page */
// Proves the README's `npm start` right after `npm ci` (CI runs it before `npm run build`): every demo page answers
// 200, is styled with demo/demo.css and links to every other page, and renders a working section in headless Chromium
// with nothing failing in its console; the one-file bundle's URL serves JavaScript (built from src/ while dist/ has
// none); the reference REST API answers under `/api`; and a second `npm start` on the busy port says so in one line
// and serves on the next free port.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { launchBrowser, openPage } from './consumer.mjs';
import { freePort } from './free-port.mjs';

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`npm start check failed: ${message}`);
  console.log(`ok - ${message}`);
}

/** `npm start` on a port, its output kept. */
function start(/** @type {number} */ port) {
  const child = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    output: () => output,
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

/** Resolves once `url` answers, or fails after 60 s with what the server printed. */
async function waitFor(/** @type {string} */ url, /** @type {() => string} */ output) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response) return response;
    if (Date.now() > deadline) throw new Error(`npm start check failed: ${url} did not answer within 60 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const bundleUrl = '/dist/access-key-elements.bundle.js';
const bundleBuilt = existsSync(`.${bundleUrl}`);
const pages = ['/', ...readdirSync('demo').filter((name) => name.endsWith('.html') && name !== 'index.html').sort().map((name) => `/demo/${name}`)];
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const first = start(port);
/** @type {ReturnType<typeof start> | undefined} */
let second;
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;

try {
  await waitFor(`${base}/`, first.output);
  for (const page of pages) {
    const response = await fetch(`${base}${page}`);
    const html = await response.text();
    const links = [...html.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href);
    const others = pages.filter((other) => other !== page);
    check(
      response.status === 200 && html.includes('href="/demo/demo.css"') && others.every((other) => links.includes(other)),
      `${page} answers 200, is styled with demo.css and links to ${others.join(', ')}`,
    );
  }

  const bundle = await fetch(`${base}${bundleUrl}`);
  const code = await bundle.text();
  const servedFrom = bundle.headers.get('x-access-key-bundle') ? 'bundled from src/ on request' : 'from dist/ (npm run build)';
  check(
    bundle.status === 200 && /javascript/.test(bundle.headers.get('content-type') ?? '') && code.includes('access-key-section') &&
      servedFrom === (bundleBuilt ? 'from dist/ (npm run build)' : 'bundled from src/ on request'),
    `${bundleUrl} serves JavaScript (${(code.length / 1000).toFixed(0)} kB), ${servedFrom}`,
  );

  browser = await launchBrowser();
  for (const page of pages) {
    const { tab, problems } = await openPage(browser, `${base}${page}`);
    // Every demo page shows the section with its "+ Access key" button once it has loaded its keys.
    await tab
      .waitForFunction(
        () => {
          const section = document.querySelector('access-key-section');
          return Boolean(section?.shadowRoot?.querySelector('[part="add-button"]') && !section.shadowRoot.querySelector('[part="loading"]'));
        },
        { timeout: 15_000 },
      )
      .catch(() => problems.push('the section did not render with its "+ Access key" button within 15 s'));
    check(problems.length === 0, `${page} renders the section in Chromium with no error in the console ${problems.join('; ')}`.trimEnd());
    await tab.close();
  }

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

  // A second `npm start` while the first holds the port.
  second = start(port);
  const started = Date.now();
  let moved;
  while (!(moved = /Port (\d+) is in use; serving on http:\/\/localhost:(\d+)\/ instead\./.exec(second.output())) && Date.now() - started < 60_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const next = Number(moved?.[2]);
  const answer = moved ? await waitFor(`http://127.0.0.1:${next}/`, second.output) : undefined;
  const lines = second.output().split('\n').filter((line) => /in use|EADDRINUSE/.test(line));
  check(
    Boolean(moved) && Number(moved?.[1]) === port && next > port && answer?.status === 200 && lines.length === 1,
    `a second npm start on busy port ${port} prints one line and serves on the next free port: "${lines[0] ?? ''}"` +
      (moved && answer?.status === 200 && lines.length === 1 ? '' : ` (answer ${answer?.status}, ${lines.length} lines; it printed:\n${second.output()})`),
  );
} finally {
  await browser?.close();
  first.stop();
  second?.stop();
}
