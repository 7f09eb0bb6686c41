import { expect } from '@open-wc/testing';
import {
  addDays,
  calendarDateInZone,
  earliestExpiryDate,
  expiryFromDate,
  localTimeZone,
  startOfDayInZone,
} from '../../src/domain/expiry.js';
import { formatDate } from '../../src/domain/format.js';

const LA = 'America/Los_Angeles';
const KIRITIMATI = 'Pacific/Kiritimati';

/** The picked date, the stored instant and the date shown must name the same day. */
function expectRoundTrip(date: string, zone: string, expiresAt: string, today = now) {
  const result = expiryFromDate(date, today, zone);
  expect(result).to.deep.equal({ valid: true, expiresAt });
  expect(calendarDateInZone(new Date(expiresAt), zone)).to.equal(date);
  expect(formatDate(expiresAt, 'en-US', zone)).to.equal(formatDate(`${date}T12:00:00Z`, 'en-US', 'UTC'));
}

// 18:00 on Nov 29 in Los Angeles, already 16:00 on Nov 30 in Kiritimati.
const now = new Date('2026-11-30T02:00:00Z');

describe('domain/expiry', () => {
  it('runs the tests in UTC', () => {
    expect(localTimeZone()).to.equal('UTC');
  });

  it('offers tomorrow in the user’s zone as the earliest date', () => {
    expect(earliestExpiryDate(now, LA)).to.equal('2026-11-30');
    expect(earliestExpiryDate(now, 'UTC')).to.equal('2026-12-01');
    expect(earliestExpiryDate(now, KIRITIMATI)).to.equal('2026-12-01');
    expect(earliestExpiryDate(new Date('2026-12-31T23:59:59.999Z'), 'UTC')).to.equal('2027-01-01');
  });

  it('expires at the start of the picked day in the user’s zone', () => {
    expectRoundTrip('2026-12-01', LA, '2026-12-01T08:00:00.000Z');
    expectRoundTrip('2026-12-01', KIRITIMATI, '2026-11-30T10:00:00.000Z');
    expectRoundTrip('2026-12-01', 'UTC', '2026-12-01T00:00:00.000Z');
    expectRoundTrip('2026-12-01', 'Pacific/Pago_Pago', '2026-12-01T11:00:00.000Z');
    expectRoundTrip('2027-07-01', LA, '2027-07-01T07:00:00.000Z');
    expect(formatDate('2026-12-01T08:00:00.000Z', 'en-US', LA)).to.equal('Dec 1, 2026');
    expect(formatDate('2026-11-30T10:00:00.000Z', 'en-US', KIRITIMATI)).to.equal('Dec 1, 2026');
  });

  it('accepts tomorrow and the far future', () => {
    expectRoundTrip('2026-11-30', LA, '2026-11-30T08:00:00.000Z');
    expectRoundTrip('2028-02-29', 'UTC', '2028-02-29T00:00:00.000Z');
    expectRoundTrip('9999-12-31', KIRITIMATI, '9999-12-30T10:00:00.000Z');
  });

  it('starts DST-change days at midnight in Los Angeles', () => {
    // Clocks go forward at 02:00 and back at 02:00, so both days still start at midnight with the old offset.
    expectRoundTrip('2027-03-14', LA, '2027-03-14T08:00:00.000Z');
    expectRoundTrip('2027-03-15', LA, '2027-03-15T07:00:00.000Z');
    expectRoundTrip('2027-11-07', LA, '2027-11-07T07:00:00.000Z');
  });

  it('starts a day whose midnight does not exist at 01:00', () => {
    const newYear = new Date('2026-01-01T00:00:00Z');
    // Chile, Cuba and Lebanon move their clocks from 00:00 straight to 01:00 when summer time starts.
    expectRoundTrip('2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z', newYear);
    expectRoundTrip('2026-03-08', 'America/Havana', '2026-03-08T05:00:00.000Z', newYear);
    expectRoundTrip('2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00.000Z', newYear);
    const wall = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Santiago',
      hourCycle: 'h23',
      hour: 'numeric',
      minute: 'numeric',
    });
    expect(wall.format(startOfDayInZone('2026-09-06', 'America/Santiago'))).to.equal('01:00');
    expect(wall.format(new Date('2026-09-06T03:59:59.999Z'))).to.equal('23:59');
    // The day before still starts at midnight.
    expect(startOfDayInZone('2026-09-05', 'America/Santiago').toISOString()).to.equal('2026-09-05T04:00:00.000Z');
  });

  it('starts a skipped day when the next one starts', () => {
    // Kiribati moved across the date line: 1994-12-30 was followed by 1995-01-01.
    expect(startOfDayInZone('1994-12-31', KIRITIMATI).toISOString()).to.equal('1994-12-31T10:00:00.000Z');
    expect(startOfDayInZone('1995-01-01', KIRITIMATI).toISOString()).to.equal('1994-12-31T10:00:00.000Z');
    expect(startOfDayInZone('1994-12-30', KIRITIMATI).toISOString()).to.equal('1994-12-30T10:00:00.000Z');
  });

  it('handles years down to 1 and local mean time', () => {
    expect(startOfDayInZone('0001-01-01', 'UTC').toISOString()).to.equal('0001-01-01T00:00:00.000Z');
    expect(startOfDayInZone('0099-03-01', 'UTC').toISOString()).to.equal('0099-03-01T00:00:00.000Z');
    expect(startOfDayInZone('0001-01-01', 'America/New_York').toISOString()).to.equal('0001-01-01T04:56:02.000Z');
    expect(calendarDateInZone(new Date('0001-01-01T04:56:02Z'), 'America/New_York')).to.equal('0001-01-01');
    // The instant before is in 1 BC, outside the years a date input offers.
    expect(() => calendarDateInZone(new Date('0001-01-01T04:56:01Z'), 'America/New_York')).to.throw(RangeError);
  });

  it('rejects malformed and impossible dates', () => {
    const invalid = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-12-00', '2026-04-31', '2027-02-29', 'abc'];
    invalid.push('+012026-01-01', '2026-1-01', '2026-12-01T00:00', ' 2026-12-01', '0000-12-01');
    for (const date of invalid) {
      expect(expiryFromDate(date, now, 'UTC'), date).to.deep.equal({ valid: false, error: 'date-invalid' });
    }
  });

  it('rejects today and past dates', () => {
    expect(expiryFromDate('2026-11-29', now, LA)).to.deep.equal({ valid: false, error: 'date-too-early' });
    expect(expiryFromDate('2026-11-30', now, 'UTC')).to.deep.equal({ valid: false, error: 'date-too-early' });
    expect(expiryFromDate('2026-11-30', now, KIRITIMATI)).to.deep.equal({ valid: false, error: 'date-too-early' });
    expect(expiryFromDate('2020-01-01', now, 'UTC')).to.deep.equal({ valid: false, error: 'date-too-early' });
    expect(expiryFromDate('0001-01-01', now, 'UTC')).to.deep.equal({ valid: false, error: 'date-too-early' });
  });

  it('means no expiry when nothing is picked', () => {
    expect(expiryFromDate('', now, LA)).to.deep.equal({ valid: true, expiresAt: null });
  });

  it('adds calendar days across months, leap days and years', () => {
    expect(addDays('2026-11-30', 1)).to.equal('2026-12-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-03-14', -14)).to.equal('2027-02-28');
    expect(addDays('0099-12-31', 1)).to.equal('0100-01-01');
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => addDays('9999-12-31', 1)).to.throw(RangeError);
  });

  it('reads the calendar date of an instant in a zone', () => {
    const instant = new Date('2026-11-30T09:30:00Z');
    expect(calendarDateInZone(instant, LA)).to.equal('2026-11-30');
    expect(calendarDateInZone(instant, 'Pacific/Pago_Pago')).to.equal('2026-11-29');
    expect(calendarDateInZone(instant, KIRITIMATI)).to.equal('2026-11-30');
    expect(calendarDateInZone(new Date('2026-11-30T10:00:00Z'), KIRITIMATI)).to.equal('2026-12-01');
    expect(() => calendarDateInZone(new Date(NaN), 'UTC')).to.throw(RangeError);
    expect(() => calendarDateInZone(instant, 'Mars/Olympus_Mons')).to.throw(RangeError);
  });
});
