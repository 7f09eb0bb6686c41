// Many keys, few updates: changing one key renders one bar, an unchanged reload renders none, and a dialog is made
// the first time it opens, with focus in it before the next frame.
import { expect, nextFrame } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import sinon from 'sinon';
import '../src/define.js';
import { AccessKeyBarElement } from '../src/access-key-bar/access-key-bar.js';
import { FaultInjectingAccessKeyApi, stubClipboard, type ClipboardStub } from '../src/testing/index.js';
import { deepActiveElement, part } from './helpers/dom.js';
import { makeKeys, renderSection } from './helpers/fixtures.js';

const dialogTags = [
  'generate-key-dialog',
  'reveal-key-dialog',
  'remove-key-dialog',
  'key-limit-dialog',
  'regenerate-key-dialog',
  'rename-key-dialog',
  'remove-expired-keys-dialog',
];

/** Counts `update()` of every bar from now on: which bars (by key name) rendered, once per update. */
function countBarUpdates() {
  const updated: string[] = [];
  const original = LitElement.prototype['update' as keyof LitElement] as (changed: PropertyValues) => void;
  sinon.replace(LitElement.prototype, 'update' as never, function (this: LitElement, changed: PropertyValues) {
    if (this instanceof AccessKeyBarElement) updated.push(this.key?.name ?? '(no key)');
    original.call(this, changed);
  } as never);
  return updated;
}

async function setupTest(count = 30) {
  const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(count), limit: count + 10 });
  const { element, section } = await renderSection({ api });
  element.limit = count + 10;
  await section.settle();
  return { api, element, section };
}

describe('updates with many keys', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => {
    sinon.restore();
    clipboard.restore();
  });

  it('renders no bar again on a reload with unchanged keys', async () => {
    const { element, section } = await setupTest();
    const updated = countBarUpdates();
    await element.refresh();
    await section.settle();
    expect(updated).to.deep.equal([]);
  });

  it('renders no bar again when the section itself updates (an announcement, a new setting for the section only)', async () => {
    const { element, section } = await setupTest();
    const updated = countBarUpdates();
    element.headingLevel = 3;
    element.maxLifetimeDays = 90;
    await section.settle();
    expect(updated).to.deep.equal([]);
  });

  it('renders only the bar whose key a reload changed, and keeps every other bar and the focus in it', async () => {
    const { api, element, section } = await setupTest();
    const bars = [...element.shadowRoot!.querySelectorAll('access-key-bar')];
    const focused = part(bars[20], 'remove-button');
    focused.focus();
    const updated = countBarUpdates();
    await api.renameKey('id-3', 'Renamed elsewhere');
    await api.removeKey('id-1');
    await element.refresh();
    await section.settle();
    expect(updated).to.deep.equal(['Renamed elsewhere']);
    const after = [...element.shadowRoot!.querySelectorAll('access-key-bar')];
    expect(after).to.have.length(29);
    expect(after[19]).to.equal(bars[20]);
    expect(deepActiveElement()).to.equal(focused);
  });

  it('touches no bar but the removed one on Remove → Confirm', async () => {
    const { section } = await setupTest();
    const updated = countBarUpdates();
    const dialog = await section.removeKey('Key 10');
    await dialog.confirm();
    expect(await section.getKeyNames()).not.to.include('Key 10');
    expect(updated.filter((name) => name !== 'Key 10')).to.deep.equal([]);
  });

  it('renders one bar on a rename and one on a regenerate', async () => {
    const { section } = await setupTest();
    const updated = countBarUpdates();
    await section.renameKey('Key 7', 'Key seven');
    expect(await section.getOpenDialog()).to.be.null;
    expect(updated).to.deep.equal(['Key seven']);
    updated.length = 0;
    const reveal = await section.regenerateKey('Key 12', {});
    await reveal.copy();
    await reveal.close();
    expect(updated).to.deep.equal(['Key 12']);
  });

  it('makes no dialog until one opens; "+ Access key" then focuses Name before the next frame', async () => {
    const { element, section } = await setupTest(1000);
    const root = element.shadowRoot!;
    for (const tag of dialogTags) expect(root.querySelector(tag), tag).to.be.null;
    part(root, 'add-button').focus();
    part(root, 'add-button').click();
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const dialog = root.querySelector('generate-key-dialog')!;
    expect(dialog, 'the generate dialog').to.exist;
    expect(deepActiveElement()).to.equal(part(dialog, 'name-input'));
    expect(root.querySelectorAll(dialogTags.filter((tag) => tag !== 'generate-key-dialog').join(','))).to.have.length(0);
    await section.getGenerateDialog().cancel();
    await nextFrame();
    expect(deepActiveElement()).to.equal(part(root, 'add-button'));
  });

  it('showGenerateDialog() resolves with the dialog open and focus in it', async () => {
    const { element } = await setupTest(3);
    await element.showGenerateDialog();
    const dialog = element.shadowRoot!.querySelector('generate-key-dialog')!;
    expect(dialog.open).to.be.true;
    expect(deepActiveElement()).to.equal(part(dialog, 'name-input'));
  });
});
