import { expect } from '@open-wc/testing';
import { NAME_MAX_LENGTH, countCodePoints, normalizeKeyName, validateKeyName } from '../../src/domain/name.js';

describe('domain/name', () => {
  it('accepts 120 ASCII characters and rejects 121', () => {
    expect(NAME_MAX_LENGTH).to.equal(120);
    expect(validateKeyName('a'.repeat(120))).to.deep.equal({ valid: true, name: 'a'.repeat(120), length: 120 });
    expect(validateKeyName('a'.repeat(121))).to.deep.equal({
      valid: false,
      error: 'name-too-long',
      name: 'a'.repeat(121),
      length: 121,
    });
  });

  it('counts an emoji as one character at the limit', () => {
    const atLimit = `${'a'.repeat(119)}🔑`;
    expect(atLimit.length).to.equal(121);
    expect(validateKeyName(atLimit)).to.deep.equal({ valid: true, name: atLimit, length: 120 });

    const overLimit = `${'a'.repeat(120)}🔑`;
    expect(validateKeyName(overLimit)).to.deep.equal({
      valid: false,
      error: 'name-too-long',
      name: overLimit,
      length: 121,
    });
  });

  it('treats white space, NBSP and zero-width characters alone as empty', () => {
    for (const blank of ['', '   ', '\t\n ', '\u00A0\u00A0', '\u200B\u200B', '\uFEFF\u2060 \u200D']) {
      expect(validateKeyName(blank), JSON.stringify(blank)).to.deep.equal({
        valid: false,
        error: 'name-empty',
        name: '',
        length: 0,
      });
    }
  });

  it('trims the ends and keeps interior spaces and ZWJ emoji sequences', () => {
    const family = '👩\u200D👩\u200D👧';
    expect(normalizeKeyName(`\u00A0 CI  deploy ${family}\u200B\n`)).to.equal(`CI  deploy ${family}`);
    expect(validateKeyName(` ${family} `)).to.deep.equal({ valid: true, name: family, length: 5 });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(countCodePoints('')).to.equal(0);
    expect(countCodePoints('prod')).to.equal(4);
    expect(countCodePoints('🔑🔑')).to.equal(2);
    expect(countCodePoints('é')).to.equal(1);
    expect(countCodePoints('e\u0301')).to.equal(2);
    expect(validateKeyName('  prod  ').length).to.equal(4);
  });

  it('takes another maximum', () => {
    expect(validateKeyName('abcd', 3)).to.include({ valid: false, error: 'name-too-long', length: 4 });
    expect(validateKeyName('abc', 3)).to.include({ valid: true, length: 3 });
  });
});
