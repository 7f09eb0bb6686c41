import { AccessKeyRequestError } from './errors.js';
import type { AccessKey, GeneratedAccessKey } from './types.js';

// Date.parse alone is too lenient: V8 takes "2024-02-30T00:00:00Z" as 1 March and "24:00" as midnight, and a bare
// "2024-01-01T00:00:00" is read in the page's zone. An instant must name its offset and a real calendar moment.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** True for an ISO 8601 instant with seconds optional and a `Z` or `±hh:mm` offset, on a day that exists. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second = '0', , offsetHours = '0', offsetMinutes = '0'] = match;
  const m = Number(month);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return (
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

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
  const { id, name, visiblePart, createdAt, expiresAt, lastUsedAt } = value as Record<string, unknown>;
  if (!isNonEmptyString(id)) throw invalid(what, 'id', 'a non-empty string');
  if (!isNonEmptyString(name)) throw invalid(what, 'name', 'a non-empty string');
  if (!isNonEmptyString(visiblePart)) throw invalid(what, 'visiblePart', 'a non-empty string');
  if (!isIsoInstant(createdAt)) throw invalid(what, 'createdAt', 'an ISO 8601 instant');
  if (expiresAt !== null && !isIsoInstant(expiresAt)) throw invalid(what, 'expiresAt', 'an ISO 8601 instant or null');
  if (lastUsedAt !== null && !isIsoInstant(lastUsedAt)) {
    throw invalid(what, 'lastUsedAt', 'an ISO 8601 instant or null');
  }
  return { id, name, visiblePart, createdAt, expiresAt, lastUsedAt };
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function invalid(what: string, field: string, expected: string): AccessKeyRequestError {
  return new AccessKeyRequestError(`Invalid ${what}: "${field}" must be ${expected}`);
}
