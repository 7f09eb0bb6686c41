import type { ConformanceResult } from './check-backend.js';

const MARKS = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/**
 * One promise as one line: `PASS id — title: detail | POST /access-keys {…} → 201 …`, with the request that shows it
 * (for a failure the last one sent, for a pass the first that is not a list) unless the detail already quotes it. Secrets are already
 * redacted; every request is in `result.exchanges` (the CLI's `--json`).
 */
export function formatConformanceResult(result: ConformanceResult): string {
  const head = `${MARKS[result.status]} ${result.id} — ${result.title}: ${result.detail}`;
  // The list calls around a request only show that the server still answers: the request itself says more.
  const telling = result.exchanges.filter((exchange) => !exchange.startsWith('GET '));
  const exchange = result.status === 'fail' ? result.exchanges.at(-1) : (telling[0] ?? result.exchanges[0]);
  return exchange === undefined || result.detail.includes(exchange) ? head : `${head} | ${exchange}`;
}
