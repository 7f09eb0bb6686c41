/// <reference lib="dom" />
/* global document, customElements, window -- parts below run in the page */
// Proves the package works for a consumer (run after `npm run build`): packs it and checks what the tarball holds
// (and what `npm publish --dry-run` would publish), installs it into an empty project, runs the backend bins
// (check-pack-bins.mjs), imports every entry in Node, loads the one-file bundle and the ESM entry in headless Chromium
// and generates a key in each, checks that the bundle is a production build (no development warnings), and then
// checks the dependency ranges in other consumers (check-dependency-ranges.mjs): one Lit beside an app's Lit 3.2 or
// 3.3, and the lowest versions the ranges admit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPackedBins } from './check-pack-bins.mjs';
import { checkLowestVersions, checkOneLit } from './check-dependency-ranges.mjs';
import {
  createConsumer,
  devDependency,
  launchBrowser,
  npmInstall,
  openPage,
  packTarball,
  removeConsumers,
  repoRoot,
  serveConsumer,
} from './consumer.mjs';
import { bundleImports, checkGenerateFlows, esmImports, flowPage, writeFlowPages } from './generate-flow.mjs';
import { checkNodeImports } from './node-imports.mjs';

/** A check the rest of the run depends on: its failure ends the run. @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`pack check failed: ${message}`);
  console.log(`ok - ${message}`);
}

/** @type {string[]} */
const failures = [];
/** A check nothing later depends on: its failure is reported, fails the run at the end, and the other checks still run. */
function expect(/** @type {boolean} */ condition, /** @type {string} */ message) {
  console.log(`${condition ? 'ok' : 'not ok'} - ${message}`);
  if (!condition) failures.push(message.split('\n')[0]);
}

/**
 * Packages the shipped type declarations import: each must be one a consumer is sure to have (a dependency or a
 * peer), or a consumer's tsc resolves it only when npm happens to hoist it (never with pnpm).
 * @param {string} packageRoot the installed package
 */
