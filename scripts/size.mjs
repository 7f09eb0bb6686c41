// Sizes a consumer pays for: the one-file bundle (Lit inside) and each element's define entry with Lit external.
// Fails when the bundle is over budget. Run after `npm run build`.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The one-file bundle's budget in gzip bytes (the goal is 14 KB). */
export const BUNDLE_BUDGET_GZIP = 16 * 1024;

const bundlePath = 'dist/access-key-elements.bundle.js';
const elements = [
  'access-key-section',
  'access-key-bar',
  'generate-key-dialog',
  'reveal-key-dialog',
  'remove-key-dialog',
  'key-limit-dialog',
];

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {string} entry @param {boolean} minify */
async function bundle(entry, minify) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    external: ['lit', 'lit/*', '@lit/*', 'tslib'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

if (!existsSync(bundlePath)) {
  console.error(`${bundlePath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** What Lit and @lit/context cost on their own, minified: the part of the bundle no code of ours can shrink. */
async function litFloor() {
  const result = await build({
    stdin: { contents: "export * from 'lit'; export * from '@lit/context';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

const rows = [];
const bundled = readFileSync(bundlePath);
rows.push({ entry: 'bundle (Lit inside, minified)', raw: bundled.length, min: bundled.length, gzip: gzipSync(bundled, { level: 9 }).length });
const floor = await litFloor();
rows.push({ entry: 'of which Lit + @lit/context alone', raw: floor.length, min: floor.length, gzip: gzipSync(floor, { level: 9 }).length });
for (const element of elements) {
  const entry = `src/${element}/define.ts`;
  const raw = await bundle(entry, false);
  const min = await bundle(entry, true);
  rows.push({ entry: `${element}/define (Lit external)`, raw: raw.length, min: min.length, gzip: gzipSync(min, { level: 9 }).length });
}

const width = Math.max(...rows.map((row) => row.entry.length));
console.log(`${'entry'.padEnd(width)}  ${'raw'.padStart(9)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const row of rows) {
  console.log(`${row.entry.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.min).padStart(9)}  ${kb(row.gzip).padStart(9)}`);
}
const gzip = rows[0].gzip;
const verdict = `bundle ${kb(gzip)} gzip of a ${kb(BUNDLE_BUDGET_GZIP)} budget (goal 14.0 KB)`;
if (gzip > BUNDLE_BUDGET_GZIP) {
  console.error(`over budget: ${verdict}`);
  process.exit(1);
}
console.log(`within budget: ${verdict}`);
