import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addDays, calendarDateInZone, startOfDayInZone } from '../src/domain/expiry.js';
import { formatDate } from '../src/domain/format.js';
import type { DialogCloseEvent, GenerateKeyRequestEvent } from '../src/events.js';
import '../src/generate-key-dialog/define.js';
import '../src/locales/define.js';
import { genericError } from './helpers/fixtures.js';
import type { GenerateKeyDialogElement } from '../src/generate-key-dialog/define.js';
import { pressShiftTab } from './helpers/keys.js';

const timeZone = 'America/Los_Angeles';

async function setupTest(lang = 'en') {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <button id="trigger">+ Access key</button>
    <generate-key-dialog time-zone=${timeZone}></generate-key-dialog>
  </div>`);
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const element = root.querySelector('generate-key-dialog')!;
  const requests: GenerateKeyRequestEvent[] = [];
  element.addEventListener('generate-key-request', (event) => requests.push(event));
  trigger.focus();
  element.show();
  await element.updateComplete;
  const part = <T extends HTMLElement>(name: string) => element.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;
  return {
    element,
    trigger,
    requests,
    nameInput: part<HTMLInputElement>('name-input'),
    dateInput: part<HTMLInputElement>('date-input'),
    counter: part('name-counter'),
    errorRegion: part('error'),
    generateButton: part<HTMLButtonElement>('generate-button'),
    cancelButton: part<HTMLButtonElement>('cancel-button'),
  };
}

/** What a screen reader reads as the field's description, with the narrow spaces `Intl` puts in times made plain. */
function description(input: HTMLInputElement): string {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)!.textContent!.trim())
    .join(' | ')
    .replace(/\s/g, ' ');
}

/** Pastes `text` as the whole value, as the browser does for Ctrl+V into a selected field. */
async function paste(element: GenerateKeyDialogElement, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await element.updateComplete;
}

/** Sets the date input the way its picker does: the value, then `input` and `change`. */
async function pickDate(element: GenerateKeyDialogElement, input: HTMLInputElement, date: string): Promise<void> {
  input.value = date;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function submitValid(setup: Awaited<ReturnType<typeof setupTest>>): Promise<void> {
  await sendKeys({ type: '  CI runner  ' });
  await pickDate(setup.element, setup.dateInput, '2099-01-15');
  setup.generateButton.click();
  await setup.element.updateComplete;
}

describe('generate-key-dialog', () => {
  it('opens with focus in Name, an empty counter, no error and tomorrow as the earliest date', async () => {
    const { element, nameInput, dateInput, counter, errorRegion, generateButton } = await setupTest();
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Generate access key');
    expect(element.shadowRoot!.activeElement).to.equal(nameInput);
    expect(nameInput.labels![0].textContent).to.equal('Name');
    expect(dateInput.labels![0].textContent).to.equal('Valid till');
    expect(description(nameInput)).to.equal('Up to 120 characters. Required. | 0/120');
    expect(description(dateInput)).to.equal('Optional. Without a date the key does not expire.');
    expect(counter.textContent).to.equal('0/120');
    expect(dateInput.min).to.equal(addDays(calendarDateInZone(new Date(), timeZone), 1));
    expect(errorRegion.getAttribute('role')).to.equal('alert');
    expect(errorRegion.textContent).to.equal('');
    expect(generateButton.textContent!.trim()).to.equal('Generate');
    await expect(element).to.be.accessible();
  });

  it('refuses an empty or blank name with a message tied to the field, and fires nothing', async () => {
    const { element, requests, nameInput, counter, generateButton } = await setupTest();
    generateButton.click();
    await element.updateComplete;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    expect(description(nameInput)).to.contain('Enter a name for the key.');
    expect(element.shadowRoot!.activeElement).to.equal(nameInput);
    await expect(element).to.be.accessible();

    await paste(element, nameInput, ' \u00A0\u200B\t ');
    expect(counter.textContent).to.equal('0/120');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(description(nameInput)).to.contain('Enter a name for the key.');
    expect(requests).to.have.length(0);
  });

  it('shows a message once the field is left, not while typing, and clears it once the name is valid', async () => {
    const { element, nameInput } = await setupTest();
    await sendKeys({ type: ' ' });
    await element.updateComplete;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    await pressShiftTab();
    await sendKeys({ type: 'x' });
    await element.updateComplete;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');
    expect(description(nameInput)).not.to.contain('Enter a name');
  });

  it('counts code points of the trimmed name and refuses more than 120', async () => {
    const { element, requests, nameInput, counter, generateButton } = await setupTest();
    await paste(element, nameInput, 'a'.repeat(121));
    expect(nameInput.value).to.have.length(121);
    expect(counter.textContent).to.equal('121/120');
    generateButton.click();
    await element.updateComplete;
    expect(description(nameInput)).to.contain('The name can have up to 120 characters; it has 121.');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    expect(requests).to.have.length(0);
    await expect(element).to.be.accessible();

    await paste(element, nameInput, ` ${'a'.repeat(120)} `);
    expect(counter.textContent).to.equal('120/120');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');

    const name = `${'b'.repeat(119)}😀`;
    await paste(element, nameInput, name);
    expect(counter.textContent).to.equal('120/120');
    generateButton.click();
    expect(requests.map((request) => request.input.name)).to.deep.equal([name]);
  });

  it('refuses a partly typed date and a date before tomorrow in the time zone, focusing the date', async () => {
    const { element, requests, dateInput, generateButton } = await setupTest();
    await sendKeys({ type: 'CI runner' });
    dateInput.focus();
    await sendKeys({ type: '01' });
    generateButton.click();
    await element.updateComplete;
    expect(description(dateInput)).to.contain('Enter a valid date.');
    expect(element.shadowRoot!.activeElement).to.equal(dateInput);

    const today = calendarDateInZone(new Date(), timeZone);
    await pickDate(element, dateInput, today);
    generateButton.click();
    await element.updateComplete;
    const tomorrow = formatDate(startOfDayInZone(addDays(today, 1), timeZone), 'en', timeZone);
    expect(description(dateInput)).to.contain(`Choose ${tomorrow} or a later date.`.replace(/\s/g, ' '));
    expect(dateInput.getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(dateInput);
    expect(requests).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('sends the trimmed name and the start of the picked day in the zone, after showing that moment', async () => {
    const setup = await setupTest();
    const { element, requests, dateInput } = setup;
    await pickDate(element, dateInput, '2099-01-15');
    expect(description(dateInput)).to.contain('The key stops working at January 15, 2099 at 12:00:00 AM PST.');
    await submitValid(setup);
    expect(requests).to.have.length(1);
    expect(requests[0].input).to.deep.equal({ name: 'CI runner', expiresAt: '2099-01-15T08:00:00.000Z' });
  });

  it('is busy after the request: one event for a double click or a repeated Enter, Cancel still usable', async () => {
    const setup = await setupTest();
    const { element, requests, nameInput, dateInput, generateButton, cancelButton } = setup;
    await submitValid(setup);
    generateButton.click();
    await element.updateComplete;
    expect(element.busy).to.be.true;
    expect(element.hasAttribute('busy')).to.be.true;
    expect(generateButton.getAttribute('aria-disabled')).to.equal('true');
    expect(generateButton.disabled).to.be.false;
    expect(generateButton.textContent!.trim()).to.equal('Generating…');
    expect(nameInput.readOnly && dateInput.readOnly).to.be.true;
    expect(cancelButton.disabled).to.be.false;
    nameInput.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(requests).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('stays idle when the host cancels the request event', async () => {
    const setup = await setupTest();
    setup.element.addEventListener('generate-key-request', (event) => event.preventDefault());
    await submitValid(setup);
    expect([setup.requests.length, setup.element.busy]).to.deep.equal([1, false]);
  });

  it('shows the host error exactly in the alert region, keeps the input, and submits again', async () => {
    const setup = await setupTest();
    const { element, requests, nameInput, dateInput, errorRegion, generateButton } = setup;
    await submitValid(setup);
    element.error = genericError;
    await element.updateComplete;
    expect(errorRegion.textContent).to.equal(genericError);
    expect(element.busy).to.be.false;
    expect(generateButton.getAttribute('aria-disabled')).to.equal('false');
    expect(generateButton.textContent!.trim()).to.equal('Generate');
    expect(nameInput.value).to.equal('  CI runner  ');
    expect(dateInput.value).to.equal('2099-01-15');
    await expect(element).to.be.accessible();

    generateButton.click();
    await element.updateComplete;
    expect(requests).to.have.length(2);
    expect(requests[1].input).to.deep.equal(requests[0].input);
    expect(errorRegion.textContent).to.equal('');
    expect(element.busy).to.be.true;
  });

  it('cancels with the button, returns focus to the trigger, and reopens with a clean form', async () => {
    const { element, trigger, nameInput, dateInput, counter, generateButton, cancelButton } = await setupTest();
    await paste(element, nameInput, 'a'.repeat(121));
    await pickDate(element, dateInput, '2099-01-15');
    generateButton.click();
    await element.updateComplete;
    const closed = oneEvent<DialogCloseEvent>(element, 'close');
    cancelButton.click();
    expect((await closed).reason).to.equal('cancel');
    expect(document.activeElement).to.equal(trigger);

    element.show();
    await element.updateComplete;
    expect(nameInput.value).to.equal('');
    expect(dateInput.value).to.equal('');
    expect(counter.textContent).to.equal('0/120');
    expect(nameInput.getAttribute('aria-invalid')).to.equal('false');
    expect(element.shadowRoot!.activeElement).to.equal(nameInput);
  });

  it('cancels on Escape while busy, and a confirmed close also clears the form', async () => {
    const setup = await setupTest();
    const { element, trigger, nameInput, dateInput, errorRegion, generateButton } = setup;
    await submitValid(setup);
    const closed = oneEvent<DialogCloseEvent>(element, 'close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).reason).to.equal('cancel');
    expect(document.activeElement).to.equal(trigger);
    expect(element.busy).to.be.false;

    element.show();
    await element.updateComplete;
    await submitValid(setup);
    element.error = genericError;
    await element.updateComplete;
    await element.close('confirm');
    element.show();
    await element.updateComplete;
    expect(nameInput.value + dateInput.value + errorRegion.textContent).to.equal('');
    expect(generateButton.textContent!.trim()).to.equal('Generate');
  });

  it('treats an HTML payload as text', async () => {
    const { element, requests, nameInput, errorRegion, generateButton } = await setupTest();
    const payload = '<img src=x onerror=alert(1)>';
    await paste(element, nameInput, payload);
    generateButton.click();
    expect(requests[0].input.name).to.equal(payload);
    element.error = payload;
    await element.updateComplete;
    expect(errorRegion.textContent).to.equal(payload);
    expect(element.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('speaks the locale of the nearest lang', async () => {
    const { element, dateInput, generateButton, cancelButton } = await setupTest('de');
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Zugangsschlüssel erzeugen');
    expect(dateInput.labels![0].textContent).to.equal('Gültig bis');
    expect(cancelButton.textContent!.trim()).to.equal('Abbrechen');
    generateButton.click();
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Geben Sie einen Namen für den Schlüssel ein.');
    await expect(element).to.be.accessible();
  });

  it('fits a 320 px wide viewport with full-width fields at least 36 px high', async () => {
    await setViewport({ width: 320, height: 640 });
    const { element, nameInput, dateInput, generateButton, cancelButton } = await setupTest();
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    const boxes = [nameInput, dateInput, generateButton, cancelButton].map((box) => box.getBoundingClientRect());
    expect(boxes.every(({ height, right }) => height >= 36 && right <= 320)).to.be.true;
    expect(nameInput.getBoundingClientRect().width).to.equal(dateInput.getBoundingClientRect().width);
  });
});
