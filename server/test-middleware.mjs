// Middleware the test runner mounts. Placeholder until the reference server lands: it mounts nothing.
/** @returns {Promise<import('koa').Middleware[]>} */
export async function testMiddleware() {
  return [];
}
