import { createServer } from 'node:net';

/** Whether a server could listen on `port` the way the dev server does (every interface). */
function canListen(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port }, () => probe.close(() => resolve(true)));
  });
}

/**
 * The first port from `wanted` on that nothing listens on, trying up to `attempts` ports.
 * @param {number} wanted @param {number} [attempts]
 * @returns {Promise<number>}
 */
export async function nextFreePort(wanted, attempts = 50) {
  for (let port = wanted; port < wanted + attempts; port++) {
    if (await canListen(port)) return port;
  }
  throw new Error(`Ports ${wanted} to ${wanted + attempts - 1} are all in use: set PORT to a free one.`);
}
