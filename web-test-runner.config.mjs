import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { testMiddleware } from './server/test-middleware.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: await testMiddleware(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        args: chromiumArgs(),
        // Tests pin their own zones where it matters; the rest run in one known zone on every machine.
        env: { ...process.env, TZ: 'UTC' },
      },
    }),
  ],
  // Lit's dev-mode notice is expected in tests (dev mode catches more mistakes); every other log is shown.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
};
