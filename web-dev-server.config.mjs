import { esbuildPlugin } from '@web/dev-server-esbuild';
import { nextFreePort } from './scripts/next-free-port.mjs';
import { demoMiddleware } from './server/demo-middleware.mjs';
import { reactEsm } from './server/react-esm.mjs';

// A busy port (a second `npm start`, say) gets one line and the next free port, not an EADDRINUSE stack trace.
const wanted = Number(process.env.PORT ?? 8000);
const port = await nextFreePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is in use; serving on http://localhost:${port}/ instead.`);

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  port,
  nodeResolve: true,
  watch: false,
  // A non-browser user agent (curl) would otherwise get a chrome64 build that rejects top-level await.
  plugins: [
    reactEsm(),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: await demoMiddleware(),
};
