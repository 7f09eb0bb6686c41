// The Valid till choice, tested once through the generate dialog (the regenerate dialog renders the same field):
// presets that expire at the start of their day in the user's zone, a custom date (earliest tomorrow), no expiry,
// and a host's maximum lifetime that hides "No expiry" and the longer presets, caps the date and says why.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, calendarDateInZone, startOfDayInZone } from '../../src/domain/expiry.js';
import { formatDate } from '../../src/domain/format.js';
import type { AccessKeyGenerateRequestEvent } from '../../src/events.js';
import '../../src/generate-key-dialog/define.js';
import '../../src/regenerate-key-dialog/define.js';
import { GenerateKeyDialogHarness, RegenerateKeyDialogHarness } from '../../src/testing/index.js';
import { makeKey } from '../helpers/fixtures.js';
import { part } from '../helpers/dom.js';

const timeZone = 'America/Los_Angeles';
const today = () => calendarDateInZone(new Date(), timeZone);
const dayOf = (date: string) => formatDate(startOfDayInZone(date, timeZone), 'en', timeZone).replace(/\s/g, ' ');
const plain = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

async function setupTest({ maxLifetimeDays = null as number | null, defaultExpiry = 'none' } = {}) {
  const element = await fixture<HTMLElementTagNameMap['generate-key-dialog']>(
    html`<generate-key-dialog
      lang="en"
      time-zone=${timeZone}
      default-expiry=${defaultExpiry}
      .maxLifetimeDays=${maxLifetimeDays}
    ></generate-key-dialog>`,
  );
  const requests: AccessKeyGenerateRequestEvent['input'][] = [];
  element.addEventListener('access-key-generate-request', (event) => requests.push(event.input));
  element.show();
  const dialog = new GenerateKeyDialogHarness(element);
  await dialog.setName('CI runner');
  return { element, dialog, requests };
}

describe('the Valid till choice', () => {
  it('offers 7, 30, 60 and 90 days, a custom date and no expiry, starting at no expiry (the seed)', async () => {
    const { element, dialog, requests } = await setupTest();
    expect(await dialog.getExpiryOptions()).to.deep.equal(['7 days', '30 days', '60 days', '90 days', 'Custom date…', 'No expiry']);
    expect(await dialog.getExpiryChoice()).to.equal('none');
    expect(await dialog.getExpiryPreview()).to.be.null;
    await expect(element).to.be.accessible();
    await dialog.clickGenerate();
    expect(requests).to.deep.equal([{ name: 'CI runner', expiresAt: null }]);
  });

  it('expires a preset of N days at the start of the day N days from today in the zone, and says when', async () => {
    const { dialog, requests } = await setupTest();
    await dialog.chooseExpiry(30);
    const day = addDays(today(), 30);
    expect(plain(await dialog.getExpiryPreview())).to.match(new RegExp(`^Expires on .*${day.slice(0, 4)}, 12:00 AM \\(P[SD]T\\)\\.$`));
    await dialog.clickGenerate();
    expect(requests).to.deep.equal([{ name: 'CI runner', expiresAt: startOfDayInZone(day, timeZone).toISOString() }]);
  });

  it('takes a custom date from tomorrow on, refusing a partly typed one and today, and sends its start of day', async () => {
    const { element, dialog, requests } = await setupTest();
    await dialog.chooseExpiry('custom');
    expect(await dialog.getMinDate()).to.equal(addDays(today(), 1));
    expect(await dialog.getMaxDate()).to.equal('');
    const input = part<HTMLInputElement>(element, 'date-input');
    input.focus();
    await sendKeys({ type: '01' });
    await dialog.submit();
    expect(await dialog.getDateError()).to.equal('Enter a valid date.');
    expect(element.shadowRoot!.activeElement).to.equal(input);

    await dialog.pickDate(today());
    await dialog.submit();
    expect(plain(await dialog.getDateError())).to.equal(`Choose ${dayOf(addDays(today(), 1))} or a later date.`);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(requests).to.have.length(0);
    await expect(element).to.be.accessible();

    await dialog.pickDate('2099-01-15');
    expect(plain(await dialog.getExpiryPreview())).to.equal('Expires on January 15, 2099, 12:00 AM (PST).');
    expect(await dialog.getDateError()).to.be.null;
    await dialog.clickGenerate();
    expect(requests).to.deep.equal([{ name: 'CI runner', expiresAt: '2099-01-15T08:00:00.000Z' }]);
  });

  it('under a 90-day policy hides No expiry and longer presets, says why, and refuses a later custom date', async () => {
    const { element, dialog, requests } = await setupTest({ maxLifetimeDays: 90 });
    // No expiry is not offered, so the form starts from the longest preset the policy allows.
    expect(await dialog.getExpiryOptions()).to.deep.equal(['7 days', '30 days', '60 days', '90 days', 'Custom date…']);
    expect(await dialog.getExpiryChoice()).to.equal(90);
    expect(await dialog.getExpiryHint()).to.equal('Keys can be valid for up to 90 days here.');
    expect(await dialog.getMaxDate()).to.equal(addDays(today(), 90));
    await dialog.pickDate(addDays(today(), 91));
    await dialog.submit();
    expect(plain(await dialog.getDateError())).to.equal(
      `Choose ${dayOf(addDays(today(), 90))} or an earlier date: keys can be valid for up to 90 days.`,
    );
    expect(requests).to.have.length(0);
    await expect(element).to.be.accessible();

    await dialog.pickDate(addDays(today(), 90));
    await dialog.clickGenerate();
    expect(requests).to.have.length(1);

    const short = await setupTest({ maxLifetimeDays: 45 });
    expect(await short.dialog.getExpiryOptions()).to.deep.equal(['7 days', '30 days', 'Custom date…']);
  });

  it('starts from the host\'s default-expiry, and from the nearest allowed choice when the policy forbids it', async () => {
    expect(await (await setupTest({ defaultExpiry: '30' })).dialog.getExpiryChoice()).to.equal(30);
    expect(await (await setupTest({ defaultExpiry: 'custom' })).dialog.getExpiryChoice()).to.equal('custom');
    expect(await (await setupTest({ defaultExpiry: 'none', maxLifetimeDays: 60 })).dialog.getExpiryChoice()).to.equal(60);
  });

  it('in the regenerate dialog, starts from the duration the key had (or none), under the same policy', async () => {
    const element = await fixture<HTMLElementTagNameMap['regenerate-key-dialog']>(
      html`<regenerate-key-dialog lang="en" time-zone=${timeZone}></regenerate-key-dialog>`,
    );
    const dialog = new RegenerateKeyDialogHarness(element);
    const created = new Date(Date.now() - 40 * 86_400_000);
    const key = (days: number | null) =>
      makeKey({
        createdAt: created.toISOString(),
        expiresAt: days === null ? null : new Date(created.getTime() + days * 86_400_000).toISOString(),
      });
    for (const [days, choice] of [[30, 30], [null, 'none'], [45, 'custom']] as const) {
      element.show(key(days));
      expect(await dialog.getExpiryChoice(), `a key made for ${days} days`).to.equal(choice);
      await dialog.cancel();
    }
    element.show(key(45));
    expect(await dialog.getDate()).to.equal(addDays(today(), 45));
    await dialog.cancel();
    element.maxLifetimeDays = 30;
    element.show(key(null));
    expect(await dialog.getExpiryChoice()).to.equal(30);
  });
});
