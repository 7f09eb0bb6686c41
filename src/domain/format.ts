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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether `value` is an ISO 8601 instant with a zone, like `2026-11-29T10:00:00Z` or `2026-11-29T11:00:00.5+01:00`. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [offsetHours = 0, offsetMinutes = 0] = match.slice(7).filter(Boolean).map(Number);
  // `Date.parse` rolls '2026-02-30' over to March rather than rejecting it.
  const daysInMonth = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.dateStyle}|${options.timeStyle ?? ''}|${options.timeZone ?? ''}`;
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
