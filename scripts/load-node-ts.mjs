// Loads TypeScript modules of this repository into Node (tests, CI scripts) by bundling them with esbuild. Unlike
// load-ts.mjs it writes the bundle to a file under node_modules/.cache and leaves npm packages external, so packages
// resolve from node_modules as usual (sql.js finds its .wasm file, ajv stays one copy) and YAML files import as data.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = `${root}node_modules/.cache/access-key-elements`;

/** Imports `.yaml` files as the data they hold (the OpenAPI document, say). @type {import('esbuild').Plugin} */
export const yamlPlugin = {
  name: 'yaml',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'))),
      loader: 'json',
    }));
  },
};

/**
 * @param {string} path module path relative to the repository root
 * @returns {Promise<any>}
 */
export async function importNodeTs(path) {
  return import(pathToFileURL(await bundleNodeTs(path)).href);
}

/**
 * Bundles a module (a CLI, say) into one file that `node` can run.
 * @param {string} path module path relative to the repository root
 * @returns {Promise<string>} the file's absolute path
 */
export async function bundleNodeTs(path) {
  const result = await build({
    entryPoints: [`${root}${path}`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // package.json's `sideEffects` names the built define modules under dist/; the sources they come from register
    // tags too, so nothing imported for its effect may be dropped here.
    ignoreAnnotations: true,
    plugins: [yamlPlugin],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  mkdirSync(cache, { recursive: true });
  const file = `${cache}/${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  writeFileSync(file, code);
  return file;
}
