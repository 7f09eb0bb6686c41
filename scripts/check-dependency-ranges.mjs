// The dependency half of the pack check: the ranges in package.json keep their promise in a consumer's project.
// - An app that already depends on Lit 3.2 or 3.3 ends up with one copy of Lit (npm ls lit), not two.
// - The lowest version each range admits works: the exact floors installed beside the tarball, then also Lit's own
//   packages (lit-html, lit-element, @lit/reactive-element) held to the floors lit@<floor> asks for, as an old
//   lockfile would have them; each time every entry imports in Node, the pages generate a key in Chromium, and a
//   strict TypeScript file that uses every entry compiles against the installed types.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConsumer, npmInstall, repoRoot, runIn, serveConsumer } from './consumer.mjs';
import { checkGenerateFlows, writeFlowPages } from './generate-flow.mjs';
import { checkNodeImports } from './node-imports.mjs';

/** @typedef {(condition: boolean, message: string) => void} Check */

/** Every version of `name` in a consumer's tree. */
function installedVersions(/** @type {string} */ root, /** @type {string} */ name) {
  /** @type {{ dependencies?: Record<string, any> }} */
  const tree = JSON.parse(runIn(root, 'npm', ['ls', name, '--all', '--json']));
  /** @type {Set<string>} */
  const versions = new Set();
  const walk = (/** @type {Record<string, any> | undefined} */ dependencies) => {
    for (const [dependency, node] of Object.entries(dependencies ?? {})) {
      if (dependency === name && node.version) versions.add(node.version);
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...versions];
}

/**
 * @param {string} tarball @param {Check} check
 * @param {string[]} litVersions what the app already depends on, e.g. ['3.2.1', '3.3']
 */
export function checkOneLit(tarball, check, litVersions) {
  for (const lit of litVersions) {
    /** @typedef {[string, string[]]} Copies */
    const root = createConsumer(`lit-${lit}`);
    npmInstall(root, [`lit@${lit}`]);
    npmInstall(root, [tarball]);
    const tree = runIn(root, 'npm', ['ls', 'lit']);
    console.log(tree.trimEnd().split('\n').map((line) => `    | ${line}`).join('\n'));
    const copies = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map((name) => /** @type {Copies} */ ([name, installedVersions(root, name)]));
    check(
      copies.every(([, versions]) => versions.length === 1) && installedVersions(root, 'lit')[0].startsWith(lit),
      `an app on lit@${lit} that installs the tarball has one Lit: ${copies.map(([name, versions]) => `${name} ${versions.join(' + ')}`).join(', ')}`,
    );
  }
}

/** The floor of each caret range in our dependencies: `^3.0.0` → `3.0.0`. */
function floors() {
  /** @type {{ dependencies: Record<string, string> }} */
  const { dependencies } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return Object.entries(dependencies).map(([name, range]) => {
    const match = /^\^(\d+\.\d+\.\d+)$/.exec(range);
    if (!match) throw new Error(`dependency ${name}: ${range} is not a caret range; teach this check its floor`);
    return { name, range, floor: match[1] };
  });
}

/** A strict TypeScript file using every entry, as an app would; compiled against the consumer's installed types. */
const usage = `import 'access-key-elements/define';
import {
  AccessKeyLimitError,
  MemoryAccessKeyApi,
  RestAccessKeyApi,
  registerMessages,
  type AccessKeyApi,
  type AccessKeySectionElement,
} from 'access-key-elements';
import { AccessKeyBarElement } from 'access-key-elements/access-key-bar';
import { germanMessages } from 'access-key-elements/locales/de';
import { AccessKeySection } from 'access-key-elements/react';
import { AccessKeySectionHarness, stubClipboard } from 'access-key-elements/testing';
import * as bundle from 'access-key-elements/bundle';

const section: AccessKeySectionElement = document.createElement('access-key-section');
const api: AccessKeyApi = new MemoryAccessKeyApi();
section.api = new URLSearchParams(location.search).has('rest') ? new RestAccessKeyApi({ baseUrl: '/api' }) : api;
section.limit = 5;
section.headingLevel = 3;
section.messages = { genericError: ({ productName }) => \`Contact \${productName}\` };
section.addEventListener('access-key-generated', (event) => event.key.name.toUpperCase());
section.addEventListener('access-key-error', (event) => event.error instanceof AccessKeyLimitError);
registerMessages('de-CH', germanMessages);
const bar: AccessKeyBarElement = document.createElement('access-key-bar');
export const used = [bar, new AccessKeySectionHarness(section), stubClipboard, AccessKeySection, bundle.AccessKeySectionElement];
`;

/** Compiles `usage` with our TypeScript under strict settings in the consumer. */
function typeCheck(/** @type {string} */ root) {
  writeFileSync(join(root, 'usage.ts'), usage);
  const compilerOptions = {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    verbatimModuleSyntax: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
  };
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['usage.ts'] }, null, 2));
  try {
    runIn(root, process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * @param {string} tarball @param {import('puppeteer-core').Browser} browser @param {Check} check
 */
export async function checkLowestVersions(tarball, browser, check) {
  const lowest = floors();
  const exact = lowest.map(({ name, floor }) => `${name}@${floor}`);
  console.log(`# lowest versions the ranges admit: ${lowest.map(({ name, range, floor }) => `${name} ${range} → ${floor}`).join(', ')}`);

  const root = createConsumer('lowest');
  npmInstall(root, [...exact, tarball]);
  const installed = (/** @type {string} */ name) => installedVersions(root, name).join(' + ');
  check(
    lowest.every(({ name, floor }) => installed(name) === floor),
    `the floors install beside the tarball, one copy each (${lowest.map(({ name }) => `${name} ${installed(name)}`).join(', ')})`,
  );
  // Lit's own packages as lit@<floor> asks for them (its caret ranges), and what npm chose for them today.
  /** @type {{ dependencies: Record<string, string> }} */
  const litManifest = JSON.parse(readFileSync(join(root, 'node_modules/lit/package.json'), 'utf8'));
  const litOwn = Object.entries(litManifest.dependencies).map(([name, range]) => ({ name, floor: range.replace(/^\^/, '') }));
  const floating = litOwn.map(({ name }) => `${name} ${installed(name)}`).join(', ');

  const pages = writeFlowPages(root);
  await runFloorChecks(root, browser, check, `with the floors (Lit's own packages as npm chose: ${floating})`, pages);

  // A second project, not a reinstall: the dev server's resolver remembers where packages were in the first.
  const oldest = createConsumer('lowest-lit', { overrides: Object.fromEntries(litOwn.map(({ name, floor }) => [name, floor])) });
  npmInstall(oldest, [...exact, tarball]);
  const held = (/** @type {string} */ name) => installedVersions(oldest, name).join(' + ');
  check(
    litOwn.every(({ name, floor }) => held(name) === floor),
    `Lit's own packages held to their floors too (${litOwn.map(({ name }) => `${name} ${held(name)}`).join(', ')})`,
  );
  await runFloorChecks(oldest, browser, check, "with the floors, Lit's own packages included", writeFlowPages(oldest));
}

/**
 * @param {string} root @param {import('puppeteer-core').Browser} browser @param {Check} check @param {string} what
 * @param {{ page: string, what: string }[]} pages
 */
async function runFloorChecks(root, browser, check, what, pages) {
  npmInstall(root, ['--no-save', 'react@18.3.1', 'react-dom@18.3.1']);
  checkNodeImports(root, check, { suffix: ` ${what}` });
  const server = await serveConsumer(root);
  try {
    await checkGenerateFlows(browser, server.url, pages, check, ` ${what}`);
  } finally {
    await server.stop();
  }
  const errors = typeCheck(root);
  check(errors === '', `a strict TypeScript file (skipLibCheck off) using every entry compiles ${what}${errors ? `\n${errors}` : ''}`);
}
