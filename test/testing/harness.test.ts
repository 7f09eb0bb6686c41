import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { germanMessages } from '../../src/locales/de.js';
import {
  type AccessKey,
  type AccessKeyBarElement,
  type AccessKeySectionElement,
  type GenerateKeyDialogElement,
  type KeyLimitDialogElement,
  type RemoveKeyDialogElement,
  type RevealKeyDialogElement,
} from '../../src/index.js';
import {
  AccessKeyBarHarness,
  AccessKeySectionHarness,
  GenerateKeyDialogHarness,
  KeyLimitDialogHarness,
  FaultInjectingAccessKeyApi,
  RemoveKeyDialogHarness,
  RevealKeyDialogHarness,
  createTestClock,
  stubClipboard,
  type ClipboardStub,
  type HarnessOptions,
} from '../../src/testing/index.js';
import { genericError, makeKey, makeKeys, renderSection } from '../helpers/fixtures.js';
import { expectRejection } from '../helpers/dom.js';

function setupSection(api: FaultInjectingAccessKeyApi, { lang = 'en', options = {} as HarnessOptions } = {}) {
  return renderSection({ api, lang, harness: options });
}

describe('access-key-elements/testing harnesses', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => {
    clipboard.restore();
    sinon.restore();
  });

  describe('AccessKeySectionHarness', () => {
    it('reads and acts through heavy restyling by parts and custom properties', async () => {
      const api = new FaultInjectingAccessKeyApi({ keys: [makeKey({ expiresAt: '2099-01-15T00:00:00.000Z' })] });
      const root = await fixture<HTMLDivElement>(html`<div lang="en">
        <style>
          .themed {
            --access-key-color-scheme: dark;
            --access-key-color-accent: #5b21b6;
            --access-key-color-on-accent: #fef08a;
            --access-key-color-surface: #111827;
            --access-key-color-text: #f9fafb;
            --access-key-color-border: #f472b6;
            --access-key-radius: 0;
            --access-key-spacing: 14px;
            --access-key-font-family: Georgia, serif;
          }
          .themed::part(description) {
            display: none;
          }
          .themed::part(heading) {
            order: 2;
            color: crimson;
            text-transform: lowercase;
          }
          .themed::part(add-button) {
            order: -1;
            padding: 24px 40px;
            border-radius: 999px;
            background: black;
            color: yellow;
            letter-spacing: 0.3em;
            text-transform: uppercase;
          }
          .themed::part(list) {
            display: flex;
            flex-direction: column-reverse;
          }
          .themed::part(count) {
            order: -1;
            font-size: 2rem;
          }
        </style>
        <access-key-section class="themed" time-zone="UTC" .api=${api}></access-key-section>
      </div>`);
      const element = root.querySelector('access-key-section')!;
      const section = new AccessKeySectionHarness(element);
      await section.waitForIdle();
      const addButton = element.shadowRoot!.querySelector('[part="add-button"]')!;
      expect(getComputedStyle(addButton).order).to.equal('-1');
      expect(getComputedStyle(addButton).textTransform).to.equal('uppercase');
      expect(getComputedStyle(element.shadowRoot!.querySelector('[part="description"]')!).display).to.equal('none');
      expect(await section.getHeading()).to.equal('Access key');
      expect(await section.getCount()).to.equal('1 of 10');
      expect(await section.getKeys()).to.deep.equal([
        {
          status: 'Active',
          name: 'CI pipeline',
          lastUsed: null,
          visiblePart: '••••a1b2',
          created: 'Mar 1, 2025',
          expires: 'Jan 15, 2099',
        },
      ]);
      const generate = await section.openGenerateDialog();
      await generate.setName('Themed');
      await generate.cancel();
      await (await section.removeKey('CI pipeline')).confirm();
      expect(await section.isEmpty()).to.be.true;
    });

    it('drives a German page with the German messages', async () => {
      const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(1) });
      api.failNext('generate', 'error');
      const { section } = await setupSection(api, { lang: 'de', options: { messages: germanMessages } });
      expect(await section.getHeading()).to.equal('Zugangsschlüssel');
      expect(await section.getCount()).to.equal('1 von 10');
      expect((await section.getKeys())[0]).to.include({ status: 'Aktiv', name: 'Key 1', created: '20.11.2026' });

      const generate = await section.openGenerateDialog();
      await generate.setName('Nachtlauf');
      await generate.submit();
      expect(await generate.getError()).to.equal(germanMessages.genericError({ productName: 'Mobitru' }));
      await generate.cancel();

      const remove = await section.removeKey('Key 1');
      expect(await remove.getTitle()).to.equal('Zugangsschlüssel entfernen');
      await remove.confirm();
      expect(await section.isEmpty()).to.be.true;
    });

    it('reads the loading state, the list error, and retries', async () => {
      const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
      api.failNext('list', 'hang');
      const element = await fixture<AccessKeySectionElement>(
        html`<access-key-section lang="en" .api=${api}></access-key-section>`,
      );
      const section = new AccessKeySectionHarness(element);
      expect(await section.isLoading()).to.be.true;
      expect(await section.isEmpty()).to.be.false;

      api.failNext('list', 'error');
      void element.refresh();
      await section.waitForIdle();
      expect(await section.isLoading()).to.be.false;
      expect(await section.getListError()).to.equal(`Your keys could not be loaded. ${genericError}`);
      await section.retry();
      expect(await section.getListError()).to.be.null;
      expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    });

    it('fails with a message that names what it waited for, or what it could not find', async () => {
      const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(1) });
      const { section } = await setupSection(api, { options: { timeout: 200 } });
      await expectRejection(section.removeKey('Nope'), 'no key named "Nope" in "Your keys" (it lists ["Key 1"])');

      api.failNext('generate', 'hang');
      const generate = await section.openGenerateDialog();
      await generate.setName('Stuck');
      await expectRejection(
        generate.submit(),
        'GenerateKeyDialogHarness: gave up after 200 ms waiting for "Generate access key" to finish (it still shows "Generating…")',
      );
      expect(await generate.isBusy()).to.be.true;
      await generate.cancel();
      expect(await section.getOpenDialog()).to.be.null;
    });

    it('reports the limit dialog when the form was expected', async () => {
      const { section } = await setupSection(new FaultInjectingAccessKeyApi({ keys: makeKeys(10) }));
      await expectRejection(
        section.generateKey({ name: 'Eleventh' }),
        '"+ Access key" opened "Cannot add another key", not "Generate access key"',
      );
      await section.getLimitDialog().pressEscape();
      expect(await section.getOpenDialog()).to.be.null;
    });
  });

  describe('AccessKeyBarHarness', () => {
    async function setupBar(key: AccessKey, lang = 'en') {
      const root = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 600px">
        <style>
          .themed::part(base) {
            display: flex;
            flex-direction: row-reverse;
          }
          .themed::part(status) {
            order: 9;
            text-transform: uppercase;
          }
          .themed::part(created) {
            display: none;
          }
        </style>
        <access-key-bar class="themed" .key=${key} time-zone="UTC"></access-key-bar>
      </div>`);
      return root.querySelector<AccessKeyBarElement>('access-key-bar')!;
    }

    it('reads every field and the tooltips, restyled and reordered', async () => {
      const lastUsedAt = new Date(Date.now() - 5 * 60_000).toISOString();
      const bar = new AccessKeyBarHarness(
        await setupBar(makeKey({ expiresAt: '2026-01-01T08:00:00.000Z', lastUsedAt })),
      );
      expect(await bar.getKey()).to.deep.equal({
        status: 'Expired',
        name: 'CI pipeline',
        lastUsed: '5 minutes ago',
        visiblePart: '••••a1b2',
        created: 'Mar 1, 2025',
        expires: 'Jan 1, 2026',
      });
      expect(await bar.getExpiresMoment()).to.equal('January 1, 2026 at 8:00:00 AM UTC');
      expect(await bar.getLastUsedMoment()).to.match(/ at \d{1,2}:\d{2}:\d{2} [AP]M UTC$/);
    });

    it('presses Remove, and reads German', async () => {
      const element = await setupBar(makeKey(), 'de');
      const bar = new AccessKeyBarHarness(element, { messages: germanMessages });
      expect(await bar.getStatus()).to.equal('Aktiv');
      expect(await bar.getName()).to.equal('CI pipeline');
      const removed: string[] = [];
      element.addEventListener('access-key-action-request', (event) => removed.push(`${event.action} ${event.key.id}`));
      await bar.clickRemove();
      expect(removed).to.deep.equal(['remove key-1']);
    });

    it('sees the status flip under fake timers moved together with the test clock', async () => {
      const start = new Date('2026-11-29T12:00:00.000Z');
      const timers = sinon.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const clock = createTestClock(start);
      const api = new FaultInjectingAccessKeyApi({ now: clock.now });
      const generated = await api.generateKey({ name: 'Short-lived', expiresAt: '2026-11-29T12:00:01.000Z' });
      expect(generated.createdAt).to.equal('2026-11-29T12:00:00.000Z');
      const bar = new AccessKeyBarHarness(await setupBar(api.keys[0]));
      expect(await bar.getStatus()).to.equal('Expires soon');
      clock.advance(1000);
      timers.tick(1000);
      expect(await bar.getStatus()).to.equal('Expired');
      await expectRejection(api.generateKey({ name: 'Late', expiresAt: '2026-11-29T12:00:01.000Z' }), 'expires-at-past');
    });
  });

  describe('dialog harnesses, standalone', () => {
    async function setupDialog<T extends HTMLElement>(tag: string): Promise<T> {
      const root = await fixture<HTMLDivElement>(html`<div lang="en">
        <button id="trigger">open</button>
        ${tag === 'generate-key-dialog' ? html`<generate-key-dialog time-zone="UTC"></generate-key-dialog>` : ''}
        ${tag === 'reveal-key-dialog' ? html`<reveal-key-dialog></reveal-key-dialog>` : ''}
        ${tag === 'remove-key-dialog' ? html`<remove-key-dialog></remove-key-dialog>` : ''}
        ${tag === 'key-limit-dialog' ? html`<key-limit-dialog></key-limit-dialog>` : ''}
      </div>`);
      root.querySelector<HTMLButtonElement>('#trigger')!.focus();
      return root.querySelector<T>(tag)!;
    }

    it('GenerateKeyDialogHarness: field messages, the busy state, the host error, Escape', async () => {
      const element = await setupDialog<GenerateKeyDialogElement>('generate-key-dialog');
      const requests: string[] = [];
      element.addEventListener('access-key-generate-request', (event) => requests.push(event.input.name));
      element.show();
      const dialog = new GenerateKeyDialogHarness(element);
      expect(await dialog.isOpen()).to.be.true;
      expect(await dialog.getTitle()).to.equal('Generate access key');

      await dialog.submit();
      expect(await dialog.getNameError()).to.equal('Enter a name for the key.');
      await dialog.setName('a'.repeat(121));
      expect(await dialog.getCounter()).to.equal('121/120');
      await dialog.blur();
      expect(await dialog.getNameError()).to.equal('The name can have up to 120 characters; it has 121.');
      await dialog.setName('CI runner');
      expect(await dialog.getNameError()).to.be.null;
      await dialog.pickDate('2000-01-01');
      await dialog.blur();
      expect(await dialog.getDateError()).to.match(/^Choose .+ or a later date\.$/);
      await dialog.pickDate(await dialog.getMinDate());
      expect(await dialog.getDateError()).to.be.null;

      await dialog.clickGenerate();
      expect(await dialog.isBusy()).to.be.true;
      expect(requests).to.deep.equal(['CI runner']);
      await expectRejection(dialog.setName('other'), '"Name" is read-only while "Generating…"');
      element.showError();
      expect(await dialog.getError()).to.equal(genericError);
      expect(await dialog.isBusy()).to.be.false;

      await dialog.pressEscape();
      expect(await dialog.isOpen()).to.be.false;
      await expectRejection(dialog.setName('x'), 'cannot type into "Generate access key": it is not open');
    });

    it('RevealKeyDialogHarness: copy, a refused copy, Escape kept until copied', async () => {
      const element = await setupDialog<RevealKeyDialogElement>('reveal-key-dialog');
      element.show({ ...makeKey(), secret: 'ak_secret_value' });
      const reveal = new RevealKeyDialogHarness(element);
      expect(await reveal.getSecret()).to.equal('ak_secret_value');

      await reveal.pressEscape();
      expect(await reveal.isOpen()).to.be.true;
      expect(await reveal.getAlert()).to.contain('The key has not been copied.');
      await reveal.clickBackdrop();
      expect(await reveal.isOpen()).to.be.true;

      clipboard.fail();
      await reveal.copy();
      expect(await reveal.getAlert()).to.match(/^Could not copy automatically/);
      expect(await reveal.isSecretFocused()).to.be.true;
      expect(await reveal.getSelectedText()).to.equal('ak_secret_value');

      clipboard.succeed();
      await reveal.copy();
      expect(await reveal.getAnnouncement()).to.equal('Copied to clipboard');
      expect(clipboard.written).to.deep.equal(['ak_secret_value']);
      await reveal.pressEscape();
      expect(await reveal.isOpen()).to.be.false;
      expect(await reveal.getSecret()).to.equal('');
    });

    it('RevealKeyDialogHarness: manual copy when the Clipboard API is missing', async () => {
      clipboard.makeUnavailable();
      expect(navigator.clipboard).to.be.undefined;
      const element = await setupDialog<RevealKeyDialogElement>('reveal-key-dialog');
      element.show({ ...makeKey(), secret: 'ak_other' });
      const reveal = new RevealKeyDialogHarness(element);
      await reveal.copy();
      expect(await reveal.getSelectedText()).to.equal('ak_other');
      await reveal.close();
      expect(await reveal.isOpen()).to.be.false;
    });

    it('RemoveKeyDialogHarness: names the key, busy until the host answers, Cancel', async () => {
      const element = await setupDialog<RemoveKeyDialogElement>('remove-key-dialog');
      element.show(makeKey());
      const remove = new RemoveKeyDialogHarness(element);
      expect(await remove.getKeyName()).to.equal('CI pipeline');
      expect(await remove.getVisiblePart()).to.equal('••••a1b2');
      await remove.clickConfirm();
      expect(await remove.isBusy()).to.be.true;
      element.showError();
      expect(await remove.getError()).to.equal(genericError);
      await remove.cancel();
      expect(await remove.isOpen()).to.be.false;
    });

    it('KeyLimitDialogHarness: reads and closes', async () => {
      const element = await setupDialog<KeyLimitDialogElement>('key-limit-dialog');
      element.show();
      const limit = new KeyLimitDialogHarness(element);
      expect(await limit.getTitle()).to.equal('Cannot add another key');
      await limit.close();
      expect(await limit.isOpen()).to.be.false;
      expect(document.activeElement!.id).to.equal('trigger');
    });
  });

  describe('createTestClock and stubClipboard', () => {
    it('moves only when told', () => {
      const clock = createTestClock(new Date('2026-01-01T00:00:00Z'));
      const first = clock.now();
      first.setFullYear(1999); // a copy: the clock is not changed through it
      expect(clock.now().toISOString()).to.equal('2026-01-01T00:00:00.000Z');
      clock.advance(90_000);
      expect(clock.now().toISOString()).to.equal('2026-01-01T00:01:30.000Z');
      clock.set(new Date('2030-05-05T05:05:05Z'));
      expect(clock.now().toISOString()).to.equal('2030-05-05T05:05:05.000Z');
      expect(() => createTestClock(new Date('nonsense'))).to.throw(RangeError);
    });

    it('puts the browser clipboard back', async () => {
      const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      expect(own).to.exist;
      await navigator.clipboard.writeText('one');
      expect(clipboard.written).to.deep.equal(['one']);
      clipboard.restore();
      clipboard.restore();
      expect(Object.getOwnPropertyDescriptor(navigator, 'clipboard')).to.be.undefined;
    });
  });
});
