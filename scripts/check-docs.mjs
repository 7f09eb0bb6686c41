/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/* global document, customElements, window, addEventListener -- parts below run in the page */
// Docs that compile and run (run after `npm run build`). Every fenced block of README.md and docs/*.md is checked
// against the packed package, installed into a consumer project the way a user installs it:
// - ```ts / ```tsx: type-checked together under `strict` (lib DOM, moduleResolution bundler, verbatimModuleSyntax);
// - ```js: run in headless Chromium on a page of the consumer (bare imports resolved from its node_modules, the
//   reference REST server under /api), or in Node with `run: node`; a page passes when the snippet ran, every
//   <access-key-section> on it rendered, and nothing went wrong: no uncaught error, no console error, no development
//   warning from the elements, no failed request, no `access-key-error` event;
// - ```html: loaded as a page (a fragment without a script becomes the body of a page that defines the tags);
// - ```json: parsed; ```sh with `run: shell`: run in the consumer, in document order (docs/testing.md installs
//   @web/test-runner and runs its own test file through its own config this way).
// An HTML comment right before a block steers it (none is shown on GitHub):
//   <!-- prelude: code -->      prepended, for a fragment that needs a declaration or an import to stand alone
//   <!-- postlude: code -->     appended (e.g. type assertions that pin documented types to the package's)
//   <!-- file: path -->         the block is that file of the consumer project (a config, a test file)
//   <!-- run: browser | node | shell -->  (`browser, browser-react18` runs it twice, the second time on React 18)
//   <!-- page: html -->         the body of the page a browser snippet runs in (default: one <access-key-section>)
//   <!-- expect-text: text -->  after the run, the page (shadow roots included) shows this text
//   <!-- same-as: path -->      every line of the block is, in order, a line of that repository file
//   <!-- not-checked: reason --> skipped, and the reason is printed
// Inline code that imports from the package (`import … from 'access-key-elements/…'`) is type-checked too.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import ts from 'typescript';
import { createConsumer, launchBrowser, npmInstall, openPage, packTarball, removeConsumers, repoRoot, serveConsumer } from './consumer.mjs';
import { importTs } from './load-ts.mjs';
import { startServer } from './run-cli.mjs';
import { reactEsm } from '../server/react-esm.mjs';

/** @typedef {{ doc: string, line: number, lang: string, code: string, directives: Record<string, string>, id: string }} Block */

const directiveNames = new Set(['prelude', 'postlude', 'file', 'run', 'page', 'expect-text', 'same-as', 'not-checked']);
const documents = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

/** @type {string[]} */
const failures = [];
/** @param {boolean} condition @param {string} message */
function expect(condition, message) {
  console.log(`${condition ? 'ok' : 'not ok'} - ${message}`);
  if (!condition) failures.push(message.split('\n')[0]);
}

