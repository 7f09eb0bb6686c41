// `npx access-key-elements-conformance <base-url> [--header 'Authorization: Bearer …'] [--json]`: checks that a
// running backend keeps every promise of the REST contract. Progress goes to stderr, the report to stdout; the exit
// status is 0 only when no promise fails.
import { parseArgs } from 'node:util';
import { checkAccessKeyBackend, formatConformanceResult } from '../../src/conformance/index.js';

const USAGE = `Usage: access-key-elements-conformance <base-url> [--header 'Name: value']... [--json] [--timeout ms] [--parallel n]

Checks the backend at <base-url> (e.g. http://127.0.0.1:8080/api, endpoints at <base-url>/access-keys) against
docs/openapi.yaml. It creates keys named "conformance …" and removes them at the end: use an account with room for
at least two keys. Exit status: 0 when every promise holds (skips are optional capabilities), 1 when one fails,
2 for a usage error.
  --header    a header for every request, e.g. --header 'Authorization: Bearer <token>' (repeatable)
  --json      print the report as JSON (every request and response line included)
  --timeout   milliseconds per request (default 15000)
  --parallel  creates sent at once at limit − 1 (default 5)`;

function usage(message?: string): never {
  if (message) process.stderr.write(`access-key-elements-conformance: ${message}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      header: { type: 'string', short: 'H', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '15000' },
      parallel: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) usage('give exactly one base URL.');
const baseUrl = positionals[0];
try {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
} catch {
  usage(`"${baseUrl}" is not an http(s) URL.`);
}
const headers = new Headers();
for (const header of values.header) {
  const colon = header.indexOf(':');
  if (colon <= 0) usage(`--header needs "Name: value", not "${header}".`);
  headers.append(header.slice(0, colon).trim(), header.slice(colon + 1).trim());
}
const timeout = Number(values.timeout);
const parallel = Number(values.parallel);
if (!Number.isInteger(timeout) || timeout <= 0) usage('--timeout must be a positive whole number of milliseconds.');
if (!Number.isInteger(parallel) || parallel < 2) usage('--parallel must be a whole number of at least 2.');

const controller = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nInterrupted: removing the keys this check created…\n');
  controller.abort();
});

const progress = (text: string) => void process.stderr.write(text);
progress(`Checking ${baseUrl} against the access-key REST contract…\n`);
let report;
try {
  report = await checkAccessKeyBackend(baseUrl, {
    headers,
    timeout,
    parallelCreates: parallel,
    signal: controller.signal,
    onStart: (_id, title) => progress(`  … ${title}\n`),
    onResult: (result) => {
      if (!values.json) process.stdout.write(`${formatConformanceResult(result)}\n`);
    },
  });
} catch (error) {
  process.stderr.write(`access-key-elements-conformance: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const { pass, fail, skip } = report.counts;
  process.stdout.write(`${pass} passed, ${fail} failed, ${skip} skipped\n`);
  if (fail > 0) {
    const broken = report.results.filter((result) => result.status === 'fail').map((result) => result.id);
    process.stdout.write(`Broken promises: ${broken.join(', ')}\n`);
  }
  if (report.leftovers.length > 0) {
    process.stdout.write(`Could not remove ${report.leftovers.length} keys it created: ${report.leftovers.join(', ')}\n`);
  }
}
process.exit(report.passed ? 0 : 1);
