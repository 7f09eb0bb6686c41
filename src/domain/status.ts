export type KeyStatus = 'active' | 'expired';

/** Expired from the instant `expiresAt` on; a key without one never expires. */
export function keyStatus(expiresAt: string | null, now: Date): KeyStatus {
  return expiresAt !== null && now.getTime() >= Date.parse(expiresAt) ? 'expired' : 'active';
}

/** When the status will next flip, so a page left open can re-render then; `null` if it never will. */
export function nextStatusChange(expiresAt: string | null, now: Date): Date | null {
  if (expiresAt === null) return null;
  const at = Date.parse(expiresAt);
  return at > now.getTime() ? new Date(at) : null;
}