function undeclaredTypeImports(packageRoot) {
  /** @type {{ dependencies: Record<string, string>, peerDependencies: Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
  /** @type {Map<string, Set<string>>} */
  const undeclared = new Map();
  for (const file of readdirSync(join(packageRoot, 'dist'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.d.ts'))) {
    const text = readFileSync(join(packageRoot, 'dist', file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from |import\(|reference types=)["']([^"'./][^"']*)["']/g)) {
      const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(specifier)?.[1] ?? specifier;
      if (!declared.has(name) && !name.startsWith('node:')) undeclared.set(name, (undeclared.get(name) ?? new Set()).add(`dist/${file}`));
    }
  }
  return [...undeclared].map(([name, files]) => `${name} (${[...files].join(', ')})`);
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** Files a user's install should never carry: tests, stories, demos, benchmarks. */
const notForUsers = (/** @type {string} */ path) =>
  /(^|\/)(test|tests|__tests__|stories|\.storybook|demo|bench)\//.test(path) || /\.(test|spec|stories|bench)\.[cm]?[jt]sx?$/.test(path);

/** What `npm publish --dry-run` would publish: the notices between "Tarball Contents" and "Tarball Details". */
function publishDryRun() {
  const result = spawnSync('npm', ['publish', '--dry-run'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm publish --dry-run failed:\n${result.stdout}${result.stderr}`);
  const lines = result.stderr.split('\n');
  const start = lines.findIndex((line) => /Tarball Contents/.test(line));
  const end = lines.findIndex((line) => /Tarball Details/.test(line));
  const files = lines.slice(start + 1, end).map((line) => /^npm notice\s+\S+\s+(.+)$/.exec(line)?.[1]).filter((path) => path !== undefined);
  const size = lines.find((line) => /package size:/.test(line))?.replace(/^npm notice\s+/, '');
  return { files, size };
}

/**
 * In a page that set `api` as an attribute (what React 18 does with an object), a development build says why the
 * section ignores it; the one-file bundle, a production build, says nothing.
 * @param {import('puppeteer-core').Browser} browser @param {string} url @param {string} page
 */
async function warningsFor(browser, url, page) {
  const { tab, problems, warnings } = await openPage(browser, `${url}/${page}`);
  await tab.waitForFunction(() => 'library' in window, { timeout: 10_000 });
  await tab.evaluate(async () => {
    await customElements.whenDefined('access-key-section');
    const section = /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.querySelector('access-key-section'));
    await section.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  await tab.close();
  return { problems, warnings };
}

const packDir = mkdtempSync(join(tmpdir(), 'access-key-tarball-'));
const root = createConsumer('pack');
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let server;
try {
  const { tarball, info } = packTarball(packDir);
  const paths = info.files.map((file) => file.path);
  check(Boolean(info.filename), `npm pack wrote ${info.filename}`);
  const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json'];
  const missing = required.filter((path) => !paths.includes(path));
  check(missing.length === 0, `the tarball contains ${required.join(', ')}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
  check(!paths.some(notForUsers), `the tarball has no test, story, demo or benchmark file ${paths.filter(notForUsers).join(', ')}`.trimEnd());
  const largest = [...info.files].sort((a, b) => b.size - a.size).slice(0, 5).map((file) => `${file.path} ${kB(file.size)}`);
  console.log(`# packed size ${kB(info.size)}, unpacked ${kB(info.unpackedSize)}, ${info.entryCount} files; largest: ${largest.join(', ')}`);

  const published = publishDryRun();
  check(
    published.files.length === info.entryCount && !published.files.some(notForUsers),
    `npm publish --dry-run lists the same ${published.files.length} files, none a test, story or demo (${published.size})`,
  );

  npmInstall(root, [tarball]);
  check(true, 'the tarball installs into an empty project');
  await checkPackedBins(root, check);

  checkNodeImports(root, check, { only: (entry) => entry !== 'access-key-elements/react', suffix: ' with no react installed' });
  for (const react of ['18.3.1', devDependency('react').split('@')[1]]) {
    npmInstall(root, ['--no-save', `react@${react}`, `react-dom@${react}`]);
    checkNodeImports(root, check, { only: (entry) => entry === 'access-key-elements/react', suffix: ` with react@${react}` });
  }

  const pages = writeFlowPages(root);
  writeFileSync(join(root, 'bundle-api-attribute.html'), flowPage(bundleImports, ' api="/api"'));
  writeFileSync(join(root, 'esm-api-attribute.html'), flowPage(esmImports, ' api="/api"'));
  server = await serveConsumer(root);
  const { url } = server;
  browser = await launchBrowser();
  await checkGenerateFlows(browser, url, pages, check);

  const attributeWarning = /^access-key-elements: <access-key-section> got `api` as an attribute/;
  const esm = await warningsFor(browser, url, 'esm-api-attribute.html');
  check(
    esm.problems.length === 0 && esm.warnings.filter((text) => attributeWarning.test(text)).length === 1,
    `the ESM entry, unbundled (development), warns once when api is set as an attribute: "${esm.warnings.find((text) => attributeWarning.test(text))?.slice(0, 90)}…"`,
  );
  const bundle = await warningsFor(browser, url, 'bundle-api-attribute.html');
  check(
    bundle.problems.length === 0 && bundle.warnings.length === 0,
    `the one-file bundle is a production build: no console.warn at all for the same page ${bundle.warnings.join('; ')}`.trimEnd(),
  );
  await server.stop();
  server = undefined;

  const undeclared = undeclaredTypeImports(join(root, 'node_modules/access-key-elements'));
  expect(
    undeclared.length === 0,
    `the .d.ts files import only packages the package declares (dependencies, peers)${undeclared.length ? `; not declared: ${undeclared.join('; ')}` : ''}`,
  );

  checkOneLit(tarball, expect, ['3.2.1', '3.3']);
  await checkLowestVersions(tarball, browser, expect);
} finally {
  await browser?.close();
  await server?.stop();
  removeConsumers();
  rmSync(packDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`pack check failed: ${failures.length} ${failures.length === 1 ? 'check' : 'checks'} above:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
