import { nodeResolvePlugin } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { nextFreePort } from './scripts/next-free-port.mjs';
import { demoMiddleware } from './server/demo-middleware.mjs';
import { reactEsm } from './server/react-esm.mjs';

// A busy port (a second `npm start`, say) gets one line and the next free port, not an EADDRINUSE stack trace.
const wanted = Number(process.env.PORT ?? 8000);
const port = await nextFreePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is in use; serving on http://localhost:${port}/ instead.`);

// The server listens before its plugins have started (node-resolve sets up in `serverStart`), and a request in that
// gap answers 500. Requests wait until the last plugin has started, so node-resolve is listed here rather than
// added by `nodeResolve: true` (which would put it after every plugin of this list).
/** @type {() => void} */
let started = () => {};
const ready = new Promise((resolve) => (started = () => resolve(undefined)));
const readyPlugin = { name: 'access-key-ready', serverStart: () => started() };

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  port,
  nodeResolve: false,
  watch: false,
  // A non-browser user agent (curl) would otherwise get a chrome64 build that rejects top-level await.
  plugins: [
    reactEsm(),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    nodeResolvePlugin(process.cwd(), false, undefined),
    readyPlugin,
  ],
  middleware: [
    async (/** @type {unknown} */ _context, /** @type {() => Promise<void>} */ next) => {
      await ready;
      await next();
    },
    ...(await demoMiddleware()),
  ],
};
