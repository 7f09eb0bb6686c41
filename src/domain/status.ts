export type KeyStatus = 'active' | 'expired';

/** What a key's badge says: active, active but expiring within the warning window, or expired. */
export type KeyState = 'active' | 'expires-soon' | 'expired';

/** How many days before its expiry a key counts as expiring soon, unless the host sets another number. */
export const EXPIRES_SOON_DAYS = 7;

const DAY = 86_400_000;

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

/** `keyStatus`, plus `'expires-soon'` for an active key that expires within `soonDays` days of `now`. */
export function keyState(expiresAt: string | null, now: Date, soonDays = EXPIRES_SOON_DAYS): KeyState {
  if (keyStatus(expiresAt, now) === 'expired') return 'expired';
  return expiresAt !== null && Date.parse(expiresAt) - now.getTime() <= soonDays * DAY ? 'expires-soon' : 'active';
}

/** When the key's state will next change (it enters the warning window, or expires); `null` if it never will. */
export function nextStateChange(expiresAt: string | null, now: Date, soonDays = EXPIRES_SOON_DAYS): Date | null {
  if (expiresAt === null) return null;
  const at = Date.parse(expiresAt);
  const soon = at - soonDays * DAY;
  if (soon > now.getTime()) return new Date(soon);
  return at > now.getTime() ? new Date(at) : null;
}
