import { isIsoInstant } from '../domain/instant.js';
import { validateKeyName } from '../domain/name.js';
import { AccessKeyValidationError } from './errors.js';
import type { GeneratedAccessKey, GenerateKeyInput } from './types.js';

/** Bytes of randomness in a secret: 256 bits, twice the 128 the product asks for. */
const SECRET_BYTES = 32;
/** How many trailing characters of the secret stay visible. */
const VISIBLE_LENGTH = 4;

/**
 * The backend's side of a generate request, shared by the backends we ship (`MemoryAccessKeyApi` and the reference
 * REST server) so they cannot drift apart: the name by the domain rules, and an expiry that is a real, future instant.
 * @throws AccessKeyValidationError with `invalid-input`, `name-empty`, `name-too-long`, `expires-at-invalid` or
 *   `expires-at-past`.
 */
export function checkGenerateInput(input: unknown, now: Date): GenerateKeyInput {
  const { name: rawName, expiresAt = null } = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  if (typeof rawName !== 'string') throw new AccessKeyValidationError('invalid-input');
  const name = validateKeyName(rawName);
  if (!name.valid) throw new AccessKeyValidationError(name.error);
  if (expiresAt === null) return { name: name.name, expiresAt: null };
  if (!isIsoInstant(expiresAt)) throw new AccessKeyValidationError('expires-at-invalid');
  if (Date.parse(expiresAt) <= now.getTime()) throw new AccessKeyValidationError('expires-at-past');
  return { name: name.name, expiresAt: new Date(expiresAt).toISOString() };
}

/**
 * A new key from checked input: a secret of `prefix` + 256 random bits (base64url, from `crypto.getRandomValues`), the
 * visible part derived from it. The caller stores the metadata (and at most a hash of `secret`) and hands `secret` out
 * once.
 */
export function mintAccessKey(input: GenerateKeyInput, now: Date, prefix = 'ak_'): GeneratedAccessKey {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  const secret =
    prefix + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return {
    id: crypto.randomUUID(),
    name: input.name,
    visiblePart: secret.slice(-VISIBLE_LENGTH),
    createdAt: now.toISOString(),
    expiresAt: input.expiresAt,
    lastUsedAt: null,
    secret,
  };
}
