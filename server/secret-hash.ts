// How the reference server keeps secrets: as SHA-256 hashes only, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The stored form of a secret. A secret has 256 random bits, so a fast hash without salt is enough: no dictionary. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Whether `secret` hashes to `storedHash`. The comparison takes the same time wherever the hashes differ
 * (`crypto.timingSafeEqual`), so response times do not tell an attacker how much of a guess was right.
 */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
