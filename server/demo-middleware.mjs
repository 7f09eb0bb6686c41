// Middleware for `npm start`: `/` serves the demo page, and the reference server answers under `/api`.
import { importTs } from '../scripts/load-ts.mjs';

/** @returns {Promise<import('koa').Middleware[]>} */
export async function demoMiddleware() {
  /** @type {typeof import('../server/reference-server.ts')} */
  const { createReferenceServer } = await importTs('server/reference-server.ts');
  return [
    async (ctx, next) => {
      if (ctx.path === '/') ctx.path = '/demo/index.html';
      return next();
    },
    /** @type {import('koa').Middleware} */ (createReferenceServer({ basePath: '/api' })),
  ];
}
