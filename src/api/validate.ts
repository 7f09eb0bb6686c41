import { AccessKeyRequestError } from './errors.js';
import type { AccessKey, GeneratedAccessKey } from './types.js';
import { isIsoInstant } from '../domain/instant.js';

/**
 * Checks data from a backend against {@link AccessKey}; returns a fresh object with only the known fields.
 * @throws AccessKeyRequestError naming the first wrong field (never its value: it might be a secret).
 */
export function parseAccessKey(value: unknown): AccessKey {
  return readKey(value, 'access key');
}

/** Like {@link parseAccessKey}, plus the one-time `secret`. */
export function parseGeneratedAccessKey(value: unknown): GeneratedAccessKey {
  const key = readKey(value, 'generated access key');
  const secret = (value as Record<string, unknown>).secret;
  if (!isNonEmptyString(secret)) throw invalid('generated access key', 'secret', 'a non-empty string');
  return { ...key, secret };
}

/** Checks an array of keys; the message names the index of the first wrong item. */
export function parseAccessKeyList(value: unknown): AccessKey[] {
  if (!Array.isArray(value)) throw new AccessKeyRequestError('Invalid access key list: expected an array');
  return value.map((item, index) => readKey(item, `access key at index ${index}`));
}

function readKey(value: unknown, what: string): AccessKey {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AccessKeyRequestError(`Invalid ${what}: expected an object`);
  }
  const { id, name, visiblePart, createdAt, expiresAt, lastUsedAt, previousSecretExpiresAt } = value as Record<
    string,
    unknown
  >;
  if (!isNonEmptyString(id)) throw invalid(what, 'id', 'a non-empty string');
  if (!isNonEmptyString(name)) throw invalid(what, 'name', 'a non-empty string');
  if (!isNonEmptyString(visiblePart)) throw invalid(what, 'visiblePart', 'a non-empty string');
  if (!isIsoInstant(createdAt)) throw invalid(what, 'createdAt', 'an ISO 8601 instant');
  if (expiresAt !== null && !isIsoInstant(expiresAt)) throw invalid(what, 'expiresAt', 'an ISO 8601 instant or null');
  if (lastUsedAt !== null && !isIsoInstant(lastUsedAt)) {
    throw invalid(what, 'lastUsedAt', 'an ISO 8601 instant or null');
  }
  const key: AccessKey = { id, name, visiblePart, createdAt, expiresAt, lastUsedAt };
  // Optional (a backend without regenerate never sends it): absent stays absent, so old and new data compare alike.
  if (previousSecretExpiresAt === undefined) return key;
  if (previousSecretExpiresAt !== null && !isIsoInstant(previousSecretExpiresAt)) {
    throw invalid(what, 'previousSecretExpiresAt', 'an ISO 8601 instant or null');
  }
  return { ...key, previousSecretExpiresAt };
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function invalid(what: string, field: string, expected: string): AccessKeyRequestError {
  return new AccessKeyRequestError(`Invalid ${what}: "${field}" must be ${expected}`);
}

/** A new object with the metadata only, so a secret cannot travel on by accident (in an event, into the list). */
export function withoutSecret(key: AccessKey): AccessKey {
  const { id, name, visiblePart, createdAt, expiresAt, lastUsedAt, previousSecretExpiresAt } = key;
  const metadata: AccessKey = { id, name, visiblePart, createdAt, expiresAt, lastUsedAt };
  return previousSecretExpiresAt === undefined ? metadata : { ...metadata, previousSecretExpiresAt };
}
