import { isIsoInstant } from '../domain/instant.js';
import { validateKeyName } from '../domain/name.js';
import { AccessKeyValidationError } from './errors.js';
import type { AccessKey, GeneratedAccessKey, GenerateKeyInput, RegenerateKeyInput } from './types.js';

/** Bytes of randomness in a secret: 256 bits, twice the 128 the product asks for. */
const SECRET_BYTES = 32;
/** How many trailing characters of the secret stay visible. */
const VISIBLE_LENGTH = 4;
/**
 * The longest grace period for a regenerated key's previous secret. A grace period is for rolling the new secret out,
 * not a second key that lives on: Stripe offers up to 7 days, Unkey 24 hours; 30 days leaves hosts room above that.
 */
export const MAX_PREVIOUS_SECRET_DAYS = 30;

// The backends we ship (`MemoryAccessKeyApi` and the reference REST server) share these rules so they cannot drift
// apart. Input is read through own properties only, so a polluted `Object.prototype` cannot supply a field.

/**
 * The backend's side of a generate request: the name by the domain rules, and an expiry that is a real, future instant.
 * @throws AccessKeyValidationError with `invalid-input`, `name-empty`, `name-too-long`, `expires-at-invalid` or
 *   `expires-at-past`.
 */
export function checkGenerateInput(input: unknown, now: Date): GenerateKeyInput {
  const fields = ownFields(input);
  return { name: checkName(fields.name), expiresAt: checkExpiry(fields.expiresAt ?? null, now) };
}

/**
 * The backend's side of a regenerate request. `expiresAt` follows the generate rules. `previousSecretExpiresAt` is
 * `null` (the old secret stops at once) or a future instant no later than {@link MAX_PREVIOUS_SECRET_DAYS} days from
 * now and no later than the new `expiresAt` (an expired key lets no secret in, so a longer grace would promise what
 * the key cannot keep).
 * @throws AccessKeyValidationError with `invalid-input`, `expires-at-invalid`, `expires-at-past`,
 *   `previous-secret-expires-at-invalid`, `previous-secret-expires-at-past` or `previous-secret-expires-at-too-late`.
 */
export function checkRegenerateInput(input: unknown, now: Date): RegenerateKeyInput {
  const fields = ownFields(input);
  const expiresAt = checkExpiry(fields.expiresAt ?? null, now);
  const previous = fields.previousSecretExpiresAt ?? null;
  if (previous === null) return { expiresAt, previousSecretExpiresAt: null };
  if (!isIsoInstant(previous)) throw new AccessKeyValidationError('previous-secret-expires-at-invalid');
  const until = Date.parse(previous);
  if (until <= now.getTime()) throw new AccessKeyValidationError('previous-secret-expires-at-past');
  const latest = now.getTime() + MAX_PREVIOUS_SECRET_DAYS * 24 * 60 * 60 * 1000;
  if (until > latest || (expiresAt !== null && until > Date.parse(expiresAt))) {
    throw new AccessKeyValidationError('previous-secret-expires-at-too-late');
  }
  return { expiresAt, previousSecretExpiresAt: new Date(until).toISOString() };
}

/**
 * The backend's side of a rename request: the name rules of generate (trimmed, not blank, at most 120 code points).
 * @throws AccessKeyValidationError with `invalid-input`, `name-empty` or `name-too-long`.
 */
export function checkName(raw: unknown): string {
  if (typeof raw !== 'string') throw new AccessKeyValidationError('invalid-input');
  const name = validateKeyName(raw);
  if (!name.valid) throw new AccessKeyValidationError(name.error);
  return name.name;
}

/**
 * A new key from checked input: a fresh id and secret, the visible part derived from the secret. The caller stores
 * the metadata (and at most a hash of `secret`) and hands `secret` out once.
 */
export function mintAccessKey(input: GenerateKeyInput, now: Date, prefix = 'ak_'): GeneratedAccessKey {
  const { secret, visiblePart } = mintSecret(prefix);
  return {
    id: crypto.randomUUID(),
    name: input.name,
    visiblePart,
    createdAt: now.toISOString(),
    expiresAt: input.expiresAt,
    lastUsedAt: null,
    secret,
  };
}

/**
 * A new secret for an existing record, from checked input: the same id, name and `createdAt`; a new secret, visible
 * part and expiry. `lastUsedAt` is kept: it belongs to the record, and during a grace period the old secret's uses
 * are still uses of this key. `previousSecretExpiresAt` is set only when the old secret gets a grace period and still
 * worked until now: regenerating an expired key revives the key with the new secret, never its old one.
 */
export function remintAccessKey(
  key: AccessKey,
  input: RegenerateKeyInput,
  now: Date,
  prefix = 'ak_',
): GeneratedAccessKey {
  const { secret, visiblePart } = mintSecret(prefix);
  const wasActive = key.expiresAt === null || Date.parse(key.expiresAt) > now.getTime();
  const grace = wasActive ? input.previousSecretExpiresAt : null;
  const regenerated: GeneratedAccessKey = {
    id: key.id,
    name: key.name,
    visiblePart,
    createdAt: key.createdAt,
    expiresAt: input.expiresAt,
    lastUsedAt: key.lastUsedAt,
    secret,
  };
  return grace === null ? regenerated : { ...regenerated, previousSecretExpiresAt: grace };
}

/** The key as a backend reports it at `now`: without `previousSecretExpiresAt` once that moment has passed. */
export function reportedKey<T extends AccessKey>(key: T, now: Date): T {
  const { previousSecretExpiresAt, ...rest } = key;
  if (typeof previousSecretExpiresAt === 'string' && Date.parse(previousSecretExpiresAt) > now.getTime()) return key;
  return rest as T;
}

/** `prefix` + 256 random bits in base64url (from `crypto.getRandomValues`), and its last characters as visible part. */
function mintSecret(prefix: string): { secret: string; visiblePart: string } {
  const bytes = crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
  const secret =
    prefix + btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return { secret, visiblePart: secret.slice(-VISIBLE_LENGTH) };
}

function checkExpiry(expiresAt: unknown, now: Date): string | null {
  if (expiresAt === null) return null;
  if (!isIsoInstant(expiresAt)) throw new AccessKeyValidationError('expires-at-invalid');
  if (Date.parse(expiresAt) <= now.getTime()) throw new AccessKeyValidationError('expires-at-past');
  return new Date(expiresAt).toISOString();
}

function ownFields(input: unknown): Partial<Record<string, unknown>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AccessKeyValidationError('invalid-input');
  }
  const fields: Partial<Record<string, unknown>> = {};
  for (const field of ['name', 'expiresAt', 'previousSecretExpiresAt']) {
    if (Object.hasOwn(input, field)) fields[field] = (input as Record<string, unknown>)[field];
  }
  return fields;
}
