// React 19 ships CommonJS only, and its entry chooses a build with `process.env.NODE_ENV` at run time, so a browser
// (and the dev server's CommonJS transform) cannot see its named exports. This dev-server plugin bundles React once,
// with esbuild, into ES modules that share one copy of React, and points `react`, `react-dom` & co. at them.
import { build } from 'esbuild';

/** Each specifier, with the names it exports (CommonJS hides them, so they are listed). */
const entries = {
  react: ['Children', 'Component', 'Fragment', 'StrictMode', 'createContext', 'createElement', 'createRef', 'forwardRef',
    'memo', 'useCallback', 'useContext', 'useEffect', 'useId', 'useLayoutEffect', 'useMemo', 'useReducer', 'useRef',
    'useState', 'useTransition', 'version'],
  'react/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  'react/jsx-dev-runtime': ['Fragment', 'jsxDEV'],
  'react-dom': ['createPortal', 'flushSync', 'version'],
  'react-dom/client': ['createRoot', 'hydrateRoot'],
};

const prefix = '/__react-esm/';
const fileOf = (/** @type {string} */ specifier) => `${specifier.replaceAll('/', '-')}.js`;

/** @type {Promise<Map<string, string>> | undefined} */
let built;

function bundle() {
  built ??= build({
    entryPoints: Object.keys(entries).map((specifier) => ({ in: `virtual:${specifier}`, out: fileOf(specifier).slice(0, -3) })),
    plugins: [
      {
        name: 'react-esm-entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path.slice(8), namespace: 'react-esm' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'react-esm' }, (args) => {
            const names = entries[/** @type {keyof typeof entries} */ (args.path)];
            const contents = `import m from '${args.path}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
            return { contents, resolveDir: process.cwd() };
          });
        },
      },
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'react-esm',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => new Map(result.outputFiles.map((file) => [file.path.split('/react-esm/')[1], file.text])));
  return built;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return source in entries ? `${prefix}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const body = (await bundle()).get(context.path.slice(prefix.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
