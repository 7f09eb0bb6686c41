// Development warnings: a developer sees in the console why the UI shows the generic error, or runs on its own
// adapter, and nothing a user typed or owns is in them. (Production builds leave them out: scripts/check-pack.mjs.)
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { RestAccessKeyApi } from '../src/api/rest-api.js';
import '../src/access-key-section/define.js';
import { FaultInjectingAccessKeyApi } from '../src/testing/index.js';
import { makeKeys, renderSection } from './helpers/fixtures.js';

describe('development warnings', () => {
  afterEach(() => sinon.restore());

  it('say which operation failed and why, without the key, its name or the response body', async () => {
    const warn = sinon.stub(console, 'warn');
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(1, 'Payroll export') });
    const { section } = await renderSection({ api });
    api.failNext('remove', new Error('Backend unavailable'));
    await (await section.removeKey('Payroll export 1')).confirm();
    expect(warn.args.map(([message]) => String(message))).to.deep.equal([
      'access-key-elements: remove failed, so the section shows its generic error. Error: Backend unavailable',
    ]);
  });

  it('name a failing headers function of the REST adapter, which the UI only shows as the generic error', async () => {
    const warn = sinon.stub(console, 'warn');
    const api = new RestAccessKeyApi({
      baseUrl: '/test-api/never',
      headers: () => {
        throw new Error('token expired');
      },
    });
    const { section } = await renderSection({ api });
    expect(await section.getListError()).to.contain('Your keys could not be loaded.');
    expect(String(warn.firstCall.args[0])).to.equal(
      'access-key-elements: list failed, so the section shows its generic error. AccessKeyRequestError: Could not prepare the request headers',
    );
  });

  it('say so when the adapter arrives as an attribute', async () => {
    const warn = sinon.stub(console, 'warn');
    await fixture(html`<access-key-section api="[object Object]"></access-key-section>`);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('got `api` as an attribute');
  });
});
