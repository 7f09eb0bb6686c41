import { expect } from '@open-wc/testing';
import { AccessKeyLimitError } from '../src/api/errors.js';

describe('toolchain', () => {
  it('runs TypeScript in the browser', () => {
    const error = new AccessKeyLimitError(10);
    expect(error.message).to.equal('Access key limit of 10 reached.');
    expect(navigator.userAgent).to.match(/Chrome/);
  });
});
