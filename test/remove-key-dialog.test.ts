// What the remove dialog says and asks. The modal behaviour, the request contract and the language are tested once for
// every dialog in test/internal/dialog-base.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AccessKey } from '../src/api/types.js';
import '../src/remove-key-dialog/define.js';
import '../src/locales/ar.js';
import { RemoveKeyDialogHarness } from '../src/testing/index.js';
import { genericError, makeKey } from './helpers/fixtures.js';
import { part } from './helpers/dom.js';

async function setupTest(key: AccessKey = makeKey(), { lang = 'en', dir = 'ltr' } = {}) {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}>
    <remove-key-dialog></remove-key-dialog>
  </div>`);
  const element = root.querySelector('remove-key-dialog')!;
  const requests: AccessKey[] = [];
  element.addEventListener('access-key-remove-request', (event) => requests.push(event.key));
  element.show(key);
  await element.updateComplete;
  return { element, requests, dialog: new RemoveKeyDialogHarness(element) };
}

describe('remove-key-dialog', () => {
  it('names the key and what removing it does, with Cancel focused', async () => {
    const { element, dialog } = await setupTest();
    expect(await dialog.getTitle()).to.equal('Remove access key');
    expect([await dialog.getKeyName(), await dialog.getVisiblePart()]).to.deep.equal(['CI pipeline', '••••a1b2']);
    expect(await dialog.getDescription()).to.equal(
      'CI pipeline Key ending ••••a1b2 Apps and scripts that use this key will stop working. This cannot be undone.',
    );
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'cancel-button'));
    expect(part(element, 'confirm-button').hasAttribute('aria-disabled')).to.be.false;
    expect(await dialog.getError()).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('renders an HTML payload in the name and the visible part as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { element, dialog } = await setupTest(makeKey({ name: payload, visiblePart: '<b>x</b>' }));
    expect(await dialog.getKeyName()).to.equal(payload);
    expect(await dialog.getVisiblePart()).to.equal('••••<b>x</b>');
    expect(element.shadowRoot!.querySelector('img, b')).to.be.null;
  });

  it('asks its host to remove exactly the key it names', async () => {
    const key = makeKey();
    const { element, requests, dialog } = await setupTest(key);
    await dialog.clickConfirm();
    expect(requests).to.deep.equal([key]);
    expect(await dialog.isBusy()).to.be.true;
    expect(element.shadowRoot!.textContent).to.contain('Removing…');
  });

  it('keeps the key named with the error, and Confirm retries', async () => {
    const { element, requests, dialog } = await setupTest();
    await dialog.clickConfirm();
    element.showError();
    expect(await dialog.getError()).to.equal(genericError);
    expect([await dialog.isOpen(), await dialog.getKeyName(), await dialog.isBusy()]).to.deep.equal([
      true,
      'CI pipeline',
      false,
    ]);
    await dialog.clickConfirm();
    expect(requests).to.have.length(2);
  });

  it('forgets the key when it closes, and names the next one it is shown with', async () => {
    const { element, dialog } = await setupTest();
    await dialog.cancel();
    expect(element.key).to.be.null;
    element.show(makeKey({ id: 'key-2', name: 'Release bot' }));
    expect(await dialog.getKeyName()).to.equal('Release bot');
  });

  it('wraps a long name at 320 px instead of scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element } = await setupTest(makeKey({ name: 'productiondeploymentpipeline'.repeat(4) }));
      const native = part(element, 'dialog');
      expect(native.scrollWidth).to.be.at.most(native.clientWidth);
      expect(native.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks Arabic right to left, the name isolated and the visible part left to right', async () => {
    const { element, dialog } = await setupTest(makeKey({ name: 'مفتاح CI' }), { lang: 'ar', dir: 'rtl' });
    expect(await dialog.getTitle()).to.equal('إزالة مفتاح الوصول');
    expect(part(element, 'name').localName).to.equal('bdi');
    expect(getComputedStyle(part(element, 'visible-part')).direction).to.equal('ltr');
    expect([await dialog.getKeyName(), await dialog.getVisiblePart()]).to.deep.equal(['مفتاح CI', '••••a1b2']);
    await expect(element).to.be.accessible();
  });
});
