import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { accessKeyContext } from '../src/api/context.js';
import { AccessKeyRequestError } from '../src/api/errors.js';
import { MemoryAccessKeyApi } from '../src/api/memory-api.js';
import type { AccessKey, AccessKeyApi } from '../src/api/types.js';
import '../src/access-key-section/define.js';
import '../src/locales/define.js';
import type { AccessKeySectionElement } from '../src/access-key-section/access-key-section.js';
import {
  AccessKeySectionHarness,
  createTestClock,
  stubClipboard,
  type ClipboardStub,
} from '../src/testing/index.js';
import type {
  AccessKeyCopiedEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
} from '../src/events.js';
import { DeferredAccessKeyApi } from './helpers/deferred-api.js';
import { genericError, makeKeys } from './helpers/fixtures.js';
import { deepActiveElement, findInTree } from './helpers/dom.js';

async function setupTest(api: AccessKeyApi) {
  const element = await fixture<AccessKeySectionElement>(
    html`<access-key-section lang="en" time-zone="UTC" .api=${api}></access-key-section>`,
  );
  const section = new AccessKeySectionHarness(element);
  const shadow = element.shadowRoot!;
  const part = (name: string) => shadow.querySelector<HTMLElement>(`[part~="${name}"]`);
  const inDialog = (tag: string, name: string) =>
    shadow.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  const bars = () => [...shadow.querySelectorAll('access-key-bar')];
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await element.updateComplete;
      await nextFrame();
    }
  };
  await settle();
  return { element, section, shadow, part, inDialog, bars, settle };
}

/** Presses Tab until `target` has focus (at most 15 times), as a keyboard user would. */
async function tabTo(target: Element) {
  for (let i = 0; i < 15 && deepActiveElement() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()).to.equal(target);
}

