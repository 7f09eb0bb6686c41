import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/key-limit-dialog/define.js';
import '../src/locales/define.js';
import { KeyLimitDialogHarness } from '../src/testing/index.js';
import { pressShiftTab } from './helpers/keys.js';

async function setupTest() {
  const root = await fixture<HTMLDivElement>(html`<div>
    <button id="trigger">+ Access key</button>
    <key-limit-dialog></key-limit-dialog>
  </div>`);
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const element = root.querySelector('key-limit-dialog')!;
  trigger.focus();
  element.show();
  await element.updateComplete;
  const dialog = element.shadowRoot!.querySelector('dialog')!;
  const closeButton = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
  return { element, trigger, dialog, closeButton };
}

describe('key-limit-dialog', () => {
  it('shows the seed text in a labelled modal dialog with focus on its one button', async () => {
    const { element, dialog, closeButton } = await setupTest();
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Cannot add another key');
    expect(dialog.textContent).to.contain('To generate a new key, you need to remove an existing one.');
    expect(element.shadowRoot!.activeElement).to.equal(closeButton);
    expect(closeButton.textContent!.trim()).to.equal('Close');
    await expect(element).to.be.accessible();
  });

  it('closes with its button and returns focus to the trigger', async () => {
    const { element, trigger } = await setupTest();
    const closed = oneEvent(element, 'close');
    await new KeyLimitDialogHarness(element).close();
    await closed;
    expect(element.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
  });

  it('closes on Escape and keeps Tab inside', async () => {
    const { element, trigger, closeButton } = await setupTest();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(closeButton);
    await pressShiftTab();
    expect(element.shadowRoot!.activeElement).to.equal(closeButton);
    const closed = oneEvent(element, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(element.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
  });

  it('speaks the locale of the nearest lang', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="de"><key-limit-dialog open></key-limit-dialog></div>`);
    const element = root.querySelector('key-limit-dialog')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kein weiterer Schlüssel möglich');
  });
});
