// Holds custom-elements.json to what tools need (run after `npm run build`): valid against the schema as a whole and
// declaration by declaration; every element's events named and typed and in the library's event map; every module
// path shipped in dist/; and a JSX-types generator (custom-element-jsx-integration) that runs on it and emits types
// that compile against the built package. The browser side (events really fired, parts really rendered, attributes
// really observed) is test/manifest.test.ts.
import Ajv from 'ajv';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** @param {boolean} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`manifest check failed: ${message}`);
  console.log(`ok - ${message}`);
}

const readJson = (/** @type {string} */ path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson('custom-elements.json');
const schema = readJson('node_modules/custom-elements-manifest/schema.json');
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'cem');
const validateAll = ajv.getSchema('cem');
check(Boolean(validateAll?.(manifest)), `custom-elements.json is valid against the schema ${JSON.stringify(validateAll?.errors ?? '')}`);

const validateElement = ajv.compile({ $ref: 'cem#/definitions/CustomElementDeclaration' });
const elements = manifest.modules.flatMap((/** @type {any} */ module) =>
  (module.declarations ?? []).filter((/** @type {any} */ declaration) => declaration.tagName),
);
check(elements.length === 9, `it declares the 9 elements (${elements.map((/** @type {any} */ e) => e.tagName).join(', ')})`);
for (const element of elements) {
  check(validateElement(element) === true, `<${element.tagName}> is a valid custom element declaration ${JSON.stringify(validateElement.errors ?? '')}`);
}

const eventMap = readFileSync('src/events.ts', 'utf8').match(/interface AccessKeyEventMap \{([^}]*)\}/)?.[1] ?? '';
const eventNames = new Set([...eventMap.matchAll(/'([a-z-]+)': (\w+);/g)].map(([, name]) => name));
for (const element of elements) {
  for (const event of element.events ?? []) {
    check(
      Boolean(event.name && event.type?.text) && eventNames.has(event.name),
      `<${element.tagName}> documents ${event.name} with the type ${event.type?.text}, an event of AccessKeyEventMap`,
    );
  }
}

const paths = new Set();
JSON.stringify(manifest, (key, value) => {
  if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
  return value;
});
const missing = [...paths].filter((path) => !existsSync(path));
check(missing.length === 0 && [...paths].every((path) => path.startsWith('dist/')), `every module path is shipped in dist/ (${paths.size} paths)`);
const definitions = manifest.modules.flatMap((/** @type {any} */ module) =>
  (module.exports ?? []).filter((/** @type {any} */ e) => e.kind === 'custom-element-definition').map(() => module.path),
);
check(
  definitions.length === 9 && definitions.every((/** @type {string} */ path) => path.endsWith('/define.js')),
  'each of the 9 define modules has one custom-element definition',
);

// A generator that reads the manifest as a consumer's tooling would, and its output compiled against dist/.
const out = mkdtempSync(join(tmpdir(), 'access-key-jsx-'));
try {
  generateJsxTypes(manifest, { outdir: out, fileName: 'custom-elements-jsx.d.ts', globalTypePath: resolve('dist/index.js'), hideLogs: true });
  // The generator imports a type once per element that uses it (1.6.0); a duplicate import is its bug, not the
  // manifest's, so the list is deduplicated before compiling.
  const generated = readFileSync(join(out, 'custom-elements-jsx.d.ts'), 'utf8');
  const types = generated.replace(/import type \{([^}]*)\}/, (_, names) => `import type { ${[...new Set(names.split(',').map((/** @type {string} */ n) => n.trim()).filter(Boolean))].join(', ')} }`);
  writeFileSync(join(out, 'custom-elements-jsx.d.ts'), types);
  check(!/onundefined|onmetadata|onoperation/.test(types) && types.includes('onaccess-key-generated'), 'custom-element-jsx-integration generates JSX types with the real event names');
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'ES2022', moduleResolution: 'bundler', types: [] }, files: ['custom-elements-jsx.d.ts'] }));
  execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', out], { stdio: 'inherit' });
  check(true, 'the generated JSX types compile against the built package');
} finally {
  rmSync(out, { recursive: true, force: true });
}
