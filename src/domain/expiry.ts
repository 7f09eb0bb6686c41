/** A calendar date as `<input type="date">` gives it: 'YYYY-MM-DD'. */
export type CalendarDate = string;

export type ExpiryError = 'date-invalid' | 'date-too-early' | 'date-too-late';

export type ExpiryValidation = { valid: true; expiresAt: string | null } | { valid: false; error: ExpiryError };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The IANA time zone of the runtime, e.g. 'Europe/Berlin'. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The date of `instant` on the wall calendar of `timeZone`. */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  const wall = wallClock(instant.getTime(), timeZone);
  const date = new Date(wall);
  return toCalendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `date` moved by a whole number of calendar days; time zones play no part. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const parts = parseCalendarDate(date);
  if (!parts || !Number.isInteger(days)) throw new RangeError(`Cannot add ${days} days to ${JSON.stringify(date)}`);
  const moved = new Date(utcMidnight(...parts) + days * DAY);
  return toCalendarDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The first instant of `date` in `timeZone`. Usually local midnight; where the clocks jump over midnight (e.g.
 * America/Santiago starts summer time at 00:00) it is the moment of the jump, so the day starts at 01:00.
 */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Invalid calendar date ${JSON.stringify(date)}`);
  const midnight = utcMidnight(...parts);

  // The offsets in force shortly before and after the day cover both sides of any transition on it.
  const candidates = [offsetAt(midnight - 2 * DAY, timeZone), offsetAt(midnight + 2 * DAY, timeZone)]
    .map((offset) => midnight - offset)
    .filter((instant) => wallClock(instant, timeZone) === midnight);
  // When midnight happens twice (clocks set back across it) the day starts at the first one.
  if (candidates.length > 0) return new Date(Math.min(...candidates));

  // Midnight does not exist: the day starts when the clocks jump. Offsets lie within ±16 h (LMT included), so the
  // instant is in this range; transitions fall on whole seconds.
  let before = Math.floor((midnight - 26 * HOUR) / 1000);
  let after = Math.ceil((midnight + 26 * HOUR) / 1000);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClock(middle * 1000, timeZone) >= midnight) after = middle;
    else before = middle;
  }
  return new Date(after * 1000);
}

/** The earliest date a key may expire on: tomorrow in `timeZone`. */
export function earliestExpiryDate(now: Date, timeZone: string): CalendarDate {
  return addDays(calendarDateInZone(now, timeZone), 1);
}

/** The latest date a key may expire on under a maximum lifetime of `maxDays` days: that many days after today. */
export function latestExpiryDate(now: Date, timeZone: string, maxDays: number): CalendarDate {
  return addDays(calendarDateInZone(now, timeZone), maxDays);
}

/**
 * Turns the picked date into the instant the key expires; `''` means the key never expires (refused when a maximum
 * lifetime applies, as a date too late). `latest` is the last date the lifetime policy allows, if any.
 */
export function expiryFromDate(
  date: CalendarDate,
  now: Date,
  timeZone: string,
  latest: CalendarDate | null = null,
): ExpiryValidation {
  if (date === '') return latest === null ? { valid: true, expiresAt: null } : { valid: false, error: 'date-too-late' };
  if (!parseCalendarDate(date)) return { valid: false, error: 'date-invalid' };
  // Zero-padded four-digit years compare correctly as strings.
  if (date < earliestExpiryDate(now, timeZone)) return { valid: false, error: 'date-too-early' };
  if (latest !== null && date > latest) return { valid: false, error: 'date-too-late' };
  return { valid: true, expiresAt: startOfDayInZone(date, timeZone).toISOString() };
}

/** How long a new key is valid: a preset number of days, a date picked by hand, or no expiry. */
export type ExpiryChoice = { kind: 'days'; days: number } | { kind: 'date' } | { kind: 'none' };

/** The presets offered by default, in days: Clerk, GitHub and Zudoku offer these. */
export const EXPIRY_PRESETS: readonly number[] = [7, 30, 60, 90];

/** What the expiry choice offers under a host's policy. */
export interface ExpiryPolicy {
  /** The presets, in days; those longer than the maximum are left out. */
  presets: readonly number[];
  /** The longest lifetime a key may have, in days; `null` = no limit (and "no expiry" is offered). */
  maxLifetimeDays: number | null;
}

/** The presets the policy allows, shortest first, and whether "no expiry" is one of the choices. */
export function offeredExpiries(policy: ExpiryPolicy): { presets: number[]; noExpiry: boolean } {
  const max = policy.maxLifetimeDays;
  const presets = [...new Set(policy.presets)]
    .filter((days) => Number.isInteger(days) && days >= 1 && (max === null || days <= max))
    .sort((a, b) => a - b);
  return { presets, noExpiry: max === null };
}

/**
 * The choice the form starts with: `wanted` if the policy offers it, else the longest preset it offers, else a date
 * picked by hand. A `days` wish that is not a preset becomes that date.
 */
export function initialExpiryChoice(wanted: ExpiryChoice, policy: ExpiryPolicy): ExpiryChoice {
  const { presets, noExpiry } = offeredExpiries(policy);
  if (wanted.kind === 'none' && noExpiry) return wanted;
  if (wanted.kind === 'days' && presets.includes(wanted.days)) return wanted;
  if (wanted.kind === 'date') return wanted;
  if (wanted.kind === 'days' && (policy.maxLifetimeDays === null || wanted.days <= policy.maxLifetimeDays)) {
    return { kind: 'date' };
  }
  return presets.length > 0 ? { kind: 'days', days: presets[presets.length - 1] } : { kind: 'date' };
}

/** The expiry date of a preset of `days` days: the start of the day that many days after today, as a picked date. */
export function presetExpiryDate(days: number, now: Date, timeZone: string): CalendarDate {
  return addDays(calendarDateInZone(now, timeZone), days);
}

/** How many whole days a key was made to live, from its creation to its expiry; `null` for a key without expiry. */
export function lifetimeDays(createdAt: string, expiresAt: string | null): number | null {
  if (expiresAt === null) return null;
  return Math.max(1, Math.round((Date.parse(expiresAt) - Date.parse(createdAt)) / DAY));
}

type DateParts = [year: number, month: number, day: number];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseCalendarDate(date: string): DateParts | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
  return day <= daysInMonth ? [year, month, day] : null;
}

function toCalendarDate(year: number, month: number, day: number): CalendarDate {
  if (year < 1 || year > 9999) throw new RangeError(`Year ${year} is outside 1–9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds since the epoch of 00:00 UTC on that date; `Date.UTC` alone maps years 0–99 to 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function offsetAt(instant: number, timeZone: string): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  return wallClock(seconds, timeZone) - seconds;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `instant` in `timeZone`, to the second, as if that reading were UTC. */
function wallClock(instant: number, timeZone: string): number {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    // Latin digits and the proleptic Gregorian calendar whatever the runtime's default locale; the era tells 1 BC
    // from AD 1 near the bottom of the supported range.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormatters.set(timeZone, formatter);
  }
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter.formatToParts(instant)) fields[type] = value;
  const year = fields.era === 'BC' ? 1 - Number(fields.year) : Number(fields.year);
  const day = utcMidnight(year, Number(fields.month), Number(fields.day));
  return day + ((Number(fields.hour) * 60 + Number(fields.minute)) * 60 + Number(fields.second)) * 1000;
}

/** When the old secret of a regenerated key may stop by default, in hours from now: now, in 1 hour, 1 day, 7 days (Stripe, Unkey and Zuplo offer these). */
export const GRACE_HOURS: readonly number[] = [0, 1, 24, 168];
