/// <reference lib="dom" />
/* global document, customElements, window -- the flow below runs in the page */
// The flow a user runs, for the consumer checks: pages that load the package from a consumer's node_modules, once
// through the one-file bundle (a plain <script type="module">) and once through the ESM entries (bare imports), each
// rendering the section, generating a key and reading the one-time reveal in headless Chromium.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './consumer.mjs';

/** Evaluated in each page: render, open the form, generate, read the reveal. Resolves with the secret shown. */
export const generateKeyFlow = async () => {
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
  // A dialog is rendered the first time it opens: wait for the element, then for its <dialog> to be open.
  const opened = async (/** @type {string} */ tag) => {
    await until(() => shadow.querySelector(tag)?.shadowRoot?.querySelector('dialog')?.open);
    return /** @type {HTMLElement & { shadowRoot: ShadowRoot }} */ (shadow.querySelector(tag));
  };
  /** @type {HTMLElement} */ (shadow.querySelector('[part="add-button"]')).click();
  const generate = await opened('generate-key-dialog');
  const name = /** @type {HTMLInputElement} */ (generate.shadowRoot.querySelector('[part="name-input"]'));
  name.value = 'From the tarball';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  /** @type {HTMLElement} */ (generate.shadowRoot.querySelector('[part="generate-button"]')).click();
  const reveal = await opened('reveal-key-dialog');
  return /** @type {HTMLTextAreaElement} */ (reveal.shadowRoot.querySelector('[part="secret"]')).value;
};

/** A page that loads the package with `imports` and puts its exports on `window.library`. */
export function flowPage(/** @type {string} */ imports, /** @type {string} */ sectionAttributes = '') {
  return `<!doctype html><html lang="en"><body><access-key-section${sectionAttributes}></access-key-section>
    <script type="module">
      ${imports}
      window.library = library;
    </script></body></html>`;
}

export const bundleImports = "import * as library from './node_modules/access-key-elements/dist/access-key-elements.bundle.js';";
export const esmImports = "import 'access-key-elements/define';\n      import * as library from 'access-key-elements';";

/** Writes bundle.html and esm.html into a consumer that installed the tarball. */
export function writeFlowPages(/** @type {string} */ root) {
  writeFileSync(join(root, 'bundle.html'), flowPage(bundleImports));
  writeFileSync(join(root, 'esm.html'), flowPage(esmImports));
  return [
    { page: 'bundle.html', what: 'the one-file bundle' },
    { page: 'esm.html', what: 'the ESM entry (access-key-elements, access-key-elements/define)' },
  ];
}

/**
 * Runs the generate flow on each page and checks it shows a secret with no error on the page.
 * @param {import('puppeteer-core').Browser} browser @param {string} url the consumer's server
 * @param {{ page: string, what: string }[]} pages @param {(condition: boolean, message: string) => void} check
 * @param {string} [suffix] what to add to each line of the report
 */
export async function checkGenerateFlows(browser, url, pages, check, suffix = '') {
  for (const { page: path, what } of pages) {
    const { tab, problems } = await openPage(browser, `${url}/${path}`);
    const secret = await tab
      .waitForFunction(() => 'library' in window, { timeout: 10_000 })
      .then(() => tab.evaluate(generateKeyFlow))
      .catch((/** @type {unknown} */ error) => void problems.push(String(error).split('\n')[0]));
    check(/^ak_/.test(secret ?? '') && problems.length === 0, `${what} renders and generates a key in the browser${suffix} ${problems.join('; ')}`.trimEnd());
    await tab.close();
  }
}
