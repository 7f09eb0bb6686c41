// Shared by the Node-side tests: the repository's TypeScript modules loaded into Node, and small HTTP helpers.
/* global fetch */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importNodeTs } from '../../scripts/load-node-ts.mjs';

/** @type {typeof import('../../server/http-server.ts')} */
export const http = await importNodeTs('server/http-server.ts');
/** @type {typeof import('../../server/reference-server.ts')} */
export const reference = await importNodeTs('server/reference-server.ts');
/** @type {typeof import('../../server/sqlite-store.ts')} */
export const sqlite = await importNodeTs('server/sqlite-store.ts');
/** @type {typeof import('../../server/broken-server.ts')} */
export const broken = await importNodeTs('server/broken-server.ts');
/** @type {typeof import('../../src/conformance/index.ts')} */
export const conformance = await importNodeTs('src/conformance/index.ts');
/** @type {typeof import('../../src/conformance/contract.ts')} */
export const contract = await importNodeTs('src/conformance/contract.ts');

/** A new empty folder for database files. */
export function temporaryFolder() {
  return mkdtempSync(join(tmpdir(), 'access-key-test-'));
}

/**
 * Sends one request and reads the answer as a test would look at it.
 * @param {string} url
 * @param {string} method
 * @param {unknown} [json]
 */
export async function send(url, method = 'GET', json = undefined) {
  const response = await fetch(url, {
    method,
    headers: json === undefined ? {} : { 'Content-Type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}
