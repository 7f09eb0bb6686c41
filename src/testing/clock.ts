/** A clock a test moves by hand. */
export interface TestClock {
  /** The clock's current time (a new `Date` each call). */
  now(): Date;
  /** Moves the clock to `date`. */
  set(date: Date): void;
  /** Moves the clock forward by `ms` milliseconds (backward when negative). */
  advance(ms: number): void;
}

/**
 * A controllable clock for the memory adapter, so creation dates and its expiry check are deterministic:
 *
 * ```ts
 * const clock = createTestClock(new Date('2026-11-29T12:00:00Z'));
 * const api = new MemoryAccessKeyApi({ now: clock.now });
 * await api.generateKey({ name: 'CI', expiresAt: null }); // createdAt: 2026-11-29T12:00:00.000Z
 * clock.advance(24 * 60 * 60 * 1000);
 * ```
 *
 * It moves only the adapter's time. The elements read the browser's own clock: a bar computes Active/Expired and
 * "last used … ago" from `new Date()` and re-renders with `setTimeout` when the status flips, and the generate
 * dialog offers dates from tomorrow on. To see a key expire while the page is open, fake the browser's timers too
 * and move both together, e.g. with sinon:
 *
 * ```ts
 * const start = new Date('2026-11-29T12:00:00Z');
 * const timers = sinon.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
 * const clock = createTestClock(start);
 * // … render a key that expires in one second, then:
 * clock.advance(1000);
 * timers.tick(1000);
 * expect(await bar.getStatus()).to.equal('Expired');
 * timers.restore();
 * ```
 *
 * (Without fake timers, give keys an `expiresAt` a moment ahead and wait for it.) The harnesses keep working under
 * fake timers: they wait with message-channel tasks and measure their timeout with the real clock.
 */
export function createTestClock(start: Date): TestClock {
  let time = validTime(start);
  return {
    now: () => new Date(time),
    set(date) {
      time = validTime(date);
    },
    advance(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`Cannot advance the clock by ${ms} ms`);
      time += ms;
    },
  };
}

function validTime(date: Date): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError('The test clock needs a valid Date');
  return time;
}