describe('access-key-section', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('shows loading, then the empty state with "+ Access key"', async () => {
    const api = new DeferredAccessKeyApi();
    const { element, section, part, settle } = await setupTest(api);
    expect(part('loading')!.textContent).to.contain('Loading your keys…');
    expect(await section.isLoading()).to.be.true;
    expect(part('heading')!.textContent!.trim()).to.equal('Access key');
    await expect(element).to.be.accessible();

    api.last('list').resolve([]);
    await settle();
    expect(part('loading')).to.be.null;
    expect(part('empty')!.textContent!.trim()).to.equal('You do not have access keys yet.');
    expect(part('add-button')!.textContent!.trim()).to.equal('+ Access key');
    expect(part('list-heading')).to.be.null;
    expect(await section.isEmpty()).to.be.true;
    await expect(element).to.be.accessible();
  });

  it('lists "Your keys" with "N of 10"', async () => {
    const { element, section, part } = await setupTest(new MemoryAccessKeyApi({ keys: makeKeys(3) }));
    expect(part('list-heading')!.textContent!.trim()).to.equal('Your keys');
    expect(part('count')!.textContent).to.equal('3 of 10');
    expect(await section.getCount()).to.equal('3 of 10');
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2', 'Key 3']);
    expect(part('list')!.getAttribute('aria-describedby')).to.equal(part('count')!.id);
    await expect(element).to.be.accessible();
  });

  it('takes its adapter and settings from a provider above it when it has none of its own', async () => {
    const api = new MemoryAccessKeyApi({ keys: makeKeys(2) });
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const provider = new ContextProvider(host, {
      context: accessKeyContext,
      initialValue: { api, limit: 2, productName: 'Acme', messages: { listHeading: 'API keys' }, locale: '' },
    });
    provider.hostConnected();
    const element = document.createElement('access-key-section');
    host.append(element);
    const section = new AccessKeySectionHarness(element, { messages: { listHeading: 'API keys' } });
    await section.waitForIdle();
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    expect(element.shadowRoot!.querySelector('[part="list-heading"]')!.textContent!.trim()).to.equal('API keys');
    expect(await section.getCount()).to.equal('2 of 2');
    expect(await section.clickAddKey()).to.equal('limit');
    await section.getLimitDialog().close();
    api.failNext('remove', 'error');
    const dialog = await section.removeKey('Key 1');
    await dialog.confirm();
    expect(await dialog.getError()).to.equal(
      'Something went wrong. Please try again or contact Acme support if the problem persists',
    );
  });

  it('follows the page when it switches language', async () => {
    const { element, part } = await setupTest(new MemoryAccessKeyApi({ keys: makeKeys(1) }));
    element.removeAttribute('lang');
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    element.replaceWith(wrapper);
    wrapper.append(element);
    await element.updateComplete;
    expect(part('heading')!.textContent!.trim()).to.equal('Access key');
    wrapper.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(part('heading')!.textContent!.trim()).to.equal('Zugangsschlüssel');
    const bar = element.shadowRoot!.querySelector('access-key-bar')!;
    await bar.updateComplete;
    expect(bar.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Aktiv');
    wrapper.remove();
  });

  it('lets the page style the bars and dialogs inside it through re-exported parts', async () => {
    const { element, section, bars } = await setupTest(new MemoryAccessKeyApi({ keys: makeKeys(1) }));
    const style = document.createElement('style');
    style.textContent = `
      access-key-section::part(bar-status) { outline: 3px solid rgb(255, 0, 0); }
      access-key-section::part(generate-title) { letter-spacing: 7px; }`;
    document.head.append(style);
    try {
      const status = bars()[0].shadowRoot!.querySelector('[part="status"]')!;
      expect(getComputedStyle(status).outlineColor).to.equal('rgb(255, 0, 0)');
      const generate = await section.openGenerateDialog();
      expect(await generate.getTitle()).to.equal('Generate access key');
      const title = element.shadowRoot!.querySelector('generate-key-dialog')!.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(title).letterSpacing).to.equal('7px');
    } finally {
      style.remove();
    }
  });

  it('shows a list error with Retry, and keeps the keys it showed when a reload fails', async () => {
    const api = new DeferredAccessKeyApi();
    const { element, section, part, settle } = await setupTest(api);
    api.last('list').reject(new AccessKeyRequestError('Request failed with status 500', 500));
    await settle();
    expect(part('list-error')!.getAttribute('role')).to.equal('alert');
    expect(part('list-error')!.textContent).to.contain(`Your keys could not be loaded. ${genericError}`);
    expect(await section.getListError()).to.equal(`Your keys could not be loaded. ${genericError}`);
    await expect(element).to.be.accessible();

    part('retry-button')!.click();
    api.last('list').resolve(makeKeys(2));
    await settle();
    expect(part('list-error')).to.be.null;
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);

    void element.refresh();
    await settle();
    expect(part('refreshing')!.textContent).to.equal('Loading your keys…');
    expect(part('list')!.getAttribute('aria-busy')).to.equal('true');
    api.last('list').reject(new TypeError('Failed to fetch'));
    await settle();
    expect(part('refreshing')).to.be.null;
    expect(part('list-error')).to.exist;
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    await expect(element).to.be.accessible();
  });

  it('treats ill-typed data from the adapter as an error, never rendering it', async () => {
    const api = new DeferredAccessKeyApi();
    const { part, shadow, settle } = await setupTest(api);
    api.last('list').resolve([{ id: 1, name: undefined }]);
    await settle();
    expect(part('list-error')).to.exist;
    expect(shadow.textContent).not.to.match(/undefined|Invalid Date/);
  });

  it('lets the newest load win when loads resolve out of order, aborting the older one', async () => {
    const api = new DeferredAccessKeyApi();
    const { element, section, settle } = await setupTest(api);
    void element.refresh();
    const [older, newer] = api.callsOf<AccessKey[]>('list');
    expect(older.signal!.aborted).to.be.true;
    newer.resolve(makeKeys(1, 'Newest'));
    older.resolve(makeKeys(2, 'Stale'));
    await settle();
    expect(await section.getKeyNames()).to.deep.equal(['Newest 1']);
  });

  it('aborts calls in flight when it is removed from the page', async () => {
    const api = new DeferredAccessKeyApi();
    const { element } = await setupTest(api);
    const load = api.last('list');
    element.remove();
    expect(load.signal!.aborted).to.be.true;
  });

  it('works again when put back on the page after a generate was cut short', async () => {
    const api = new DeferredAccessKeyApi();
    const { element, section, settle } = await setupTest(api);
    api.last('list').resolve([]);
    const generate = await section.openGenerateDialog();
    await generate.setName('First try');
    await generate.clickGenerate();
    const first = api.last('generate');
    const parent = element.parentElement!;
    element.remove();
    expect(first.signal!.aborted).to.be.true;

    parent.append(element);
    await settle();
    api.last('list').resolve([]);
    await settle();
    const again = await section.openGenerateDialog();
    await again.setName('Second try');
    await again.clickGenerate();
    expect(api.callsOf('generate')).to.have.length(2);
    expect(api.last<{ name: string }>('generate').input).to.deep.equal({ name: 'Second try', expiresAt: null });
  });

  it('runs generate → copy → close → remove from the keyboard alone, keeping the secret out of the DOM', async () => {
    const api = new MemoryAccessKeyApi({ now: createTestClock(new Date('2026-03-01T10:00:00Z')).now });
    const { element, section, shadow, part, inDialog, bars, settle } = await setupTest(api);
    const events: Event[] = [];
    for (const type of ['access-key-generated', 'access-key-copied', 'access-key-removed'] as const) {
      element.addEventListener(type, (event) => events.push(event));
    }

    await tabTo(part('add-button')!);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(deepActiveElement()).to.equal(inDialog('generate-key-dialog', 'name-input'));
    await sendKeys({ type: 'Deploy bot' });
    await sendKeys({ press: 'Enter' });
    await settle();

    const reveal = shadow.querySelector('reveal-key-dialog')!;
    expect(reveal.open).to.be.true;
    const secret = (inDialog('reveal-key-dialog', 'secret') as HTMLTextAreaElement).value;
    expect(secret).to.match(/^ak_/);
    expect(findInTree(element, secret).filter((place) => place !== 'textarea.value')).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(inDialog('reveal-key-dialog', 'copy-button'));
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await settle();
    expect(clipboard.written).to.deep.equal([secret]);
    await tabTo(inDialog('reveal-key-dialog', 'close-button'));
    await sendKeys({ press: 'Enter' });
    await settle();

    expect(reveal.open).to.be.false;
    expect(findInTree(element, secret)).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(part('add-button'));
    const [bar] = bars();
    expect(bar.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Deploy bot');
    expect(bar.shadowRoot!.querySelector('[part="visible-part"]')!.textContent).to.contain(secret.slice(-4));
    expect(part('count')!.textContent).to.equal('1 of 10');
    expect(await section.getKeys()).to.deep.equal([
      {
        status: 'Active',
        name: 'Deploy bot',
        lastUsed: null,
        visiblePart: `••••${secret.slice(-4)}`,
        created: 'Mar 1, 2026',
        expires: null,
      },
    ]);

    await tabTo(bar.shadowRoot!.querySelector('[part="remove-button"]')!);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(deepActiveElement()).to.equal(inDialog('remove-key-dialog', 'cancel-button'));
    await tabTo(inDialog('remove-key-dialog', 'confirm-button'));
    await sendKeys({ press: 'Enter' });
    await settle();

    expect(bars()).to.have.length(0);
    expect(part('empty')).to.exist;
    expect(await section.isEmpty()).to.be.true;
    expect(deepActiveElement()).to.equal(part('add-button'));
    expect(events.map((event) => event.type)).to.deep.equal([
      'access-key-generated',
      'access-key-copied',
      'access-key-removed',
    ]);
    const generated = (events[0] as AccessKeyGeneratedEvent).key;
    expect(generated).not.to.have.property('secret');
    expect((events[1] as AccessKeyCopiedEvent).key).not.to.have.property('secret');
    expect((events[2] as AccessKeyRemovedEvent).key.id).to.equal(generated.id);
    expect(api.keys).to.deep.equal([]);
  });

  it('makes exactly one backend call for a double click and a repeated Enter on Generate', async () => {
    const api = new DeferredAccessKeyApi();
    const { section, inDialog, settle } = await setupTest(api);
    api.last('list').resolve([]);
    await settle();
    const dialog = await section.openGenerateDialog();
    await dialog.setName('Once');
    const generate = inDialog('generate-key-dialog', 'generate-button');
    generate.click();
    generate.click();
    inDialog('generate-key-dialog', 'name-input').focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(api.callsOf('generate')).to.have.length(1);
  });

  it('keeps the name and shows the exact generic error when generating fails, then succeeds on retry', async () => {
    const api = new MemoryAccessKeyApi();
    api.failNext('generate', 'error');
    const { element, section, shadow, inDialog } = await setupTest(api);
    let errors = 0;
    element.addEventListener('access-key-error', () => errors++);
    const dialog = await section.openGenerateDialog();
    await dialog.setName('Nightly');
    await dialog.submit();
    expect(inDialog('generate-key-dialog', 'error').textContent!.trim()).to.equal(genericError);
    expect(await dialog.getError()).to.equal(genericError);
    expect(await dialog.getName()).to.equal('Nightly');
    expect((inDialog('generate-key-dialog', 'name-input') as HTMLInputElement).value).to.equal('Nightly');
    expect(errors).to.equal(1);
    await expect(element).to.be.accessible();

    await dialog.submit();
    expect(shadow.querySelector('reveal-key-dialog')!.open).to.be.true;
    expect(await section.getOpenDialog()).to.equal('reveal');
  });

  it('opens the limit dialog at 10 keys instead of the generate dialog', async () => {
    const { element, section, shadow, part } = await setupTest(new MemoryAccessKeyApi({ keys: makeKeys(10) }));
    expect(part('count')!.textContent).to.equal('10 of 10');
    const reached = oneEvent<AccessKeyLimitReachedEvent>(element, 'access-key-limit-reached');
    expect(await section.clickAddKey()).to.equal('limit');
    expect((await reached).limit).to.equal(10);
    expect(shadow.querySelector('key-limit-dialog')!.open).to.be.true;
    expect(shadow.querySelector('generate-key-dialog')!.open).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('closes the form, opens the limit dialog and refreshes when the backend refuses for the limit', async () => {
    const api = new MemoryAccessKeyApi({ keys: makeKeys(2) });
    api.failNext('generate', 'limit');
    const { section, shadow } = await setupTest(api);
    const dialog = await section.openGenerateDialog();
    await dialog.setName('One more');
    await dialog.submit();
    expect(shadow.querySelector('key-limit-dialog')!.open).to.be.true;
    expect(await section.getOpenDialog()).to.equal('limit');
    expect(shadow.querySelector('generate-key-dialog')!.open).to.be.false;
    expect(api.calls.filter((call) => call.operation === 'list')).to.have.length(2);
  });

  it('keeps the key and shows the error when removing fails; refreshes quietly when the key is already gone', async () => {
    const api = new MemoryAccessKeyApi({ keys: makeKeys(2) });
    const { element, section, shadow, inDialog, bars } = await setupTest(api);
    api.failNext('remove', 'error');
    const dialog = await section.removeKey('Key 1');
    await dialog.confirm();
    expect(inDialog('remove-key-dialog', 'error').textContent!.trim()).to.equal(genericError);
    expect(await dialog.getError()).to.equal(genericError);
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    await expect(element).to.be.accessible();

    await api.removeKey('id-0'); // removed elsewhere meanwhile: the next confirm meets a real not-found
    await dialog.confirm();
    expect(shadow.querySelector('remove-key-dialog')!.open).to.be.false;
    expect(await section.getKeyNames()).to.deep.equal(['Key 2']);
    expect(deepActiveElement()).to.equal(bars()[0].shadowRoot!.querySelector('[part="remove-button"]'));
  });

  it('returns to exactly the view it had when generating is cancelled', async () => {
    const { section, shadow, part, settle } = await setupTest(new MemoryAccessKeyApi({ keys: makeKeys(1) }));
    const before = shadow.querySelector('section')!.innerHTML;
    part('add-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    await sendKeys({ type: 'Not this one' });
    await section.getGenerateDialog().cancel();
    expect(shadow.querySelector('section')!.innerHTML).to.equal(before);
    expect(deepActiveElement()).to.equal(part('add-button'));
  });

  it('keeps the key and returns focus to its Remove button when removing is cancelled', async () => {
    const api = new MemoryAccessKeyApi({ keys: makeKeys(2) });
    const { section, shadow, bars, settle } = await setupTest(api);
    const before = shadow.querySelector('section')!.innerHTML;
    const remove = bars()[1].shadowRoot!.querySelector<HTMLElement>('[part="remove-button"]')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(await section.getRemoveDialog().isOpen()).to.be.true;
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(await section.getRemoveDialog().isOpen()).to.be.false;
    expect(shadow.querySelector('section')!.innerHTML).to.equal(before);
    expect(deepActiveElement()).to.equal(remove);
    expect(api.calls.filter((call) => call.operation === 'remove')).to.have.length(0);
  });

  it('shows the picked Valid till date on the new bar in a zone east of UTC', async () => {
    const api = new MemoryAccessKeyApi();
    const element = await fixture<AccessKeySectionElement>(
      html`<access-key-section lang="en" time-zone="Pacific/Kiritimati" .api=${api}></access-key-section>`,
    );
    const section = new AccessKeySectionHarness(element);
    await section.waitForIdle();
    const reveal = await section.generateKey({ name: 'Island', validTill: '2099-01-15' });
    await reveal.close();
    expect(api.keys[0].expiresAt).to.equal('2099-01-14T10:00:00.000Z');
    const [key] = await section.getKeys();
    expect(key.expires).to.equal('Jan 15, 2099');
    const bar = await section.getBar('Island');
    expect(await bar.getExpiresMoment()).to.equal('January 15, 2099 at 12:00:00 AM GMT+14');
  });

  it('renders HTML payloads in names as text in the list, the tooltip and the remove dialog', async () => {
    const payload = '<img src=x onerror="window.__pwned = true">'.padEnd(120, '!');
    const api = new MemoryAccessKeyApi({ keys: [{ ...makeKeys(1)[0], name: payload }] });
    const { element, section, inDialog, bars, settle } = await setupTest(api);
    element.style.width = '320px';
    await settle();
    expect(await section.getKeyNames()).to.deep.equal([payload]);
    const bar = bars()[0];
    expect(bar.shadowRoot!.querySelector('[role="tooltip"]')!.textContent).to.equal(payload);
    const dialog = await section.removeKey(payload);
    expect(inDialog('remove-key-dialog', 'key-name').textContent).to.contain(payload);
    expect(await dialog.getKeyName()).to.equal(payload);
    expect(findInTree(element, '').length).to.be.greaterThan(0);
    const images = [element, ...element.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName === 'img');
    expect(images).to.deep.equal([]);
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });

  it('keeps text contrast and layout in dark, right-to-left Arabic at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const api = new MemoryAccessKeyApi({
      keys: [
        { ...makeKeys(1)[0], name: 'مفتاح الإنتاج', expiresAt: '2026-01-01T00:00:00.000Z' },
        { ...makeKeys(2)[1], lastUsedAt: new Date(Date.now() - 3_600_000).toISOString() },
      ],
    });
    const root = await fixture<HTMLDivElement>(html`<div
      lang="ar"
      dir="rtl"
      style="--access-key-color-scheme: dark; background: #1f2124"
    >
      <access-key-section time-zone="UTC" .api=${api}></access-key-section>
    </div>`);
    const element = root.querySelector('access-key-section')!;
    await element.updateComplete;
    await nextFrame();
    const shadow = element.shadowRoot!;
    expect(shadow.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('مفتاح الوصول');
    expect(getComputedStyle(shadow.querySelector('[part="add-button"]')!).colorScheme).to.equal('dark');
    expect(getComputedStyle(shadow.querySelector('section')!).direction).to.equal('rtl');
    expect(element.scrollWidth).to.be.at.most(320);
    for (const bar of shadow.querySelectorAll('access-key-bar')) expect(bar.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();

    shadow.querySelector<HTMLElement>('[part="add-button"]')!.click();
    await element.updateComplete;
    const dialog = shadow.querySelector('generate-key-dialog')!;
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('dialog')!.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });
});
