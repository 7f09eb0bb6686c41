// The form's own rules. The modal behaviour, the request contract (one request, busy, showError, reset on close) and
// the language are tested once for every dialog in test/internal/dialog-base.test.ts; the Valid till choice (presets,
// custom dates, the lifetime policy), shared with the regenerate dialog, in test/internal/expiry-field.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AccessKeyGenerateRequestEvent } from '../src/events.js';
import '../src/generate-key-dialog/define.js';
import '../src/locales/de.js';
import { germanMessages } from '../src/locales/de.js';
import { GenerateKeyDialogHarness } from '../src/testing/index.js';
import { part, pressShiftTab } from './helpers/dom.js';

async function setupTest({ lang = 'en', timeZone = 'America/Los_Angeles' } = {}) {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <generate-key-dialog time-zone=${timeZone}></generate-key-dialog>
  </div>`);
  const element = root.querySelector('generate-key-dialog')!;
  const requests: AccessKeyGenerateRequestEvent['input'][] = [];
  element.addEventListener('access-key-generate-request', (event) => requests.push(event.input));
  element.show();
  await element.updateComplete;
  const dialog = new GenerateKeyDialogHarness(element, lang === 'de' ? { messages: germanMessages } : {});
  const nameInput = part<HTMLInputElement>(element, 'name-input');
  return { element, dialog, requests, nameInput, timeZone };
}

/** What a screen reader reads as the field's description, with the narrow spaces `Intl` puts in times made plain. */
function description(input: HTMLElement): string {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)!.textContent!.trim())
    .join(' | ')
    .replace(/\s/g, ' ');
}

describe('generate-key-dialog', () => {
  it('opens with a labelled, empty Name, the counter at 0 and Valid till at No expiry', async () => {
    const { element, dialog, nameInput } = await setupTest();
    const select = part<HTMLSelectElement>(element, 'expiry-select');
    expect(await dialog.getTitle()).to.equal('Generate access key');
    expect([nameInput.labels![0].textContent, select.labels![0].textContent]).to.deep.equal(['Name', 'Valid till']);
    expect(description(nameInput)).to.equal('Up to 120 characters. Required. | 0/120');
    expect(part(element, 'name-counter').textContent!.trim()).to.equal('0/120');
    expect(description(select)).to.equal('Optional. Without a date the key does not expire.');
    expect(await dialog.getExpiryChoice()).to.equal('none');
    expect(await dialog.getError()).to.equal('');
    expect(part(element, 'error').getAttribute('role')).to.equal('alert');
    await expect(element).to.be.accessible();
  });

  it('does not spell-check or capitalise a name, and shows its counter on its own line at the field\'s end', async () => {
    const { element, nameInput } = await setupTest();
    expect([nameInput.spellcheck, nameInput.getAttribute('autocapitalize')]).to.deep.equal([false, 'off']);
    const [field, counter] = [nameInput, part(element, 'name-counter')].map((box) => box.getBoundingClientRect());
    const range = document.createRange();
    range.selectNodeContents(part(element, 'name-counter'));
    expect(counter.top).to.be.at.least(field.bottom);
    expect(Math.abs(range.getBoundingClientRect().right - field.right)).to.be.below(2);
  });

  it('refuses an empty or blank name with a message tied to the field, focusing it, and asks nothing', async () => {
    const { element, dialog, requests, nameInput } = await setupTest();
    await dialog.submit();
    expect(await dialog.getNameError()).to.equal('Enter a name for the key.');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(nameInput);
    await expect(element).to.be.accessible();

    await dialog.setName(' \u00A0\u200B\t ');
    expect(await dialog.getCounter()).to.equal('0/120');
    await sendKeys({ press: 'Enter' });
    expect(await dialog.getNameError()).to.equal('Enter a name for the key.');
    expect(requests).to.have.length(0);
  });

  it('shows a message once the field is left, not while typing, and clears it once the name is valid', async () => {
    const { dialog } = await setupTest();
    await sendKeys({ type: ' ' });
    expect(await dialog.getNameError()).to.be.null;
    await sendKeys({ press: 'Tab' });
    expect(await dialog.getNameError()).to.equal('Enter a name for the key.');
    await pressShiftTab();
    await sendKeys({ type: 'x' });
    expect(await dialog.getNameError()).to.be.null;
  });

  it('counts code points of the trimmed name and refuses more than 120', async () => {
    const { element, dialog, requests, nameInput } = await setupTest();
    await dialog.setName('a'.repeat(121));
    expect(await dialog.getCounter()).to.equal('121/120');
    expect(part(element, 'name-counter').classList.contains('over')).to.be.true;
    await dialog.submit();
    expect(await dialog.getNameError()).to.equal('The name can have up to 120 characters; it has 121.');
    expect(requests).to.have.length(0);
    await expect(element).to.be.accessible();

    await dialog.setName(` ${'a'.repeat(120)} `);
    expect(await dialog.getCounter()).to.equal('120/120');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');

    const name = `${'b'.repeat(119)}😀`;
    await dialog.setName(name);
    expect(await dialog.getCounter()).to.equal('120/120');
    await dialog.clickGenerate();
    expect(requests.map((request) => request.name)).to.deep.equal([name]);
  });

  it('sends the trimmed name and the chosen expiry', async () => {
    const { dialog, requests } = await setupTest();
    await dialog.setName('  CI runner  ');
    await dialog.pickDate('2099-01-15');
    await dialog.clickGenerate();
    expect(requests).to.deep.equal([{ name: 'CI runner', expiresAt: '2099-01-15T08:00:00.000Z' }]);
  });

  it('makes the fields read-only while generating, and keeps Cancel usable', async () => {
    const { element, dialog, nameInput } = await setupTest();
    await dialog.setName('CI runner');
    await dialog.pickDate('2099-01-15');
    await dialog.clickGenerate();
    expect(await dialog.isBusy()).to.be.true;
    const [select, date] = [part<HTMLSelectElement>(element, 'expiry-select'), part<HTMLInputElement>(element, 'date-input')];
    expect([nameInput.readOnly, select.disabled, date.readOnly]).to.deep.equal([true, true, true]);
    expect(part<HTMLButtonElement>(element, 'cancel-button').disabled).to.be.false;
    await dialog.cancel();
    expect(await dialog.isOpen()).to.be.false;
  });

  it('opens again with a clean form, however it was closed', async () => {
    const { element, dialog, nameInput } = await setupTest();
    await dialog.setName('a'.repeat(121));
    await dialog.pickDate('2099-01-15');
    await dialog.submit();
    await dialog.cancel();
    element.show();
    expect([await dialog.getName(), await dialog.getExpiryChoice(), await dialog.getCounter()]).to.deep.equal([
      '',
      'none',
      '0/120',
    ]);
    expect(await dialog.getNameError()).to.be.null;
    expect(element.shadowRoot!.activeElement).to.equal(nameInput);

    await dialog.setName('CI runner');
    await dialog.clickGenerate();
    element.showError();
    await element.close('confirm');
    element.show();
    expect([await dialog.getName(), await dialog.getError(), await dialog.isBusy()]).to.deep.equal(['', '', false]);
  });

  it('treats an HTML payload as text, in the name and in the error', async () => {
    const { element, dialog, requests } = await setupTest();
    const payload = '<img src=x onerror=alert(1)>';
    await dialog.setName(payload);
    await dialog.clickGenerate();
    expect(requests[0].name).to.equal(payload);
    element.showError(payload);
    expect(await dialog.getError()).to.equal(payload);
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('words its labels and messages in the page language', async () => {
    const { element, dialog } = await setupTest({ lang: 'de' });
    expect(part<HTMLSelectElement>(element, 'expiry-select').labels![0].textContent).to.equal('Gültig bis');
    expect(await dialog.getExpiryOptions()).to.deep.equal(['7 Tage', '30 Tage', '60 Tage', '90 Tage', 'Eigenes Datum …', 'Kein Ablauf']);
    await dialog.submit();
    expect(await dialog.getNameError()).to.equal('Geben Sie einen Namen für den Schlüssel ein.');
  });

  it('fits a 320 px wide viewport with full-width fields at least 36 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element, dialog, nameInput } = await setupTest();
      await dialog.chooseExpiry('custom');
      const dateInput = part(element, 'date-input');
      const native = part(element, 'dialog');
      expect(native.scrollWidth).to.be.at.most(native.clientWidth);
      const select = part(element, 'expiry-select');
      const controls = [nameInput, select, dateInput, part(element, 'generate-button'), part(element, 'cancel-button')];
      const boxes = controls.map((control) => control.getBoundingClientRect());
      expect(boxes.every(({ height, right }) => height >= 36 && right <= 320)).to.be.true;
      expect(new Set(controls.slice(0, 3).map((control) => control.getBoundingClientRect().width)).size).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