/** The fenced blocks of a Markdown file, each with the directives in the HTML comments right before it. */
function parseBlocks(/** @type {string} */ doc) {
  const lines = readFileSync(join(repoRoot, doc), 'utf8').split('\n');
  /** @type {Block[]} */
  const blocks = [];
  /** @type {Record<string, string>} */
  let pending = {};
  let pendingLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*<!--\s*[a-z-]+:/.test(line)) {
      let comment = line;
      while (!comment.includes('-->') && i + 1 < lines.length) comment += `\n${lines[++i]}`;
      const [, name, value] = /<!--\s*([a-z-]+):\s*([\s\S]*?)\s*-->/.exec(comment) ?? [];
      if (!directiveNames.has(name)) throw new Error(`${doc}:${i + 1}: unknown directive "${name}"`);
      pending[name] = value;
      pendingLine = i + 1;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      const [, indent, marker, lang] = fence;
      const start = i + 1;
      /** @type {string[]} */
      const code = [];
      while (++i < lines.length && !(lines[i].trim().startsWith(marker) && lines[i].trim().replace(/[`~]/g, '') === '')) {
        code.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
      }
      const name = doc.replace(/\.md$/, '').replace(/[^\w]+/g, '-');
      blocks.push({ doc, line: start, lang: lang.toLowerCase(), code: code.join('\n'), directives: pending, id: `${name}-L${start}` });
      pending = {};
      continue;
    }
    if (Object.keys(pending).length && line.trim() !== '') {
      throw new Error(`${doc}:${pendingLine}: a directive must come right before a fenced block`);
    }
  }
  return blocks;
}

/** `import … from 'access-key-elements…'` in the prose's inline code, as statements to type-check. */
function inlineImports(/** @type {string} */ doc) {
  const text = readFileSync(join(repoRoot, doc), 'utf8').replace(/^(`{3,}|~{3,})[\s\S]*?^\1\s*$/gm, '');
  return [...text.matchAll(/`(import\s[^`\n]*?from\s+'access-key-elements[^']*';?)`/g)].map(([, statement]) => statement.replace(/;?$/, ';'));
}

const kindOf = (/** @type {Block} */ block) => {
  if (block.directives['not-checked']) return 'skipped';
  if (['ts', 'tsx', 'typescript'].includes(block.lang)) return 'typescript';
  if (['js', 'javascript', 'mjs'].includes(block.lang)) return 'javascript';
  if (block.lang === 'html') return 'html';
  if (block.lang === 'json') return 'json';
  if (['sh', 'bash', 'shell', 'console'].includes(block.lang)) return block.directives.run === 'shell' ? 'shell' : 'other';
  return 'other';
};

/** The code as it is checked: prelude, the block, postlude. */
const fullCode = (/** @type {Block} */ block) =>
  [block.directives.prelude, block.code, block.directives.postlude].filter((part) => part !== undefined).join('\n');
const preludeLines = (/** @type {Block} */ block) => (block.directives.prelude === undefined ? 0 : block.directives.prelude.split('\n').length);

/** Bare packages a piece of code imports. */
function importedPackages(/** @type {string} */ code) {
  const specifiers = [...code.matchAll(/(?:^|\s)(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    ([, a, b]) => a ?? b,
  );
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:'))
    .map((specifier) => /^(@[^/]+\/[^/]+|[^/]+)/.exec(specifier)?.[1] ?? specifier)
    .filter((name) => name !== 'access-key-elements' && !builtinModules.includes(name));
}

/** Packages a shell step of the docs installs (`npm install [-D] a b@1 …`). */
function installedByDocs(/** @type {Block[]} */ blocks) {
  return blocks
    .filter((block) => kindOf(block) === 'shell')
    .flatMap((block) => [...block.code.matchAll(/npm (?:install|i|add)\s+([^\n#]+)/g)].flatMap(([, args]) => args.trim().split(/\s+/)))
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => /^(@[^/@]+\/[^/@]+|[^/@]+)/.exec(arg)?.[1] ?? arg);
}

/** @type {{ dependencies: Record<string, string>, devDependencies: Record<string, string> }} */
const ownPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** What the snippets import that neither the package nor the docs' own install steps bring, at the versions CI uses. */
function extraPackages(/** @type {Block[]} */ blocks, /** @type {string} */ root) {
  const byDocs = new Set(installedByDocs(blocks));
  const imported = new Set(
    blocks
      .filter((block) => ['typescript', 'javascript', 'html'].includes(kindOf(block)))
      .flatMap((block) => importedPackages(fullCode(block))),
  );
  /** @type {string[]} */
  const specs = [];
  for (const name of [...imported].sort()) {
    if (byDocs.has(name) || existsSync(join(root, 'node_modules', name))) continue;
    const version = ownPackage.devDependencies[name] ?? ownPackage.dependencies[name];
    if (!version) throw new Error(`the docs import ${name}: add it to devDependencies, so this check installs a version CI knows`);
    specs.push(`${name}@${version}`);
    const types = `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;
    if (ownPackage.devDependencies[types]) specs.push(`${types}@${ownPackage.devDependencies[types]}`);
  }
  return specs;
}

/** Lines of `path` (a repository file) that hold every line of the block, in order; import paths into src/ read as the package's. */
function sameAs(/** @type {Block} */ block) {
  const asPackage = readFileSync(join(repoRoot, block.directives['same-as']), 'utf8')
    .replace(/'(?:\.\.\/)+src\/(?:index)?\.js'/g, "'access-key-elements'")
    .replace(/'(?:\.\.\/)+src\/([\w/-]+?)(?:\/index)?\.js'/g, "'access-key-elements/$1'");
  const theirs = asPackage.split('\n').map((line) => line.trim());
  let at = 0;
  for (const line of block.code.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const found = theirs.indexOf(line, at);
    if (found < 0) return `"${line}" is not (in this order) in ${block.directives['same-as']}`;
    at = found + 1;
  }
  return '';
}

const where = (/** @type {Block} */ block, offset = 0) => `${block.doc}:${block.line + offset}`;

// --- Set up the consumer as the docs tell a user to -------------------------------------------------------------

const blocks = documents.flatMap(parseBlocks);
const packDir = mkdtempSync(join(tmpdir(), 'access-key-docs-tarball-'));
const root = createConsumer('docs');
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let server;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let backend;
/** @type {Record<string, number>} */
const counts = {};
const count = (/** @type {string} */ what) => (counts[what] = (counts[what] ?? 0) + 1);
try {
  const { tarball } = packTarball(packDir);
  npmInstall(root, [tarball]);
  const extra = extraPackages(blocks, root);
  if (extra.length) npmInstall(root, extra);
  console.log(`# consumer: the packed tarball${extra.length ? `, and what the snippets import besides: ${extra.join(' ')}` : ''}`);

  /** @type {Map<string, { block: Block, offset: number }>} */
  const typeChecked = new Map();
  /** @type {Block[]} */
  const runs = [];
  for (const block of blocks) {
    const kind = kindOf(block);
    if (block.directives['same-as']) {
      const difference = sameAs(block);
      expect(difference === '', `${where(block)} is line for line in ${block.directives['same-as']}${difference ? `: ${difference}` : ''}`);
    }
    if (kind === 'skipped') {
      console.log(`# skipped ${where(block)} (${block.lang}): ${block.directives['not-checked']}`);
      count('skipped');
      continue;
    }
    if (kind === 'other') {
      count(`not code (${block.lang || 'text'})`);
      continue;
    }
    if (kind === 'json') {
      let parsed = true;
      try {
        JSON.parse(block.code);
      } catch {
        parsed = false;
      }
      expect(parsed, `${where(block)} is valid JSON`);
      count('JSON parsed');
      continue;
    }
    const file = block.directives.file;
    if (file) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), `${fullCode(block)}\n`);
    }
    if (kind === 'typescript') {
      const path = file ?? `snippets/${block.id}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
      if (!file) {
        mkdirSync(join(root, 'snippets'), { recursive: true });
        writeFileSync(join(root, path), `${fullCode(block)}\n`);
      }
      typeChecked.set(path, { block, offset: preludeLines(block) });
    }
    if (kind === 'shell') {
      // The docs' own steps, in document order (an install, then a test run that uses the files written before it).
      const result = spawnSync('sh', ['-e', '-c', block.code], {
        cwd: root,
        encoding: 'utf8',
        timeout: 10 * 60_000,
        env: { ...process.env, npm_config_prefer_offline: 'true', npm_config_fund: 'false', npm_config_audit: 'false' },
      });
      // eslint-disable-next-line no-control-regex -- the colours and progress bars of a terminal
      const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[\d;]*[A-Za-z]|[█░]+/g, '').trimEnd();
      const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
      const tail = [...lines].reverse().find((line) => /\b(passed|failed|added \d+|up to date)\b/.test(line)) ?? lines.at(-1) ?? '';
      expect(result.status === 0, `${where(block)} runs in the consumer: ${block.code.trim().split('\n').join('; ')} → ${tail}${result.status === 0 ? '' : `\n${output}`}`);
      count('shell steps run');
    }
    if (kind === 'html' || (kind === 'javascript' && !file) || /\b(browser|node)\b/.test(block.directives.run ?? '')) runs.push(block);
    if (kind === 'javascript' && file) count(`written as a consumer file (${file})`);
  }

  // --- Type-check every TypeScript block, the inline imports too ------------------------------------------------
  const inline = documents.flatMap((doc) => inlineImports(doc).map((statement) => ({ doc, statement })));
  mkdirSync(join(root, 'snippets'), { recursive: true });
  writeFileSync(join(root, 'snippets/inline-imports.ts'), `${inline.map(({ statement }) => statement).join('\n')}\n`);
  const compilerOptions = {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    verbatimModuleSyntax: true,
    moduleDetection: 'force',
    skipLibCheck: true,
    noEmit: true,
  };
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [...typeChecked.keys(), 'snippets/inline-imports.ts'] }, null, 2));
  // The compiler API, not the tsc command: tsc stops at syntax errors and would not report the type errors of the
  // other blocks.
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('the consumer tsconfig.json does not parse');
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  /** @type {Map<string, string[]>} */
  const errorsByFile = new Map();
  /** @type {string[]} */
  const otherErrors = [];
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSourceFiles().filter((file) => !file.isDeclarationFile).flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  for (const diagnostic of diagnostics) {
    const message = `error TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    const path = diagnostic.file ? relative(root, diagnostic.file.fileName) : '';
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : 0;
    const entry = typeChecked.get(path);
    if (entry) {
      const at = line - entry.offset;
      const place = at < 0 ? `${where(entry.block)} (prelude)` : at >= entry.block.code.split('\n').length ? `${where(entry.block)} (postlude)` : where(entry.block, at + 1);
      errorsByFile.set(path, [...(errorsByFile.get(path) ?? []), `${place}: ${message}`]);
    } else if (path === 'snippets/inline-imports.ts') {
      const statement = inline[line];
      otherErrors.push(`${statement.doc} inline \`${statement.statement}\`: ${message}`);
    } else {
      otherErrors.push(`${path || 'tsconfig'}: ${message}`);
    }
  }
  for (const [path, { block }] of typeChecked) {
    const errors = errorsByFile.get(path) ?? [];
    expect(errors.length === 0, `${where(block)} (${block.lang}) type-checks under strict${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`);
    count('type-checked');
  }
  expect(otherErrors.length === 0, `${inline.length} inline imports from the package (and the project as a whole) type-check${otherErrors.length ? `\n  ${otherErrors.join('\n  ')}` : ''}`);

  // --- Run the JavaScript and HTML blocks --------------------------------------------------------------------------
  /** @type {typeof import('../server/reference-server.ts')} */
  const { createReferenceServer } = await importTs('server/reference-server.ts');
  server = await serveConsumer(root, {
    middleware: [/** @type {import('koa').Middleware} */ (createReferenceServer({ basePath: '/api' }))],
    plugins: [
      // A page that compiles Vue templates at run time gets Vue's full build (a Vite app aliases `vue` to it).
      { name: 'vue-with-compiler', resolveImport: ({ source }) => (source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined) },
      // React ships CommonJS only: the repository's dev-server plugin serves it as ES modules (the same React version).
      reactEsm(),
      esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') }),
    ],
  });
  for (const block of runs) {
    for (const mode of (block.directives.run ?? 'browser').split(',').map((name) => name.trim())) {
      const code = fullCode(block);
      if (mode === 'node') {
        backend ??= await startServer('npx', ['--no-install', 'access-key-elements-server', '--port', '0', '--quiet'], { cwd: root });
        const path = `snippet-${block.id}.mjs`;
        writeFileSync(join(root, path), `${code}\n`);
        const result = spawnSync(process.execPath, [path], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000, env: { ...process.env, BACKEND_URL: backend.url } });
        const output = `${result.stdout}${result.stderr}`.trimEnd();
        expect(result.status === 0, `${where(block)} runs in Node (BACKEND_URL: the packed access-key-elements-server): ${output.split('\n').at(-1)}${result.status === 0 ? '' : `\n${output}`}`);
        count('run in Node');
        continue;
      }
      // `browser-react18`: the page maps React to React 18 (test/react18), as the repository's React 18 tests do.
      const react18 = mode === 'browser-react18';
      const page = `snippet-${block.id}${react18 ? '-react18' : ''}.html`;
      const head = react18 ? '<script type="importmap">{ "imports": { "/__react-esm/": "/__react-esm-18/" } }</script>' : '';
      const isFullPage = block.lang === 'html' && /<script/.test(block.code);
      if (isFullPage) {
        writeFileSync(join(root, page), `${code}\n`);
      } else {
        const body = block.lang === 'html' ? code : (block.directives.page ?? '<access-key-section></access-key-section>');
        const module = block.lang === 'html' ? "import 'access-key-elements/define';" : `import('./snippet-${block.id}.${block.lang === 'tsx' ? 'tsx' : block.lang === 'ts' ? 'ts' : 'js'}')`;
        if (block.lang !== 'html') writeFileSync(join(root, `snippet-${block.id}.${block.lang === 'tsx' ? 'tsx' : block.lang === 'ts' ? 'ts' : 'js'}`), `${code}\n`);
        writeFileSync(
          join(root, page),
          `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head>\n<body>\n${body}\n` +
            `<script type="module">\n  ${block.lang === 'html' ? module : `${module}.then(() => { window.snippetFailed = ''; }, (error) => { window.snippetFailed = String(error?.stack ?? error); });`}\n</script>\n</body>\n</html>\n`,
        );
      }
      browser ??= await launchBrowser();
      const { tab, problems, warnings } = await openPage(browser, `${server.url}/${page}`, {
        init: () => {
          /** @type {string[]} */
          const heard = [];
          Object.assign(window, { accessKeyErrors: heard });
          addEventListener('access-key-error', (event) => heard.push(`${/** @type {any} */ (event).operation}: ${/** @type {any} */ (event).error}`), true);
        },
      });
      const outcome = await tab
        .evaluate(async (/** @type {boolean} */ moduleSnippet) => {
          const until = async (/** @type {() => unknown} */ test, /** @type {string} */ what) => {
            for (let i = 0; i < 300 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
            if (!test()) throw new Error(`timed out waiting for ${what}`);
          };
          if (moduleSnippet) {
            await until(() => 'snippetFailed' in window, 'the snippet to run');
            // @ts-expect-error set by the page above
            if (window.snippetFailed) throw new Error(window.snippetFailed);
          }
          // Frameworks render after the module has run (React schedules its first render).
          await until(() => document.querySelector('access-key-section'), 'an <access-key-section> on the page');
          const sections = [...document.querySelectorAll('access-key-section')];
          await customElements.whenDefined('access-key-section');
          for (const section of sections) {
            await /** @type {any} */ (section).updateComplete;
            await until(() => section.shadowRoot?.querySelector('[part="add-button"]') && !section.shadowRoot.querySelector('[part="loading"]'), 'the section to load its keys');
            if (section.shadowRoot?.querySelector('[part="list-error"]')) throw new Error('the section shows "Your keys could not be loaded"');
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
          /** @type {string[]} */
          const texts = [document.body.textContent ?? ''];
          const walk = (/** @type {Document | ShadowRoot} */ node) => {
            for (const element of node.querySelectorAll('*')) {
              if (element.shadowRoot) {
                texts.push(element.shadowRoot.textContent ?? '');
                walk(element.shadowRoot);
              }
            }
          };
          walk(document);
          // @ts-expect-error set by init
          return { sections: sections.length, errors: /** @type {string[]} */ (window.accessKeyErrors), text: texts.join(' ').replace(/\s+/g, ' ') };
        }, !isFullPage && block.lang !== 'html')
        .catch((/** @type {unknown} */ error) => {
          problems.push(String(error).split('\n').slice(0, 3).join(' '));
          return undefined;
        });
      await tab.close();
      const devWarnings = warnings.filter((text) => text.startsWith('access-key-elements:'));
      const expected = block.directives['expect-text'];
      const missing = expected !== undefined && !(outcome?.text ?? '').includes(expected);
      /** @type {string[]} */
      const trouble = [
        ...problems,
        ...devWarnings.map((text) => `console.warn: ${text}`),
        ...(outcome?.errors ?? []).map((text) => `access-key-error ${text}`),
        ...(missing ? [`the page does not show "${expected}"`] : []),
      ];
      expect(
        trouble.length === 0,
        `${where(block)} (${block.lang}) runs in Chromium${react18 ? ' with React 18' : ''} against the installed package: ${outcome?.sections ?? '?'} section(s) rendered${expected && !missing ? `, showing "${expected}"` : ''}${trouble.length ? `\n  ${trouble.join('\n  ')}` : ''}`,
      );
      count('run in Chromium');
    }
  }
} finally {
  await browser?.close();
  await server?.stop();
  await backend?.stop();
  // CHECK_DOCS_KEEP=1 keeps the consumer project to look into.
  if (process.env.CHECK_DOCS_KEEP) console.log(`# kept the consumer project: ${root}`);
  else removeConsumers();
  rmSync(packDir, { recursive: true, force: true });
}

const skipped = blocks.filter((block) => kindOf(block) === 'skipped').map((block) => `${where(block)}: ${block.directives['not-checked']}`);
console.log(
  `# ${blocks.length} blocks in ${documents.length} files: ${Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(', ')}` +
    (skipped.length ? `\n# skipped, with their reasons: ${skipped.join('; ')}` : ''),
);
if (failures.length) {
  console.error(`docs check failed: ${failures.length} ${failures.length === 1 ? 'check' : 'checks'} above:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
