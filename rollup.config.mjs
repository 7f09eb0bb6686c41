import { existsSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import replace from '@rollup/plugin-replace';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const entries = ['src/index.ts', 'src/define.ts', 'src/locales/define.ts', 'src/react/index.ts', 'src/testing/index.ts'].filter((entry) =>
  existsSync(entry),
);
const isExternal = (/** @type {string} */ id) => /^(lit|@lit|@lit-labs|tslib|react)(\/|$)/.test(id);

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
];
