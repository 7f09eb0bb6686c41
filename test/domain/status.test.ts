import { expect } from '@open-wc/testing';
import { keyStatus, nextStatusChange } from '../../src/domain/status.js';

const expiresAt = '2026-12-01T08:00:00.000Z';
const at = Date.parse(expiresAt);

describe('domain/status', () => {
  it('is active until the instant of expiry and expired from it on', () => {
    expect(keyStatus(expiresAt, new Date(at - 1))).to.equal('active');
    expect(keyStatus(expiresAt, new Date(at))).to.equal('expired');
    expect(keyStatus(expiresAt, new Date(at + 1))).to.equal('expired');
  });

  it('reads expiry instants with an offset', () => {
    expect(keyStatus('2026-12-01T00:00:00-08:00', new Date(at - 1))).to.equal('active');
    expect(keyStatus('2026-12-01T00:00:00-08:00', new Date(at))).to.equal('expired');
  });

  it('never expires a key without an expiry', () => {
    expect(keyStatus(null, new Date('9999-12-31T23:59:59.999Z'))).to.equal('active');
    expect(nextStatusChange(null, new Date(at))).to.equal(null);
  });

  it('schedules the next change at the expiry while it is ahead', () => {
    expect(nextStatusChange(expiresAt, new Date(at - 60_000))?.toISOString()).to.equal(expiresAt);
    expect(nextStatusChange(expiresAt, new Date(at - 1))?.toISOString()).to.equal(expiresAt);
    expect(nextStatusChange(expiresAt, new Date(at))).to.equal(null);
    expect(nextStatusChange(expiresAt, new Date(at + 1))).to.equal(null);
  });
});
