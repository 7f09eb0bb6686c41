import { esbuildPlugin } from '@web/dev-server-esbuild';
import { demoMiddleware } from './server/demo-middleware.mjs';
import { reactEsm } from './server/react-esm.mjs';

const port = Number(process.env.PORT ?? 8000);

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
