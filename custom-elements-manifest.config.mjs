// custom-elements.json as tools read it (Storybook's Docs, editors, JSX and React-wrapper generators): the elements'
// public API only, at the module paths the tarball ships (dist/*.js), with one custom-element definition per define
// module; and from it the editor data: VS Code custom data and JetBrains web-types. `npm run analyze` writes them all
// (git-ignored, shipped); test/manifest.test.ts and scripts/check-manifest.mjs hold them to that.
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** @typedef {{ customElementsManifest: { modules: any[] } }} LinkPhase The analyzer's package-link phase, loosely typed. */

/** The modules the manifest describes: the elements, the bases they inherit from, their events, the define modules. */
const globs = [
  'src/access-key-*/*.ts',
  'src/*-dialog/*.ts',
  'src/internal/element-base.ts',
  'src/internal/dialog-base.ts',
  'src/internal/request-dialog.ts',
  'src/events.ts',
  'src/define.ts',
];

/** `src/x/y.ts` → `dist/x/y.js`; the analyzer also writes superclass modules as `/src/x/y.js`. */
/** @param {string} path */
function shippedPath(path) {
  return path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * Every `path` and `module` field, wherever it is, at its shipped path. A re-export's module is written relative to
 * the module that re-exports it (`../internal/parts.js`), so it is resolved against `base` first.
 * @param {any} node
 * @param {string} base the path of the module `node` belongs to
 */
function rewritePaths(node, base) {
  if (Array.isArray(node)) return node.forEach((item) => rewritePaths(item, base));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      node[key] = shippedPath(value.startsWith('.') ? posix.join(posix.dirname(base), value) : value);
    } else rewritePaths(value, base);
  }
}

/** A class extending a DOM global (`Event`) is given the class's own module by the analyzer; it is a global. */
function globalSuperclasses() {
  return {
    name: 'access-key-global-superclasses',
    /** @param {LinkPhase} phase */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const superclass = declaration.superclass;
          if (superclass && superclass.name in globalThis && superclass.module) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
        }
      }
    },
  };
}

const isPublic = (/** @type {any} */ item) =>
  (!item.privacy || item.privacy === 'public') && !item.name.startsWith('#') && !item.static && !/@internal|@ignore/.test(item.description ?? '');

/** Private, protected, `#private`, static (`styles`) and internal members are not part of the public API. */
function publicApiOnly() {
  return {
    name: 'access-key-public-api-only',
    /** @param {LinkPhase} phase */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter(isPublic);
          // Only the classes with a tag are custom elements; the abstract bases are plain classes tools need not list.
          if (!declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

/**
 * `defineElement(tag, Class)` hides the tag from the analyzer, so each define module is given its definition here:
 * the tag of the element class it imports (`@tag` on that class).
 */
function defineModules() {
  return {
    name: 'access-key-define-modules',
    /** @param {LinkPhase} phase */
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((/** @type {any} */ module) =>
        (module.declarations ?? [])
          .filter((/** @type {any} */ d) => d.tagName)
          .map((/** @type {any} */ d) => ({ declaration: d, module: module.path })),
      );
      for (const module of customElementsManifest.modules) {
        if (!/\/define\.ts$/.test(module.path)) continue;
        const folder = module.path.replace(/define\.ts$/, '');
        const element = elements.find((candidate) => candidate.module.startsWith(folder) && folder !== 'src/');
        if (!element) continue;
        const declaration = { name: element.declaration.name, module: element.module };
        module.exports = [
          { kind: 'js', name: element.declaration.name, declaration },
          { kind: 'custom-element-definition', name: element.declaration.tagName, declaration },
        ];
      }
    },
  };
}

function shippedPaths() {
  return {
    name: 'access-key-shipped-paths',
    /** @param {LinkPhase} phase */
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) rewritePaths(module, module.path);
    },
  };
}

export default {
  globs,
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApiOnly(),
    defineModules(),
    globalSuperclasses(),
    shippedPaths(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
