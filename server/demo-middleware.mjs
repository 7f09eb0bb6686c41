// Middleware for `npm start`: `/` serves the demo page, the reference server answers under `/api`, and the one-file
// bundle's URL works right after `npm ci`: until `npm run build` has written dist/access-key-elements.bundle.js, that
// URL is bundled from src/bundle.ts on each request, the way the build makes it (a production build, Lit inside, no
// development warnings), so demo/cdn.html never meets a 404.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { importTs } from '../scripts/load-ts.mjs';

export const bundleUrl = '/dist/access-key-elements.bundle.js';
const root = new URL('../', import.meta.url);
const builtBundle = fileURLToPath(new URL(`.${bundleUrl}`, root));

/** src/bundle.ts as one ES module, built like rollup.config.mjs builds the bundle. */
async function bundleFromSource() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/bundle.ts', root))],
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // package.json's `sideEffects` names the built define modules in dist/, so esbuild would drop src/define.ts.
    ignoreAnnotations: true,
    minify: true,
    legalComments: 'none',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** @returns {Promise<import('koa').Middleware[]>} */
export async function demoMiddleware() {
  /** @type {typeof import('../server/reference-server.ts')} */
  const { createReferenceServer } = await importTs('server/reference-server.ts');
  return [
    async (ctx, next) => {
      if (ctx.path === '/') ctx.path = '/demo/index.html';
      if (ctx.path !== bundleUrl || existsSync(builtBundle)) return next();
      ctx.type = 'js';
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Access-Key-Bundle', 'built from src/bundle.ts (no dist/ yet)');
      ctx.body = await bundleFromSource();
    },
    /** @type {import('koa').Middleware} */ (createReferenceServer({ basePath: '/api' })),
  ];
}
