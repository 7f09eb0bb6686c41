// The section: its states, its settings, and how it runs each flow against the adapter. The whole seed flow as a host's
// test suite drives it is in test/testing/seed-flow.test.ts; each dialog's own rules are in its own file.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import { accessKeyContext } from '../src/api/context.js';
import { AccessKeyRequestError } from '../src/api/errors.js';
import type { AccessKey } from '../src/api/types.js';
import type { AccessKeyLimitReachedEvent } from '../src/events.js';
import '../src/access-key-section/define.js';
import '../src/locales/de.js';
import { FaultInjectingAccessKeyApi, createTestClock, stubClipboard, AccessKeySectionHarness, type ClipboardStub } from '../src/testing/index.js';
import { DeferredAccessKeyApi } from './helpers/deferred-api.js';
import { genericError, makeKeys, renderSection } from './helpers/fixtures.js';
import { deepActiveElement, findInTree, part, tabTo } from './helpers/dom.js';

/** The section with an adapter whose calls the test settles by hand. */
async function setupDeferred() {
  const api = new DeferredAccessKeyApi();
  return { api, ...(await renderSection({ api, idle: false })) };
}

describe('access-key-section', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('shows loading, then the empty state with "+ Access key"', async () => {
    const { api, element, section } = await setupDeferred();
    expect(await section.isLoading()).to.be.true;
    expect(await section.getHeading()).to.equal('Access key');
    await expect(element).to.be.accessible();

    api.last('list').resolve([]);
    await section.waitForIdle();
    expect([await section.isLoading(), await section.isEmpty(), await section.getCount()]).to.deep.equal([
      false,
      true,
      null,
    ]);
    expect(part(element, 'empty').textContent!.trim()).to.equal('You do not have access keys yet.');
    expect(part(element, 'add-button').textContent!.trim()).to.equal('+ Access key');
    await expect(element).to.be.accessible();
  });

  it('lists "Your keys" with "N of 10", the list described by the count', async () => {
    const { element, section } = await renderSection({ api: new FaultInjectingAccessKeyApi({ keys: makeKeys(3) }) });
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2', 'Key 3']);
    expect(await section.getCount()).to.equal('3 of 10');
    expect(part(element, 'list').getAttribute('aria-describedby')).to.equal(part(element, 'count').id);
    await expect(element).to.be.accessible();
  });

  it('takes its adapter and settings from a provider above it when it has none of its own', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const settings = { api, limit: 2, productName: 'Acme', messages: { listHeading: 'API keys' }, locale: '' };
    new ContextProvider(host, { context: accessKeyContext, initialValue: settings }).hostConnected();
    const element = document.createElement('access-key-section');
    host.append(element);
    const section = new AccessKeySectionHarness(element, { messages: { listHeading: 'API keys' } });
    await section.waitForIdle();
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    expect(part(element, 'list-heading').textContent!.trim()).to.equal('API keys');
    expect(await section.getCount()).to.equal('2 of 2');
    expect(await section.clickAddKey()).to.equal('limit');
    await section.getLimitDialog().close();
    api.failNext('remove', 'error');
    const dialog = await section.removeKey('Key 1');
    await dialog.confirm();
    expect(await dialog.getError()).to.equal(genericError.replace('Mobitru', 'Acme'));
  });

  it('follows the page when it switches language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <access-key-section time-zone="UTC" .api=${new FaultInjectingAccessKeyApi({ keys: makeKeys(1) })}></access-key-section>
    </div>`);
    const section = new AccessKeySectionHarness(wrapper.querySelector('access-key-section')!);
    await section.waitForIdle();
    expect(await section.getHeading()).to.equal('Access key');
    wrapper.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    expect(await section.getHeading()).to.equal('Zugangsschlüssel');
    expect((await section.getKeys())[0].status).to.equal('Aktiv');
  });

  it('shows a list error with Retry, and keeps the keys it showed when a reload fails', async () => {
    const { api, element, section } = await setupDeferred();
    api.last('list').reject(new AccessKeyRequestError('Request failed with status 500', 500));
    expect(await section.getListError()).to.equal(`Your keys could not be loaded. ${genericError}`);
    expect(part(element, 'list-error').getAttribute('role')).to.equal('alert');
    await expect(element).to.be.accessible();

    const retried = section.retry();
    await section.settle();
    api.last('list').resolve(makeKeys(2));
    await retried;
    expect([await section.getListError(), await section.getKeyNames()]).to.deep.equal([null, ['Key 1', 'Key 2']]);

    void element.refresh();
    expect(await section.isLoading()).to.be.true;
    expect(part(element, 'refreshing').textContent).to.equal('Loading your keys…');
    api.last('list').reject(new TypeError('Failed to fetch'));
    await section.waitForIdle();
    expect(await section.getListError()).to.equal(`Your keys could not be loaded. ${genericError}`);
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    await expect(element).to.be.accessible();
  });

  it('treats ill-typed data from the adapter as an error, never rendering it', async () => {
    const { api, element, section } = await setupDeferred();
    api.last('list').resolve([{ id: 1, name: undefined }]);
    expect(await section.getListError()).to.contain('Your keys could not be loaded.');
    expect(element.shadowRoot!.textContent).not.to.match(/undefined|Invalid Date/);
  });

  it('lets the newest load win when loads resolve out of order, aborting the older one', async () => {
    const { api, element, section } = await setupDeferred();
    void element.refresh();
    const [older, newer] = api.callsOf<AccessKey[]>('list');
    expect(older.signal!.aborted).to.be.true;
    newer.resolve(makeKeys(1, 'Newest'));
    older.resolve(makeKeys(2, 'Stale'));
    expect(await section.getKeyNames()).to.deep.equal(['Newest 1']);
  });

  it('aborts calls in flight when it leaves the page, and works again when put back', async () => {
    const { api, element, section } = await setupDeferred();
    element.remove();
    expect(api.last('list').signal!.aborted).to.be.true;
    document.body.append(element);
    api.last('list').resolve([]);
    const generate = await section.openGenerateDialog();
    await generate.setName('First try');
    await generate.clickGenerate();
    const first = api.last('generate');
    element.remove();
    expect(first.signal!.aborted).to.be.true;

    document.body.append(element);
    await section.settle();
    api.last('list').resolve([]);
    const again = await section.openGenerateDialog();
    await again.setName('Second try');
    await again.clickGenerate();
    expect(api.callsOf('generate')).to.have.length(2);
    expect(api.last('generate').input).to.deep.equal({ name: 'Second try', expiresAt: null });
    element.remove();
  });

  it('runs generate → copy → close → remove from the keyboard alone, keeping the secret out of the DOM', async () => {
    const api = new FaultInjectingAccessKeyApi({ now: createTestClock(new Date('2026-03-01T10:00:00Z')).now });
    const { element, section } = await renderSection({ api });
    const events: string[] = [];
    for (const type of ['access-key-generated', 'access-key-copied', 'access-key-removed'] as const) {
      element.addEventListener(type, (event) => events.push(`${event.type} ${'secret' in event.key}`));
    }
    const shadow = element.shadowRoot!;
    const inDialog = (tag: string, name: string) => part(shadow.querySelector(tag)!, name);

    await tabTo(part(element, 'add-button'));
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(deepActiveElement()).to.equal(inDialog('generate-key-dialog', 'name-input'));
    await sendKeys({ type: 'Deploy bot' });
    await sendKeys({ press: 'Enter' });
    await section.waitForIdle();

    const secret = await section.getRevealDialog().getSecret();
    expect(secret).to.match(/^ak_/);
    expect(findInTree(element, secret)).to.deep.equal(['textarea.value']);
    expect(deepActiveElement()).to.equal(inDialog('reveal-key-dialog', 'copy-button'));
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(clipboard.written).to.deep.equal([secret]);
    await tabTo(inDialog('reveal-key-dialog', 'close-button'));
    await sendKeys({ press: 'Enter' });
    await section.settle();

    expect(findInTree(element, secret)).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(part(element, 'add-button'));
    const [key] = await section.getKeys();
    expect(key).to.deep.include({ name: 'Deploy bot', visiblePart: `••••${secret.slice(-4)}`, created: 'Mar 1, 2026' });

    await tabTo(part(shadow.querySelector('access-key-bar')!, 'remove-button'));
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(deepActiveElement()).to.equal(inDialog('remove-key-dialog', 'cancel-button'));
    await tabTo(inDialog('remove-key-dialog', 'confirm-button'));
    await sendKeys({ press: 'Enter' });
    await section.waitForIdle();

    expect(await section.isEmpty()).to.be.true;
    expect(deepActiveElement()).to.equal(part(element, 'add-button'));
    expect(events).to.deep.equal(['access-key-generated false', 'access-key-copied false', 'access-key-removed false']);
    expect(api.keys).to.deep.equal([]);
  });

  it('makes exactly one backend call for a double click and a repeated Enter on Generate', async () => {
    const { api, element, section } = await setupDeferred();
    api.last('list').resolve([]);
    const dialog = await section.openGenerateDialog();
    await dialog.setName('Once');
    const generate = part(element.shadowRoot!.querySelector('generate-key-dialog')!, 'generate-button');
    generate.click();
    generate.click();
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(api.callsOf('generate')).to.have.length(1);
  });

  it('opens the limit dialog at 10 keys instead of the generate dialog, and says so', async () => {
    const { element, section } = await renderSection({ api: new FaultInjectingAccessKeyApi({ keys: makeKeys(10) }) });
    expect(await section.getCount()).to.equal('10 of 10');
    const reached = oneEvent<AccessKeyLimitReachedEvent>(element, 'access-key-limit-reached');
    expect(await section.clickAddKey()).to.equal('limit');
    expect((await reached).limit).to.equal(10);
    // The generate dialog is the first the harness looks for: had it opened too, that is what it would report.
    expect(await section.getOpenDialog()).to.equal('limit');
    await expect(element).to.be.accessible();
  });

  it('closes the form, opens the limit dialog and refreshes when the backend refuses for the limit', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    api.failNext('generate', 'limit');
    const { section } = await renderSection({ api });
    const dialog = await section.openGenerateDialog();
    await dialog.setName('One more');
    await dialog.submit();
    expect(await section.getOpenDialog()).to.equal('limit');
    expect(api.calls.filter((call) => call.operation === 'list')).to.have.length(2);
  });

  it('refreshes quietly when the key to remove is already gone, moving focus to the next bar', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const { element, section } = await renderSection({ api });
    let errors = 0;
    element.addEventListener('access-key-error', () => errors++);
    const dialog = await section.removeKey('Key 1');
    await api.removeKey('id-0'); // removed elsewhere meanwhile
    await dialog.confirm();
    expect([await dialog.isOpen(), await section.getKeyNames(), errors]).to.deep.equal([false, ['Key 2'], 0]);
    expect(deepActiveElement()).to.equal(part(element.shadowRoot!.querySelector('access-key-bar')!, 'remove-button'));
  });

  it('returns to exactly the view it had when generating or removing is cancelled, focus included', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const { element, section } = await renderSection({ api });
    const view = () => element.shadowRoot!.querySelector('section')!.innerHTML;
    const before = view();
    part(element, 'add-button').focus();
    await sendKeys({ press: 'Enter' });
    await section.settle();
    await sendKeys({ type: 'Not this one' });
    await section.getGenerateDialog().cancel();
    expect(view()).to.equal(before);
    expect(deepActiveElement()).to.equal(part(element, 'add-button'));

    const remove = part(element.shadowRoot!.querySelectorAll('access-key-bar')[1], 'remove-button');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(await section.getOpenDialog()).to.equal('remove');
    await sendKeys({ press: 'Escape' });
    await section.settle();
    expect([await section.getOpenDialog(), view()]).to.deep.equal([null, before]);
    expect(deepActiveElement()).to.equal(remove);
    expect(api.calls.filter((call) => call.operation === 'remove')).to.have.length(0);
  });

  it('shows the picked Valid till date on the new bar in a zone east of UTC', async () => {
    const api = new FaultInjectingAccessKeyApi();
    const { section } = await renderSection({ api, timeZone: 'Pacific/Kiritimati' });
    const reveal = await section.generateKey({ name: 'Island', validTill: '2099-01-15' });
    await reveal.close();
    expect(api.keys[0].expiresAt).to.equal('2099-01-14T10:00:00.000Z');
    expect((await section.getKeys())[0].expires).to.equal('Jan 15, 2099');
    const bar = await section.getBar('Island');
    expect(await bar.getExpiresMoment()).to.equal('January 15, 2099 at 12:00:00 AM GMT+14');
  });

  it('renders HTML payloads in names as text in the list, the tooltip and the remove dialog', async () => {
    const payload = '<img src=x onerror="window.__pwned = true">'.padEnd(120, '!');
    const api = new FaultInjectingAccessKeyApi({ keys: [{ ...makeKeys(1)[0], name: payload }] });
    const { element, section } = await renderSection({ api });
    element.style.width = '320px';
    await nextFrame(); // the bar measures its name after layout: truncated, so it gets a tooltip
    await section.settle();
    expect(await section.getKeyNames()).to.deep.equal([payload]);
    const bar = element.shadowRoot!.querySelector('access-key-bar')!;
    expect(bar.shadowRoot!.querySelector('[role="tooltip"]')!.textContent).to.equal(payload);
    const dialog = await section.removeKey(payload);
    expect(await dialog.getKeyName()).to.equal(payload);
    const images = [element, ...element.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName === 'img');
    expect(images).to.deep.equal([]);
    expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
  });
});
