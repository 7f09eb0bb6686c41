/// <reference lib="dom" />
/* global document, customElements, window -- the flow below runs in the page */
// Proves the package works for a consumer: packs it, installs the tarball into an empty project, and loads both the
// one-file bundle (plain <script type="module">) and the ESM entry (bare imports, as a bundler or import map resolves
// them) in headless Chromium, generating a key in each, and runs the backend bins (check-pack-bins.mjs). Run after
// `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { checkPackedBins } from './check-pack-bins.mjs';
import { freePort } from './free-port.mjs';

const root = mkdtempSync(join(tmpdir(), 'access-key-pack-'));
const run = (/** @type {string} */ command, /** @type {string[]} */ args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`pack check failed: ${message}`);
  console.log(`ok - ${message}`);
}

// The flow a page would run, as a string evaluated in each page: render, open the form, generate, read the reveal.
const flow = async () => {
  const section = document.querySelector('access-key-section');
  if (!section) throw new Error('no <access-key-section>');
  await customElements.whenDefined('access-key-section');
  // @ts-expect-error the page put the module's exports on window
  const { MemoryAccessKeyApi } = window.library;
  Object.assign(section, { api: new MemoryAccessKeyApi() });
  const shadow = /** @type {ShadowRoot} */ (section.shadowRoot);
  const until = async (/** @type {() => unknown} */ test) => {
    for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
    if (!test()) throw new Error(`timed out: ${test}`);
  };
  await until(() => shadow.querySelector('[part="empty"]'));
  /** @type {HTMLElement} */ (shadow.querySelector('[part="add-button"]')).click();
  const generate = /** @type {HTMLElement & { shadowRoot: ShadowRoot }} */ (shadow.querySelector('generate-key-dialog'));
  await until(() => generate.shadowRoot.querySelector('dialog')?.open);
  const name = /** @type {HTMLInputElement} */ (generate.shadowRoot.querySelector('[part="name-input"]'));
  name.value = 'From the tarball';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  /** @type {HTMLElement} */ (generate.shadowRoot.querySelector('[part="generate-button"]')).click();
  const reveal = /** @type {HTMLElement & { shadowRoot: ShadowRoot }} */ (shadow.querySelector('reveal-key-dialog'));
  await until(() => reveal.shadowRoot.querySelector('dialog')?.open);
  return /** @type {HTMLTextAreaElement} */ (reveal.shadowRoot.querySelector('[part="secret"]')).value;
};

let server;
let browser;
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', root], process.cwd()).trim().split('\n').pop();
  check(Boolean(tarball), `npm pack wrote ${tarball}`);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', resolve(root, /** @type {string} */ (tarball))]);
  check(true, 'the tarball installs into an empty project');
  await checkPackedBins(root, check);

  writeFileSync(
    join(root, 'bundle.html'),
    `<!doctype html><html lang="en"><body><access-key-section></access-key-section>
    <script type="module">
      import * as library from './node_modules/access-key-elements/dist/access-key-elements.bundle.js';
      window.library = library;
    </script></body></html>`,
  );
  writeFileSync(
    join(root, 'esm.html'),
    `<!doctype html><html lang="en"><body><access-key-section></access-key-section>
    <script type="module">
      import 'access-key-elements/define';
      import * as library from 'access-key-elements';
      window.library = library;
    </script></body></html>`,
  );

  server = await startDevServer({
    config: { rootDir: root, port: await freePort(), nodeResolve: true },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const port = server.config.port;
  browser = await puppeteer.launch({ executablePath: ensureChromium(), args: chromiumArgs(), headless: true });
  for (const [page, what] of [
    ['bundle.html', 'the one-file bundle'],
    ['esm.html', 'the ESM entry (access-key-elements, access-key-elements/define)'],
  ]) {
    const tab = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`http://localhost:${port}/${page}`);
    await tab.waitForFunction(() => 'library' in window, { timeout: 10_000 });
    const secret = await tab.evaluate(flow);
    check(/^ak_/.test(secret) && errors.length === 0, `${what} renders and generates a key in the browser`);
    await tab.close();
  }
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
}
