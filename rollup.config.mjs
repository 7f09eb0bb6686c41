import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import replace from '@rollup/plugin-replace';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

// src/bundle.ts is an entry too: in Node, access-key-elements/bundle resolves to it (Lit's browser build inside the
// one-file bundle needs a DOM).
const entries = [
  'src/index.ts',
  'src/define.ts',
  'src/bundle.ts',
  'src/locales/define.ts',
  'src/react/index.ts',
  'src/testing/index.ts',
].filter((entry) => existsSync(entry));
const isExternal = (/** @type {string} */ id) => /^(lit|@lit|@lit-labs|tslib|react)(\/|$)/.test(id);

/**
 * TypeScript to JavaScript, one module at a time, for the Node bundle. Its types are checked by `npm run lint`
 * (tsconfig.node.json); @rollup/plugin-typescript cannot take that config, which is for type checking only (no emit).
 * @type {import('rollup').Plugin}
 */
const transpileTypeScript = {
  name: 'transpile-typescript',
  resolveId(source, importer) {
    // Sources import each other as `./x.js` (what Node and TypeScript expect); the file on disk is `./x.ts`.
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const file = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(file) ? file : null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const { outputText, sourceMapText } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, verbatimModuleSyntax: true },
    });
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: sourceMapText };
  },
};

/** Imports a `.yaml` file as the data it holds (docs/openapi.yaml for the conformance check). @type {import('rollup').Plugin} */
const yaml = {
  name: 'yaml',
  transform(code, id) {
    return id.endsWith('.yaml') ? { code: `export default ${JSON.stringify(parseYaml(code))};`, map: null } : null;
  },
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    // The library: one ES module per source module (so consumers' bundlers tree-shake), Lit as a peer, with types.
    input: entries,
    external: isExternal,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' }), minifyHTML()],
  },
  {
    // The one-file bundle for a plain <script type="module">: Lit inside, every tag defined, everything exported.
    input: 'src/bundle.ts',
    output: { file: 'dist/access-key-elements.bundle.js', format: 'esm', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      // A production build: the elements' development warnings (src/internal/dev.ts) are left out, text and all.
      replace({
        preventAssignment: true,
        delimiters: ['\\b', ''],
        values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'isDevelopmentBuild();': 'false;' },
      }),
      minifyHTML(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  {
    // Node only, for backend authors: the conformance check (access-key-elements/conformance) and the two CLIs. Ajv
    // and the OpenAPI document are bundled in, so consumers of the elements install nothing for them; sql.js stays an
    // optional peer that the server loads only for --db. Types come from the library build above (src/conformance).
    input: {
      'conformance/index': 'src/conformance/index.ts',
      'conformance/cli': 'server/bin/conformance.ts',
      'server/cli': 'server/bin/server.ts',
    },
    external: (id) => id.startsWith('node:') || id === 'sql.js',
    output: {
      dir: 'dist',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'node/[name]-[hash].js',
      banner: (chunk) => (chunk.isEntry && chunk.name.endsWith('/cli') ? '#!/usr/bin/env node' : ''),
      sourcemap: true,
    },
    plugins: [
      yaml,
      nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
      commonjs(),
      json(),
      transpileTypeScript,
    ],
  },
];
