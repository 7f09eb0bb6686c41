// `npm run bench` (through scripts/bench.mjs): the benchmark in Chromium, on Lit's production build and without the
// elements' development warnings, as a shipped page runs them; gc() and precise heap sizes for the memory rows.
import process from 'node:process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, ensureChromium } from '../scripts/chromium.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['bench/*.bench.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <head><script>window.process = { env: { NODE_ENV: 'production' } };</script></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        args: [...chromiumArgs(), '--js-flags=--expose-gc', '--enable-precise-memory-info'],
        env: { ...process.env, TZ: 'UTC' },
      },
    }),
  ],
  testFramework: { config: { timeout: 0 } },
  testsFinishTimeout: 30 * 60 * 1000,
};
