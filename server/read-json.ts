// Reads a JSON request body the way a public endpoint must: a size limit, a content-type check, parse errors as 400,
// and no way for `__proto__` or `constructor` keys to reach an object's prototype.
import type { IncomingMessage } from 'node:http';
import { ProblemError } from './problem.js';

/** The largest body accepted: 1 MB, far above any real request (a name of 120 characters and two dates). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A larger body is still read (and thrown away) up to this size, so the client gets its 413 instead of a reset
 * connection; past it the connection is closed.
 */
const MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES;

/** Keys that mean something to JavaScript objects and nothing to this contract: dropped wherever they appear. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The body as a JSON object.
 * @throws ProblemError 415 `unsupported-content-type`, 413 `body-too-large`, 400 `invalid-json` or `invalid-input`.
 */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    req.resume();
    throw new ProblemError(415, 'unsupported-content-type');
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    if (size > MAX_DRAINED_BYTES) {
      req.destroy();
      break;
    }
  }
  if (size > MAX_BODY_BYTES) throw new ProblemError(413, 'body-too-large');

  let value: unknown;
  try {
    // JSON.parse makes `__proto__` an own property (it never sets the prototype); the reviver drops it anyway, so no
    // later merge or spread of this object can carry it into a prototype.
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'), (key, item: unknown) =>
      DANGEROUS_KEYS.has(key) ? undefined : item,
    );
  } catch {
    throw new ProblemError(400, 'invalid-json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ProblemError(400, 'invalid-input');
  return value as Record<string, unknown>;
}
