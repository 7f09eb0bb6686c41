import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';
import { reactEsm } from './server/react-esm.mjs';
import { testMiddleware } from './server/test-middleware.mjs';

// The stories test imports Storybook's preview, which reads the generated (git-ignored) manifest.
if (!existsSync('custom-elements.json')) execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'inherit' });

/**
 * Serves `/__stories-index.js`: every `stories/*.stories.ts` on disk, so test/stories.test.ts fails when a stories
 * file is missing from its import list (browsers cannot list a directory, and the runner has no `import.meta.glob`).
 * @type {import('@web/dev-server-core').Plugin}
 */
const storiesIndexPlugin = {
  name: 'stories-index',
  serve(context) {
    if (context.path !== '/__stories-index.js') return undefined;
    const files = readdirSync('stories')
      .filter((name) => name.endsWith('.stories.ts'))
      .sort()
      .map((name) => `stories/${name}`);
    return { body: `export const storiesFiles = ${JSON.stringify(files)};`, type: 'js' };
  },
};

const defaultFiles = ['test/**/*.test.ts', 'test/**/*.test.tsx', '!test/frameworks/react18.test.tsx'];

/**
 * The page each test file runs in. Storybook's browser code reads process.env.NODE_ENV, which bundlers replace and a
 * plain browser lacks; development is also what turns the elements' warnings on.
 * @param {string} head more markup for the head
 */
function testPage(head = '') {
  return (/** @type {string} */ testFramework) => `<!doctype html>
    <html>
      <head><script>window.process = { env: { NODE_ENV: 'development' } };</script>${head}</head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`;
}

/**
 * Adds `import '/test/helpers/readable-failures.ts'` to the top of every test file, so a failed assertion about DOM
 * nodes is reported instead of crashing the page (see that module).
 * @type {import('@web/dev-server-core').Plugin}
 */
const readableFailuresPlugin = {
  name: 'readable-failures',
  transform(context) {
    if (!/^\/test\/.*\.test\.tsx?$/.test(context.path) || typeof context.body !== 'string') return undefined;
    return { body: `import '/test/helpers/readable-failures.ts';\n${context.body}` };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: defaultFiles,
  nodeResolve: true,
  plugins: [
    reactEsm(),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // For the stories test: storybook/test pulls in CommonJS modules, and the preview imports custom-elements.json.
    fromRollup(commonjs)({ strictRequires: false }),
    fromRollup(json)(),
    storiesIndexPlugin,
    readableFailuresPlugin,
  ],
  mimeTypes: { '**/*.json': 'js' },
  testRunnerHtml: testPage(),
  groups: [
    // React 18 in its own pages: every import of React there is mapped to the React 18 bundle.
    {
      name: 'react18',
      files: 'test/frameworks/react18.test.tsx',
      testRunnerHtml: testPage('<script type="importmap">{ "imports": { "/__react-esm/": "/__react-esm-18/" } }</script>'),
    },
  ],
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
  // Lit's dev-mode notice is expected in tests (dev mode catches more mistakes), and so are our own development
  // warnings for the failures tests cause on purpose (test/dev-warnings.test.ts checks them); every other log is shown.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && /^(Lit is in dev mode|access-key-elements: )/.test(args[0])),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
};
