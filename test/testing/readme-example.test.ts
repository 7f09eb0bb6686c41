// The README's "Testing your page" snippet, line for line (imports pointed at src/), so the README cannot rot.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AccessKeySectionHarness, FaultInjectingAccessKeyApi, stubClipboard } from '../../src/testing/index.js';

describe('README: Testing your page', () => {
  it('runs as written', async () => {
    const clipboard = stubClipboard();
    const api = new FaultInjectingAccessKeyApi();
    const section = new AccessKeySectionHarness(await fixture(html`<access-key-section .api=${api}></access-key-section>`));
    const reveal = await section.generateKey({ name: 'Deploy bot' });
    await reveal.copy();
    await reveal.close();
    expect(await section.getKeyNames()).to.deep.equal(['Deploy bot']);
    api.failNext('remove', 'error');
    const dialog = await section.removeKey('Deploy bot');
    await dialog.confirm();
    expect(await dialog.getError()).to.match(/^Something went wrong/);
    clipboard.restore();
  });
});
