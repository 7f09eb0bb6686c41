// React ships CommonJS only, and its entry chooses a build with `process.env.NODE_ENV` at run time, so a browser
// (and the dev server's CommonJS transform) cannot see its named exports. This dev-server plugin bundles React once,
// with esbuild, into ES modules that share one copy of React, and points `react`, `react-dom` & co. at them.
// React 18 (the workspace in test/react18) is bundled the same way under `/__react-esm-18/`; a page that wants it maps
// `/__react-esm/` there with an import map (see the react18 group in web-test-runner.config.mjs).
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
/** Where each copy of React is bundled from, by the path it is served under. */
const flavours = { [prefix]: process.cwd(), '/__react-esm-18/': `${process.cwd()}/test/react18` };
const fileOf = (/** @type {string} */ specifier) => `${specifier.replaceAll('/', '-')}.js`;

/** @type {Map<string, Promise<Map<string, string>>>} */
const built = new Map();

/** @param {string} flavour one of the keys of `flavours` */
function bundle(flavour) {
  const resolveDir = flavours[/** @type {keyof typeof flavours} */ (flavour)];
  let result = built.get(flavour);
  if (result) return result;
  result = build({
    entryPoints: Object.keys(entries).map((specifier) => ({ in: `virtual:${specifier}`, out: fileOf(specifier).slice(0, -3) })),
    plugins: [
      {
        name: 'react-esm-entries',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path.slice(8), namespace: 'react-esm' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'react-esm' }, (args) => {
            const names = entries[/** @type {keyof typeof entries} */ (args.path)];
            const contents = `import m from '${args.path}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
            return { contents, resolveDir };
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
  }).then((output) => new Map(output.outputFiles.map((file) => [file.path.split('/react-esm/')[1], file.text])));
  built.set(flavour, result);
  return result;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactEsm() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return source in entries ? `${prefix}${fileOf(source)}` : undefined;
    },
    async serve(context) {
      const flavour = Object.keys(flavours).find((path) => context.path.startsWith(path));
      if (!flavour) return undefined;
      const body = (await bundle(flavour)).get(context.path.slice(flavour.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
