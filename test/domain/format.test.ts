import { expect } from '@open-wc/testing';
import { formatDate, formatMoment, formatRelative } from '../../src/domain/format.js';
import { isIsoInstant } from '../../src/domain/instant.js';

// Midnight on Nov 30 in Los Angeles, 22:00 the same day in Kiritimati.
const instant = '2026-11-30T08:00:00Z';
const LA = 'America/Los_Angeles';
const KIRITIMATI = 'Pacific/Kiritimati';
const RLM = '\u200F';

const now = new Date(instant);
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('domain/format', () => {
  it('formats the day in a pinned zone', () => {
    expect(formatDate(instant, 'en-US', LA)).to.equal('Nov 30, 2026');
    expect(formatDate(instant, 'de-DE', LA)).to.equal('30.11.2026');
    expect(formatDate(instant, 'ar', LA)).to.equal(`30${RLM}/11${RLM}/2026`);
    expect(formatDate('2026-11-30T07:59:59Z', 'en-US', LA)).to.equal('Nov 29, 2026');
    expect(formatDate('2026-11-30T10:00:00Z', 'en-US', KIRITIMATI)).to.equal('Dec 1, 2026');
  });

  it('formats the runtime’s zone when none is given', () => {
    expect(formatDate('2026-11-30T23:59:59Z', 'en-US')).to.equal('Nov 30, 2026');
    expect(formatMoment(instant, 'en-US')).to.equal('November 30, 2026 at 8:00:00 AM UTC');
  });

  it('formats the exact moment with its zone', () => {
    expect(formatMoment(instant, 'en-US', LA)).to.equal('November 30, 2026 at 12:00:00 AM PST');
    expect(formatMoment(instant, 'en-US', KIRITIMATI)).to.equal('November 30, 2026 at 10:00:00 PM GMT+14');
    expect(formatMoment(instant, 'de-DE', LA)).to.equal('30. November 2026 um 00:00:00 GMT-8');
    expect(formatMoment(instant, 'de-DE', 'Europe/Berlin')).to.equal('30. November 2026 um 09:00:00 MEZ');
    expect(formatMoment(instant, 'ar', LA)).to.equal('30 نوفمبر 2026 في 12:00:00 ص غرينتش-8');
    expect(formatMoment(instant, 'ar', KIRITIMATI)).to.equal('30 نوفمبر 2026 في 10:00:00 م غرينتش+14');
  });

  it('accepts Date objects and instants with an offset', () => {
    expect(formatMoment(now, 'en-US', LA)).to.equal('November 30, 2026 at 12:00:00 AM PST');
    expect(formatMoment('2026-11-30T00:00:00.000-08:00', 'en-US', LA)).to.equal('November 30, 2026 at 12:00:00 AM PST');
  });

  it('says how long ago in English', () => {
    expect(formatRelative(ago(30_000), now, 'en-US')).to.equal('now');
    expect(formatRelative(ago(-30_000), now, 'en-US')).to.equal('now');
    expect(formatRelative(ago(5 * MINUTE), now, 'en-US')).to.equal('5 minutes ago');
    expect(formatRelative(ago(-5 * MINUTE), now, 'en-US')).to.equal('in 5 minutes');
    expect(formatRelative(ago(59 * MINUTE), now, 'en-US')).to.equal('59 minutes ago');
    expect(formatRelative(ago(3 * 60 * MINUTE), now, 'en-US')).to.equal('3 hours ago');
    expect(formatRelative(ago(DAY), now, 'en-US')).to.equal('yesterday');
    expect(formatRelative(ago(-DAY), now, 'en-US')).to.equal('tomorrow');
    expect(formatRelative(ago(2 * DAY), now, 'en-US')).to.equal('2 days ago');
    expect(formatRelative(ago(29 * DAY), now, 'en-US')).to.equal('29 days ago');
    expect(formatRelative(ago(30 * DAY), now, 'en-US')).to.equal('last month');
    expect(formatRelative(ago(91 * DAY), now, 'en-US')).to.equal('3 months ago');
    expect(formatRelative(ago(360 * DAY), now, 'en-US')).to.equal('last year');
    expect(formatRelative(ago(-800 * DAY), now, 'en-US')).to.equal('in 2 years');
    expect(formatRelative('2026-11-30T07:55:00Z', now, 'en-US')).to.equal('5 minutes ago');
  });

  it('says how long ago in German and Arabic', () => {
    expect(formatRelative(ago(0), now, 'de-DE')).to.equal('jetzt');
    expect(formatRelative(ago(5 * MINUTE), now, 'de-DE')).to.equal('vor 5 Minuten');
    expect(formatRelative(ago(DAY), now, 'de-DE')).to.equal('gestern');
    expect(formatRelative(ago(2 * DAY), now, 'de-DE')).to.equal('vorgestern');
    expect(formatRelative(ago(91 * DAY), now, 'de-DE')).to.equal('vor 3 Monaten');
    expect(formatRelative(ago(0), now, 'ar')).to.equal('الآن');
    expect(formatRelative(ago(5 * MINUTE), now, 'ar')).to.equal('قبل 5 دقائق');
    expect(formatRelative(ago(DAY), now, 'ar')).to.equal('أمس');
    expect(formatRelative(ago(91 * DAY), now, 'ar')).to.equal('قبل 3 أشهر');
  });

  it('throws a RangeError rather than render an invalid instant', () => {
    for (const bad of ['', 'soon', '2026-11-30', '2026-02-30T00:00:00Z', 'Mon Nov 30 2026']) {
      expect(() => formatDate(bad, 'en-US'), bad).to.throw(RangeError);
      expect(() => formatMoment(bad, 'en-US'), bad).to.throw(RangeError);
      expect(() => formatRelative(bad, now, 'en-US'), bad).to.throw(RangeError);
    }
    expect(() => formatDate(new Date(NaN), 'en-US')).to.throw(RangeError);
    expect(() => formatRelative(now, new Date(NaN), 'en-US')).to.throw(RangeError);
    expect(() => formatDate(instant, 'en-US', 'Mars/Olympus_Mons')).to.throw(RangeError);
  });

  it('recognises strict ISO instants only', () => {
    for (const good of [
      '2026-11-29T10:00:00Z',
      '2026-11-29T10:00:00.123Z',
      '2026-11-29T10:00:00.5+01:00',
      '2026-11-29T10:00:00-08:00',
      '2026-11-29T10:00Z', // ISO 8601 lets seconds go; some backends drop them
      '2028-02-29T23:59:59Z',
    ]) {
      expect(isIsoInstant(good), good).to.equal(true);
    }
    for (const bad of [
      undefined,
      null,
      1764403200000,
      new Date(instant),
      '',
      '2026-11-29',
      '2026-11-29T10:00:00',
      '2026-11-29 10:00:00Z',
      '2026-11-29t10:00:00z',
      '2026-02-30T10:00:00Z',
      '2027-02-29T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-11-29T24:00:00Z',
      '2026-11-29T10:60:00Z',
      '2026-11-29T10:00:00+0100',
      '2026-11-29T10:00:00+24:00',
      '+012026-11-29T10:00:00Z',
      'Sun, 29 Nov 2026 10:00:00 GMT',
    ]) {
      expect(isIsoInstant(bad), String(bad)).to.equal(false);
    }
  });

  it('reuses its formatters and gives the same output every time', () => {
    const outputs = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const day = formatDate(instant, 'de-DE', LA);
      outputs.add(`${day} | ${formatMoment(instant, 'en-US', LA)} | ${formatRelative(ago(DAY), now, 'ar')}`);
    }
    expect([...outputs]).to.deep.equal(['30.11.2026 | November 30, 2026 at 12:00:00 AM PST | أمس']);
  });
});
