// The key lifecycle beyond the seed, as a user runs it in the section: regenerate (with a grace period for the old
// secret, on the reference server over HTTP), rename, remove the expired keys at once; and an adapter with only the
// seed's three methods, which gets none of it and keeps working as before.
import { expect } from '@open-wc/testing';
import { RestAccessKeyApi } from '../src/api/rest-api.js';
import type { AccessKey, AccessKeyApi } from '../src/api/types.js';
import '../src/access-key-section/define.js';
import type { AccessKeyRegeneratedEvent, AccessKeyRemovedEvent, AccessKeyRenamedEvent } from '../src/events.js';
import { FaultInjectingAccessKeyApi, stubClipboard, type ClipboardStub } from '../src/testing/index.js';
import { genericError, makeKey, makeKeys, renderSection } from './helpers/fixtures.js';
import { deepActiveElement, findInTree, part } from './helpers/dom.js';

const HOUR = 3_600_000;
const expired = (name: string, id: string): AccessKey =>
  makeKey({ id, name, createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-06-01T00:00:00.000Z' });

describe('key lifecycle in access-key-section', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('abandons a request whose dialog closes while it runs: aborted, and the list reloaded to show the truth', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(1) });
    const { section } = await renderSection({ api });
    const lists = () => api.calls.filter((call) => call.operation === 'list').length;

    api.failNext('generate', 'hang');
    const generate = await section.openGenerateDialog();
    await generate.setName('Stuck');
    await generate.clickGenerate();
    expect(await generate.isBusy()).to.be.true;
    const beforeCancel = lists();
    await generate.cancel();
    await section.waitForIdle();
    expect(lists()).to.equal(beforeCancel + 1);
    // Nothing still runs: the next request goes out and succeeds.
    await (await section.generateKey({ name: 'Next' })).close();
    expect(await section.getKeyNames()).to.deep.equal(['Next', 'Key 1']);

    api.failNext('rename', 'hang');
    const rename = await section.openRenameDialog('Next');
    await rename.setName('Renamed');
    await rename.clickSave();
    expect(await rename.isBusy()).to.be.true;
    const beforeEscape = lists();
    await rename.pressEscape();
    await section.waitForIdle();
    expect(lists()).to.equal(beforeEscape + 1);
    expect(await section.getOpenDialog()).to.be.null;
    expect(await section.getKeyNames()).to.deep.equal(['Next', 'Key 1']);
  });

  it('regenerates a key with a 1-day grace: the new secret once, the old one working until then and not after', async () => {
    const base = `/test-api/${crypto.randomUUID()}`;
    const api = new RestAccessKeyApi({ baseUrl: base });
    const now = Date.now();
    const setClock = (at: number) =>
      fetch(`${base}/test-clock`, { method: 'PUT', body: JSON.stringify({ now: new Date(at).toISOString() }), headers: { 'Content-Type': 'application/json' } });
    const verify = async (secret: string) =>
      (await fetch(`${base}/access-keys/verify`, { method: 'POST', body: JSON.stringify({ secret }), headers: { 'Content-Type': 'application/json' } })).status;
    await setClock(now);
    const first = await api.generateKey({ name: 'Deploy bot', expiresAt: null });
    const { element, section } = await renderSection({ api });
    const regenerated: AccessKeyRegeneratedEvent[] = [];
    element.addEventListener('access-key-regenerated', (event) => regenerated.push(event));

    const reveal = await section.regenerateKey('Deploy bot', { graceHours: 24 });
    const secret = await reveal.getSecret();
    expect(secret).to.match(/^ak_/).and.not.equal(first.secret);
    await reveal.copy();
    expect(clipboard.written).to.deep.equal([secret]);
    await reveal.close();
    expect(findInTree(element, secret)).to.deep.equal([]);

    const [key] = await section.getKeys();
    expect(key).to.deep.include({ name: 'Deploy bot', visiblePart: `••••${secret.slice(-4)}` });
    expect(await (await section.getBar('Deploy bot')).getPreviousSecretUntil()).to.equal('tomorrow');
    const line = element.shadowRoot!.querySelector('access-key-bar')!.shadowRoot!.querySelector('[part="previous-secret"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Previous secret stops working tomorrow');
    expect(await section.getAnnouncement()).to.equal('Key “Deploy bot” regenerated.');
    expect(regenerated.map((event) => [event.key.id, 'secret' in event.key])).to.deep.equal([[first.id, false]]);
    expect(await section.getCount()).to.equal('1 of 10');

    expect([await verify(first.secret), await verify(secret)]).to.deep.equal([200, 200]);
    await setClock(now + 24 * HOUR + 1000);
    expect([await verify(first.secret), await verify(secret)]).to.deep.equal([401, 200]);
    await setClock(now);
  });

  it('revives an expired key with a new expiry, and refuses a grace longer than the new key lives', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: [expired('Old bot', 'old')] });
    const { section } = await renderSection({ api });
    expect((await section.getKeys())[0].status).to.equal('Expired');
    const dialog = await section.openRegenerateDialog('Old bot');
    expect(await dialog.getKeyName()).to.equal('Old bot');
    await dialog.chooseExpiry(7);
    await dialog.chooseGrace(168);
    await dialog.submit();
    expect(await dialog.getGraceError()).to.equal(
      'The old secret cannot work longer than the new one: choose an earlier moment or a later expiry.',
    );
    await dialog.chooseGrace(0);
    await dialog.submit();
    await section.getRevealDialog().close();
    expect((await section.getKeys())[0]).to.deep.include({ status: 'Expires soon', expires: 'in 7 days' });
  });

  it('keeps the choices and shows the error when regenerating fails; a key gone elsewhere closes the dialog', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const { section } = await renderSection({ api });
    api.failNext('regenerate', 'error');
    const dialog = await section.openRegenerateDialog('Key 1');
    await dialog.chooseExpiry(30);
    await dialog.chooseGrace(24);
    await dialog.submit();
    expect([await dialog.getError(), await dialog.getExpiryChoice(), await dialog.isOpen()]).to.deep.equal([
      genericError,
      30,
      true,
    ]);
    await dialog.cancel();

    // Removed in another tab: renaming it closes the dialog and the list shows what the backend holds.
    const rename = await section.openRenameDialog('Key 2');
    await api.removeKey(api.keys.find((key) => key.name === 'Key 2')!.id);
    await rename.setName('Too late');
    await rename.save();
    await section.waitForIdle();
    expect(await section.getOpenDialog()).to.be.null;
    expect(await section.getKeyNames()).to.deep.equal(['Key 1']);
  });

  it('renames a key under the name rules, keeping focus and saying so', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const { element, section } = await renderSection({ api });
    const renamed: AccessKeyRenamedEvent[] = [];
    element.addEventListener('access-key-renamed', (event) => renamed.push(event));
    const dialog = await section.openRenameDialog('Key 2');
    expect([await dialog.getName(), await dialog.getCounter()]).to.deep.equal(['Key 2', '5/120']);
    await dialog.setName(' \u00A0 ');
    await dialog.save();
    expect(await dialog.getNameError()).to.equal('Enter a name for the key.');
    await expect(element).to.be.accessible();
    await dialog.setName('  Nightly builds  ');
    await dialog.save();
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Nightly builds']);
    expect(api.keys[1].name).to.equal('Nightly builds');
    expect(await section.getAnnouncement()).to.equal('Key “Key 2” renamed to “Nightly builds”.');
    expect(renamed.map((event) => [event.key.name, event.previousName])).to.deep.equal([['Nightly builds', 'Key 2']]);
    const bar = element.shadowRoot!.querySelectorAll('access-key-bar')[1];
    expect(deepActiveElement()).to.equal(part(bar, 'rename-button'));
  });

  it('keeps the new name and shows the error when renaming fails', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(1) });
    api.failNext('rename', 'error');
    const { section } = await renderSection({ api });
    const dialog = await section.openRenameDialog('Key 1');
    await dialog.setName('Nightly');
    await dialog.save();
    expect([await dialog.getError(), await dialog.getName()]).to.deep.equal([genericError, 'Nightly']);
    await dialog.save();
    expect(await section.getKeyNames()).to.deep.equal(['Nightly']);
  });

  it('removes the expired keys at once; when one fails, keeps it, says how many went and retries the rest', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: [...makeKeys(2), expired('Old A', 'xa'), expired('Old B', 'xb'), expired('Old C', 'xc')] });
    const { element, section } = await renderSection({ api });
    const removed: string[] = [];
    element.addEventListener('access-key-removed', (event: AccessKeyRemovedEvent) => removed.push(event.key.name));
    expect(await section.getRemoveExpiredLabel()).to.equal('Remove expired keys (3)');
    const dialog = await section.openRemoveExpiredDialog();
    expect(await dialog.getText()).to.equal(
      '3 keys have expired. Apps and scripts can no longer use them; removing them frees places for new keys.',
    );
    await expect(element).to.be.accessible();
    api.failNext('remove', 'error');
    await dialog.confirm();
    expect(await dialog.isOpen()).to.be.true;
    expect(await dialog.getError()).to.equal(`2 of 3 expired keys were removed. ${genericError}`);
    expect(await dialog.getText()).to.match(/^One key has expired/);
    expect(removed).to.deep.equal(['Old B', 'Old C']);
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2', 'Old A']);
    expect(await section.getRemoveExpiredLabel()).to.be.null;
    await expect(element).to.be.accessible();

    await dialog.confirm();
    expect(await dialog.isOpen()).to.be.false;
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    expect(await section.getAnnouncement()).to.equal('One expired key removed.');
    expect(deepActiveElement()).to.equal(part(element.shadowRoot!.querySelector('access-key-bar')!, 'remove-button'));
  });

  it('gives an adapter with only the seed\'s three methods no Regenerate or Rename, and the seed flow as before', async () => {
    const memory = new FaultInjectingAccessKeyApi({ keys: makeKeys(1) });
    // Written against the first contract: no regenerateKey, no renameKey.
    const api: AccessKeyApi = {
      listKeys: (options) => memory.listKeys(options),
      generateKey: (input, options) => memory.generateKey(input, options),
      removeKey: (id, options) => memory.removeKey(id, options),
    };
    const { section } = await renderSection({ api });
    expect(await (await section.getBar('Key 1')).getActions()).to.deep.equal(['Remove']);
    const reveal = await section.generateKey({ name: 'Seed key' });
    await reveal.copy();
    await reveal.close();
    expect(await section.getKeyNames()).to.deep.equal(['Seed key', 'Key 1']);
    expect(await (await section.getBar('Seed key')).getActions()).to.deep.equal(['Remove']);
    await (await section.removeKey('Seed key')).confirm();
    expect(await section.getKeyNames()).to.deep.equal(['Key 1']);

    const full = await renderSection({ api: new FaultInjectingAccessKeyApi({ keys: makeKeys(1) }) });
    expect(await (await full.section.getBar('Key 1')).getActions()).to.deep.equal(['Regenerate', 'Rename', 'Remove']);
  });
});
