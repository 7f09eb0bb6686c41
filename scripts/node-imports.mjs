// Every entry of the installed package imports in Node, each in a fresh process (one import must not make another
// pass by leaving globals behind): `node -e "import('access-key-elements/bundle')"` and so on, JSON entries with
// `{ with: { type: 'json' } }`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIn } from './consumer.mjs';

/** The specifiers of every export of the installed package, from its own package.json. */
export function packageEntries(/** @type {string} */ root) {
  /** @type {{ exports: Record<string, unknown> }} */
  const { exports } = JSON.parse(readFileSync(join(root, 'node_modules/access-key-elements/package.json'), 'utf8'));
  return Object.keys(exports).map((key) => `access-key-elements${key.slice(1)}`);
}

/**
 * @param {string} root a consumer that installed the tarball
 * @param {(condition: boolean, message: string) => void} check
 * @param {{ only?: (specifier: string) => boolean, suffix?: string }} [options]
 */
export function checkNodeImports(root, check, options = {}) {
  const entries = packageEntries(root).filter(options.only ?? (() => true));
  /** @type {string[]} */
  const failed = [];
  for (const specifier of entries) {
    const attributes = specifier.endsWith('.json') ? ", { with: { type: 'json' } }" : '';
    try {
      runIn(root, process.execPath, ['-e', `import(${JSON.stringify(specifier)}${attributes}).catch((e) => { console.error(e); process.exit(1); })`]);
    } catch (error) {
      failed.push(`${specifier}: ${(error instanceof Error ? error.message : String(error)).split('\n').slice(1, 3).join(' ')}`);
    }
  }
  check(
    failed.length === 0,
    `${entries.length === 1 ? 'its 1 entry imports' : `${entries.length} entries import`} in Node (node -e "import('…')")${options.suffix ?? ''}: ${failed.length ? failed.join('; ') : entries.map((entry) => entry.replace('access-key-elements', '.')).join(' ')}`,
  );
}
