// What the pack, docs and dependency checks share: the packed tarball, and consumer projects outside the repository
// that install it the way a user does (`npm install <tarball>`), served to headless Chromium by a dev server that
// resolves bare imports as a bundler or an import map would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** @type {{ devDependencies: Record<string, string>, dependencies: Record<string, string> }} */
const ownPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** The exact version of one of our devDependencies (`react@19.3.1`), so consumers install what CI already runs. */
export function devDependency(/** @type {string} */ name) {
  const version = ownPackage.devDependencies[name];
  if (!version) throw new Error(`${name} is not a devDependency`);
  return `${name}@${version}`;
}

/**
 * @typedef {{ filename: string, size: number, unpackedSize: number, entryCount: number, files: { path: string, size: number }[] }} PackInfo
 * @param {string} destination a folder for the tarball
 * @returns {{ tarball: string, info: PackInfo }}
 */
export function packTarball(destination) {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = /** @type {PackInfo[]} */ (JSON.parse(output));
  return { tarball: join(destination, info.filename), info };
}

/**
 * Runs a command in a folder, its output kept (and shown only when it fails).
 * @param {string} cwd @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env]
 */
export function runIn(cwd, command, args, env) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  } catch (error) {
    const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`, { cause: error });
  }
}

/** `npm install` in a consumer, as quietly as npm allows. */
export function npmInstall(/** @type {string} */ cwd, /** @type {string[]} */ specs) {
  runIn(cwd, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs]);
}

/** @type {string[]} */
const consumers = [];

/**
 * An empty ES-module project in a new temporary folder (removed by {@link removeConsumers}).
 * @param {string} name @param {{ overrides?: Record<string, string> }} [options]
 */
export function createConsumer(name, options = {}) {
  const root = mkdtempSync(join(tmpdir(), `access-key-${name}-`));
  const manifest = { name: `consumer-${name}`, private: true, type: 'module', ...(options.overrides && { overrides: options.overrides }) };
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  consumers.push(root);
  return root;
}

/** Removes every consumer project made so far. */
export function removeConsumers() {
  for (const root of consumers.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * Serves a consumer folder over HTTP with Node resolution of bare imports (what a bundler or an import map does).
 * @param {string} root
 * @param {{ middleware?: import('koa').Middleware[], plugins?: import('@web/dev-server-core').Plugin[] }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function serveConsumer(root, options = {}) {
  const server = await startDevServer({
    config: { rootDir: root, port: await freePort(), nodeResolve: true, middleware: options.middleware, plugins: options.plugins },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    // Otherwise the dev server takes over uncaught errors (printed, then ignored) and SIGINT, so a failing check would
    // end its script with status 0.
    autoExitProcess: false,
  });
  return { url: `http://localhost:${server.config.port}`, stop: async () => void (await server.stop()) };
}

/** Headless Chromium (the machine's own; nothing is downloaded). */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: ensureChromium(), args: chromiumArgs(), headless: true });
}

/**
 * Opens a page and records what a developer would see go wrong in its console: uncaught errors, console errors and
 * warnings, failed requests and 4xx/5xx responses.
 * @param {import('puppeteer-core').Browser} browser @param {string} url
 * @param {{ init?: () => void }} [options] `init` runs in the page before any of its scripts
 */
export async function openPage(browser, url, options = {}) {
  const tab = await browser.newPage();
  if (options.init) await tab.evaluateOnNewDocument(options.init);
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const warnings = [];
  tab.on('pageerror', (error) => problems.push(`uncaught ${error}`));
  // Chromium asks for /favicon.ico on its own; a page cannot stop it.
  const isFavicon = (/** @type {string | undefined} */ url) => Boolean(url?.endsWith('/favicon.ico'));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !isFavicon(message.location().url)) problems.push(`console.error: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  tab.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) problems.push(`${response.status()} for ${response.url()}`);
  });
  await tab.goto(url, { waitUntil: 'load' });
  return { tab, problems, warnings };
}
