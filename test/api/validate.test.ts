import { expect } from '@open-wc/testing';
import { AccessKeyRequestError } from '../../src/api/errors.js';
import { parseAccessKey, parseAccessKeyList, parseGeneratedAccessKey, withoutSecret } from '../../src/api/validate.js';
import { isIsoInstant } from '../../src/domain/instant.js';

const SECRET_LOOKING = 'ak_s3cr3t-value-that-must-not-leak';

function goodKey(): Record<string, unknown> {
  return {
    id: 'k1',
    name: 'CI pipeline',
    visiblePart: 'a1b2',
    createdAt: '2025-03-01T10:00:00.000Z',
    expiresAt: '2026-01-01T00:00:00+01:00',
    lastUsedAt: null,
  };
}

/** Asserts that `parse` rejects with a message that names `field` and never contains the offending value. */
function expectFieldError(parse: () => unknown, field: string, value: unknown): void {
  let error: unknown;
  try {
    parse();
  } catch (caught) {
    error = caught;
  }
  expect(error, `no error for ${field}`).to.be.instanceOf(AccessKeyRequestError);
  const { message } = error as Error;
  expect(message).to.contain(`"${field}"`);
  if (typeof value === 'string' && value.length > 0) expect(message).not.to.contain(value);
}

describe('validate', () => {
  it('accepts a good key and returns a fresh object with only the known fields', () => {
    const input = { ...goodKey(), secret: SECRET_LOOKING, extra: { nested: true } };
    const key = parseAccessKey(input);
    expect(key).to.deep.equal(goodKey());
    expect(key).not.to.equal(input);
    expect(key).not.to.have.property('secret');
  });

  it('accepts null expiry and last use, and every instant form a backend may send', () => {
    for (const instant of ['2025-03-01T10:00Z', '2025-03-01T10:00:59Z', '2025-03-01T10:00:00.123456-07:00']) {
      const key = parseAccessKey({ ...goodKey(), createdAt: instant, expiresAt: null, lastUsedAt: instant });
      expect(key.createdAt).to.equal(instant);
      expect(key.lastUsedAt).to.equal(instant);
    }
  });

  it('keeps the secret of a generated key and requires it', () => {
    const generated = parseGeneratedAccessKey({ ...goodKey(), secret: SECRET_LOOKING, extra: 1 });
    expect(generated).to.deep.equal({ ...goodKey(), secret: SECRET_LOOKING });
    expectFieldError(() => parseGeneratedAccessKey(goodKey()), 'secret', undefined);
    expectFieldError(() => parseGeneratedAccessKey({ ...goodKey(), secret: '' }), 'secret', '');
    expectFieldError(() => parseGeneratedAccessKey({ ...goodKey(), secret: 42 }), 'secret', 42);
  });

  it('names each wrong field without echoing its value', () => {
    const cases: Array<[string, unknown]> = [
      ['id', ''],
      ['id', 7],
      ['id', undefined],
      ['name', ''],
      ['name', null],
      ['visiblePart', ''],
      ['visiblePart', ['a1b2']],
      ['createdAt', null],
      ['createdAt', SECRET_LOOKING],
      ['createdAt', '2025-03-01'],
      ['createdAt', '2025-03-01T10:00:00'],
      ['createdAt', '2025-02-30T10:00:00Z'],
      ['createdAt', '2025-03-01T24:00:00Z'],
      ['createdAt', '2025-03-01T10:00:00+25:00'],
      ['createdAt', 1740823200000],
      ['expiresAt', 'tomorrow'],
      ['expiresAt', undefined],
      ['lastUsedAt', 'Sat, 01 Mar 2025 10:00:00 GMT'],
      ['lastUsedAt', {}],
    ];
    for (const [field, value] of cases) {
      expectFieldError(() => parseAccessKey({ ...goodKey(), [field]: value }), field, value);
    }
  });

  it('keeps previousSecretExpiresAt when a backend sends it, and leaves it absent when not', () => {
    const until = '2026-01-02T00:00:00Z';
    expect(parseAccessKey({ ...goodKey(), previousSecretExpiresAt: until })).to.deep.equal({
      ...goodKey(),
      previousSecretExpiresAt: until,
    });
    expect(parseAccessKey({ ...goodKey(), previousSecretExpiresAt: null })).to.have.property('previousSecretExpiresAt', null);
    expect(parseAccessKey(goodKey())).not.to.have.property('previousSecretExpiresAt');
    expect(parseGeneratedAccessKey({ ...goodKey(), secret: SECRET_LOOKING, previousSecretExpiresAt: until }))
      .to.have.property('previousSecretExpiresAt', until);
    for (const value of ['tomorrow', 0, {}, SECRET_LOOKING]) {
      expectFieldError(() => parseAccessKey({ ...goodKey(), previousSecretExpiresAt: value }), 'previousSecretExpiresAt', value);
    }
  });

  it('withoutSecret keeps the metadata, previousSecretExpiresAt included, and drops the secret', () => {
    const until = '2026-01-02T00:00:00Z';
    const generated = parseGeneratedAccessKey({ ...goodKey(), secret: SECRET_LOOKING, previousSecretExpiresAt: until });
    expect(withoutSecret(generated)).to.deep.equal({ ...goodKey(), previousSecretExpiresAt: until });
    expect(withoutSecret(parseGeneratedAccessKey({ ...goodKey(), secret: SECRET_LOOKING }))).to.deep.equal(goodKey());
  });

  it('rejects what is not an object', () => {
    for (const value of [null, undefined, 'k1', 3, [goodKey()]]) {
      expect(() => parseAccessKey(value)).to.throw(AccessKeyRequestError, 'expected an object');
    }
  });

  it('parses a list and names the index of the first bad item', () => {
    expect(parseAccessKeyList([])).to.deep.equal([]);
    expect(parseAccessKeyList([goodKey(), { ...goodKey(), id: 'k2', extra: 1 }])).to.deep.equal([
      goodKey(),
      { ...goodKey(), id: 'k2' },
    ]);
    expect(() => parseAccessKeyList({ items: [] })).to.throw(AccessKeyRequestError, 'expected an array');
    expect(() => parseAccessKeyList([goodKey(), { ...goodKey(), name: SECRET_LOOKING, id: 1 }]))
      .to.throw(AccessKeyRequestError, /index 1: "id"/)
      .with.property('message')
      .that.does.not.contain(SECRET_LOOKING);
  });

  it('knows a real instant from a lookalike', () => {
    expect(isIsoInstant('2024-02-29T00:00:00Z')).to.equal(true);
    expect(isIsoInstant('2023-02-29T00:00:00Z')).to.equal(false);
    expect(isIsoInstant('2025-13-01T00:00:00Z')).to.equal(false);
    expect(isIsoInstant(' 2025-03-01T10:00:00Z')).to.equal(false);
    expect(isIsoInstant(new Date())).to.equal(false);
  });
});
