import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AccessKey } from '../src/api/types.js';
import type { DialogCloseEvent, RemoveKeyRequestEvent } from '../src/events.js';
import '../src/remove-key-dialog/define.js';
import '../src/locales/define.js';
import { genericError, makeKey } from './helpers/fixtures.js';
import { RemoveKeyDialogHarness } from '../src/testing/index.js';
import { pressShiftTab } from './helpers/keys.js';

const ciKey = makeKey();


async function setupTest(key: AccessKey = ciKey, lang = 'en', dir = 'ltr') {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}>
    <button id="trigger">Remove</button>
    <remove-key-dialog></remove-key-dialog>
  </div>`);
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const element = root.querySelector('remove-key-dialog')!;
  // What the host receives: one entry per `remove-key-request`.
  const requests: AccessKey[] = [];
  element.addEventListener('remove-key-request', (event) => requests.push(event.key));
  trigger.focus();
  element.show(key);
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  const dialog = shadow.querySelector('dialog')!;
  const confirmButton = shadow.querySelector<HTMLButtonElement>('[part="confirm-button"]')!;
  const cancelButton = shadow.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;
  const alert = shadow.querySelector<HTMLElement>('[role="alert"]')!;
  const keyName = () => shadow.querySelector('[part="key-name"] bdi')?.textContent;
  const visiblePart = () => shadow.querySelector('[part="key-name"] [dir="ltr"]')?.textContent;
  return { element, trigger, dialog, confirmButton, cancelButton, alert, requests, keyName, visiblePart };
}

describe('remove-key-dialog', () => {
  it('names the key in a modal dialog with focus on Cancel', async () => {
    const { element, dialog, confirmButton, cancelButton, alert, keyName, visiblePart } = await setupTest();
    expect(dialog.matches(':modal')).to.be.true;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Remove access key');
    expect(keyName()).to.equal('CI pipeline');
    expect(visiblePart()).to.equal('••••a1b2');
    expect(dialog.textContent).to.contain(
      'Apps and scripts that use this key will stop working. This cannot be undone.',
    );
    expect(element.shadowRoot!.activeElement).to.equal(cancelButton);
    expect(cancelButton.textContent!.trim()).to.equal('Cancel');
    expect(confirmButton.textContent!.trim()).to.equal('Confirm');
    expect(confirmButton.hasAttribute('aria-disabled')).to.be.false;
    expect(alert.textContent).to.equal('');
    expect(element.busy).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('renders an HTML payload in the name as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { element, keyName } = await setupTest({ ...ciKey, name: payload, visiblePart: '<b>x</b>' });
    expect(keyName()).to.equal(payload);
    expect(element.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(element.shadowRoot!.querySelector('[part="key-name"] [dir="ltr"]')!.textContent).to.equal('••••<b>x</b>');
  });

  it('asks the host once to remove the key, even on a double click, and shows it is busy', async () => {
    const { element, confirmButton, cancelButton, requests } = await setupTest();
    confirmButton.click();
    confirmButton.click();
    await element.updateComplete;
    expect(requests).to.deep.equal([ciKey]);
    expect(element.busy).to.be.true;
    expect(element.hasAttribute('busy')).to.be.true;
    expect(confirmButton.textContent!.trim()).to.equal('Removing…');
    expect(confirmButton.getAttribute('aria-disabled')).to.equal('true');
    expect(confirmButton.disabled).to.be.false;
    confirmButton.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(requests).to.have.length(1);
    expect(cancelButton.getAttribute('aria-disabled')).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('stays busy-free when the host cancels the request', async () => {
    const { element, confirmButton } = await setupTest();
    element.addEventListener('remove-key-request', (event) => event.preventDefault());
    confirmButton.click();
    await element.updateComplete;
    expect(element.busy).to.be.false;
    expect(confirmButton.textContent!.trim()).to.equal('Confirm');
  });

  it('shows the error with the key still named, and Confirm retries', async () => {
    const { element, dialog, confirmButton, alert, requests, keyName } = await setupTest();
    confirmButton.click();
    element.error = genericError;
    element.busy = false;
    await element.updateComplete;
    expect(element.open).to.be.true;
    expect(dialog.open).to.be.true;
    expect(alert.textContent).to.equal(genericError);
    expect(keyName()).to.equal('CI pipeline');
    expect(confirmButton.textContent!.trim()).to.equal('Confirm');
    expect(confirmButton.hasAttribute('aria-disabled')).to.be.false;
    await expect(element).to.be.accessible();

    confirmButton.click();
    await element.updateComplete;
    expect(requests).to.have.length(2);
    expect(alert.textContent).to.equal('');
    expect(element.busy).to.be.true;
  });

  it('closes on Cancel with reason cancel, returns focus and forgets the key', async () => {
    const { element, trigger } = await setupTest();
    const closed = oneEvent<DialogCloseEvent>(element, 'close');
    await new RemoveKeyDialogHarness(element).cancel();
    expect((await closed).reason).to.equal('cancel');
    expect(element.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
    expect(element.key).to.be.null;
  });

  it('closes on Escape even while busy, and resets busy and error', async () => {
    const { element, trigger, confirmButton } = await setupTest();
    confirmButton.click();
    element.error = genericError;
    await element.updateComplete;
    const closed = oneEvent<DialogCloseEvent>(element, 'close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).reason).to.equal('cancel');
    expect(document.activeElement).to.equal(trigger);
    expect(element.busy).to.be.false;
    expect(element.hasAttribute('busy')).to.be.false;
    expect(element.error).to.equal('');
    expect(element.key).to.be.null;
  });

  it('closes with reason confirm when the host has removed the key', async () => {
    const { element, trigger, confirmButton } = await setupTest();
    const request = oneEvent<RemoveKeyRequestEvent>(element, 'remove-key-request');
    confirmButton.click();
    expect((await request).key.id).to.equal('key-1');
    const closed = oneEvent<DialogCloseEvent>(element, 'close');
    await element.close('confirm');
    expect((await closed).reason).to.equal('confirm');
    expect(document.activeElement).to.equal(trigger);
    expect(element.busy).to.be.false;
  });

  it('runs from the keyboard alone: Tab stays inside, Enter confirms', async () => {
    const { element, confirmButton, cancelButton, requests } = await setupTest();
    const active = () => element.shadowRoot!.activeElement;
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(confirmButton);
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(cancelButton);
    await pressShiftTab();
    expect(active()).to.equal(confirmButton);
    await sendKeys({ press: 'Enter' });
    expect(requests).to.deep.equal([ciKey]);
  });

  it('wraps a long name at 320 px instead of scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { dialog } = await setupTest({ ...ciKey, name: 'productiondeploymentpipeline'.repeat(4) });
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks Arabic right to left, the name isolated from the layout direction', async () => {
    const { element, confirmButton, keyName, visiblePart } = await setupTest(
      { ...ciKey, name: 'مفتاح CI' },
      'ar',
      'rtl',
    );
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('إزالة مفتاح الوصول');
    expect(confirmButton.textContent!.trim()).to.equal('تأكيد');
    expect(element.shadowRoot!.querySelector('[part="key-name"] bdi')).to.exist;
    expect(keyName()).to.equal('مفتاح CI');
    expect(visiblePart()).to.equal('••••a1b2');
    await expect(element).to.be.accessible();
  });
});
