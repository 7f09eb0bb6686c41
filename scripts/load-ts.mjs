// Node 20 cannot import TypeScript, so configs load the reference server (and the domain rules it shares with the
// elements) by bundling it with esbuild in memory: one source of truth, no build step before `npm start`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} path module path relative to the repository root
 * @returns {Promise<any>}
 */
export async function importTs(path) {
  const entry = fileURLToPath(new URL(`../${path}`, import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
