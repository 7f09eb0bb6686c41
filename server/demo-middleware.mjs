// Middleware for `npm start`: `/` serves the demo page. The reference server joins under `/api`.
/** @returns {Promise<import('koa').Middleware[]>} */
export async function demoMiddleware() {
  return [
    async (ctx, next) => {
      if (ctx.path === '/') ctx.path = '/demo/index.html';
      return next();
    },
  ];
}
