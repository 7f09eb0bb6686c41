import { isIsoInstant } from './instant.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Building an `Intl` formatter costs far more than formatting with one, and a list renders many dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/** The day of `instant` in `timeZone` (the runtime's when omitted), e.g. "Nov 30, 2026". */
export function formatDate(instant: string | Date, locale: string, timeZone?: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeZone }).format(toDate(instant));
}

/** The exact moment with its zone, for a tooltip, e.g. "November 30, 2026 at 12:00:00 AM PST". */
export function formatMoment(instant: string | Date, locale: string, timeZone?: string): string {
  return dateFormatter(locale, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(toDate(instant));
}

/** How long ago or ahead `instant` is from `now`, in the largest unit that fits, e.g. "5 minutes ago", "yesterday". */
export function formatRelative(instant: string | Date, now: Date, locale: string): string {
  const elapsed = toDate(instant).getTime() - toDate(now).getTime();
  const [value, unit] = relativeParts(elapsed);
  let formatter = relativeFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormatters.set(locale, formatter);
  }
  return formatter.format(value, unit);
}

/** The parts of an exact moment a sentence names one by one: "December 31, 2026", "00:00", "UTC". */
export interface MomentParts {
  date: string;
  time: string;
  zone: string;
}

/**
 * The day, the time of day (hours and minutes, 24-hour where the locale does not prefer 12) and the zone's short
 * name, so a message can say "Expires on December 31, 2026, 00:00 (UTC)" without "at … at" or seconds.
 */
export function formatMomentParts(instant: string | Date, locale: string, timeZone?: string): MomentParts {
  const date = toDate(instant);
  const zoneName = dateFormatter(locale, { timeZoneName: 'short', timeZone })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return {
    date: dateFormatter(locale, { dateStyle: 'long', timeZone }).format(date),
    time: dateFormatter(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(date),
    zone: zoneName ?? timeZone ?? '',
  };
}

function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** Throws rather than let "Invalid Date" reach the page: data is validated before it is rendered. */
function toDate(instant: string | Date): Date {
  const date = typeof instant === 'string' && isIsoInstant(instant) ? new Date(instant) : instant;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid instant: ${String(instant)}`);
  }
  return date;
}

function relativeParts(elapsed: number): [number, Intl.RelativeTimeFormatUnit] {
  const sign = elapsed < 0 ? -1 : 1;
  const span = Math.abs(elapsed);
  if (span < MINUTE) return [0, 'second'];
  const minutes = Math.round(span / MINUTE);
  if (minutes < 60) return [sign * minutes, 'minute'];
  const hours = Math.round(span / HOUR);
  if (hours < 24) return [sign * hours, 'hour'];
  const days = Math.round(span / DAY);
  if (days < 30) return [sign * days, 'day'];
  // Average month and year lengths: relative time is approximate by nature.
  const months = Math.max(1, Math.round(days / 30.436875));
  if (months < 12) return [sign * months, 'month'];
  return [sign * Math.max(1, Math.round(days / 365.2425)), 'year'];
}
