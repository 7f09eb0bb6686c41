// What end users see across the elements: colour schemes on host pages, right-to-left reading, the same button
// order in every dialog, narrow viewports.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { MemoryAccessKeyApi } from '../src/api/memory-api.js';
import type { AccessKey } from '../src/api/types.js';
import '../src/define.js';
import type { AccessKeyBarElement } from '../src/access-key-bar/access-key-bar.js';
import type { RemoveExpiredKeysDialogElement } from '../src/remove-expired-keys-dialog/remove-expired-keys-dialog.js';
import type { RenameKeyDialogElement } from '../src/rename-key-dialog/rename-key-dialog.js';
import { AccessKeySectionHarness, GenerateKeyDialogHarness } from '../src/testing/index.js';
import { makeKey, makeKeys, renderSection } from './helpers/fixtures.js';
import { part } from './helpers/dom.js';

/** The section on a host page of the given style (its colour scheme, direction, language). */
async function onPage(style: string, { lang = 'en', dir = 'ltr', keys = makeKeys(2) as AccessKey[] } = {}) {
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir} style=${style}>
    <access-key-section time-zone="UTC" .api=${new MemoryAccessKeyApi({ keys })}></access-key-section>
  </div>`);
  const element = page.querySelector('access-key-section')!;
  await new AccessKeySectionHarness(element).waitForIdle();
  await nextFrame();
  return element;
}

/** The x of the first occurrence of `text` inside `element`'s text, as laid out. */
function xOf(element: Element, text: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not in ${element.localName}`);
}

describe('look', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is light on a page without dark mode, even when the OS is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await onPage('background: #fff');
    expect(getComputedStyle(part(element, 'heading')).color).to.equal('rgb(26, 29, 33)');
    expect(getComputedStyle(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expect(element).to.be.accessible();
  });

  it('is dark on a dark page whose color-scheme says so, and on a light page that opts the section into dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const onDarkPage = await onPage('color-scheme: light dark; background: #202124; color: #e8eaed');
    expect(getComputedStyle(part(onDarkPage, 'heading')).color).to.equal('rgb(232, 234, 237)');
    // The page is dark itself: the section sits on it, as in light, with no slab of its own.
    expect(getComputedStyle(part(onDarkPage, 'base')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expect(onDarkPage).to.be.accessible();

    await emulateMedia({ colorScheme: 'light' });
    const optedIn = await onPage('background: #fff; --access-key-color-scheme: dark');
    // Light text, on the dark surface the section paints itself, clear of its edge.
    expect(getComputedStyle(part(optedIn, 'heading')).color).to.equal('rgb(232, 234, 237)');
    expect(getComputedStyle(part(optedIn, 'base')).backgroundColor).to.equal('rgb(18, 19, 22)');
    expect(getComputedStyle(part(optedIn, 'base')).paddingTop).to.equal('16px');
    await expect(optedIn).to.be.accessible();
  });

  it('reads in order on a right-to-left page without a catalog: Hebrew, and Arabic without its strings', async () => {
    for (const lang of ['he', 'ar-EG']) {
      const element = await onPage('', { lang, dir: 'rtl', keys: [makeKey({ createdAt: '2026-11-01T10:00:00.000Z' })] });
      const add = part(element, 'add-button');
      expect(xOf(add, '+'), `${lang}: "+ Access key"`).to.be.below(xOf(add, 'Access'));
      const count = part(element, 'count');
      expect(xOf(count, '1'), `${lang}: "1 of 10"`).to.be.below(xOf(count, 'of'));
      expect(xOf(count, 'of')).to.be.below(xOf(count, '10'));
      const created = part(element.shadowRoot!.querySelector('access-key-bar')!, 'created');
      const [label, date] = [created.querySelector('.text')!, created.querySelector('time')!];
      // The label first in the page's direction (on the right), the date in its own isolate beside it.
      expect(label.getBoundingClientRect().left, `${lang}: "Created <date>"`).to.be.above(date.getBoundingClientRect().right - 1);
      expect(getComputedStyle(date).unicodeBidi).to.equal('plaintext');
    }
  });

  it('reads in order in Arabic with its catalog', async () => {
    await import('../src/locales/ar.js');
    const element = await onPage('', { lang: 'ar', dir: 'rtl', keys: [makeKey()] });
    const count = part(element, 'count');
    expect(count.textContent!.trim()).to.equal('1 من 10');
    // Right to left: 1, then من, then 10.
    expect(xOf(count, '1 ')).to.be.above(xOf(count, 'من'));
    expect(xOf(count, 'من')).to.be.above(xOf(count, '10'));
    const add = part(element, 'add-button');
    expect(xOf(add, '+')).to.be.above(xOf(add, 'مفتاح'));
  });

  it('puts the primary button last, at the inline end, in every dialog', async () => {
    const { element, section } = await renderSection({ api: new MemoryAccessKeyApi({ keys: makeKeys(1) }) });
    const lastButton = (tag: string) => {
      const buttons = [...element.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelectorAll('.actions .button')];
      return buttons[buttons.length - 1];
    };
    await section.openGenerateDialog();
    expect(lastButton('generate-key-dialog').getAttribute('part')).to.equal('generate-button');
    await section.getGenerateDialog().cancel();
    await section.removeKey('Key 1');
    expect(lastButton('remove-key-dialog').getAttribute('part')).to.equal('confirm-button');
    for (const tag of ['generate-key-dialog', 'remove-key-dialog']) {
      const buttons = [...element.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelectorAll('.actions .button')];
      const boxes = buttons.map((button) => button.getBoundingClientRect());
      if (tag === 'remove-key-dialog') expect(boxes[1].left).to.be.above(boxes[0].right);
    }
  });

  it('lets the page style the bars and dialogs inside it through re-exported parts', async () => {
    const { element, section } = await renderSection({ api: new MemoryAccessKeyApi({ keys: makeKeys(1) }) });
    const style = document.createElement('style');
    style.textContent = `
      access-key-section::part(bar-status) { outline: 3px solid rgb(255, 0, 0); }
      access-key-section::part(generate-title) { letter-spacing: 7px; }`;
    document.head.append(style);
    try {
      const bar = element.shadowRoot!.querySelector('access-key-bar')!;
      expect(getComputedStyle(part(bar, 'status')).outlineColor).to.equal('rgb(255, 0, 0)');
      await section.openGenerateDialog();
      const generate = element.shadowRoot!.querySelector('generate-key-dialog')!;
      expect(getComputedStyle(part(generate, 'title')).letterSpacing).to.equal('7px');
    } finally {
      style.remove();
    }
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
    expect(part(element, 'heading').textContent!.trim()).to.equal('مفتاح الوصول');
    expect(getComputedStyle(part(element, 'add-button')).colorScheme).to.equal('dark');
    expect(getComputedStyle(part(element, 'base')).direction).to.equal('rtl');
    expect(element.scrollWidth).to.be.at.most(320);
    for (const bar of element.shadowRoot!.querySelectorAll('access-key-bar')) expect(bar.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();

    part(element, 'add-button').click();
    await element.updateComplete;
    const dialog = element.shadowRoot!.querySelector('generate-key-dialog')!;
    await dialog.updateComplete;
    expect(part(dialog, 'dialog').getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
  it('fits every label in its button at 320 px, busy ones included, in English and Arabic', async () => {
    await import('../src/locales/ar.js');
    await setViewport({ width: 320, height: 640 });
    const expired = makeKeys(3).map((key) => ({ ...key, expiresAt: '2020-01-01T00:00:00.000Z' }));
    for (const lang of ['en', 'ar']) {
      const dialog = await fixture<RemoveExpiredKeysDialogElement>(
        html`<remove-expired-keys-dialog lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} .keys=${expired}></remove-expired-keys-dialog>`,
      );
      dialog.show();
      dialog.busy = true;
      await dialog.updateComplete;
      await nextFrame();
      for (const button of dialog.shadowRoot!.querySelectorAll<HTMLElement>('.actions .button')) {
        const box = button.getBoundingClientRect();
        const contents = document.createRange();
        contents.selectNodeContents(button);
        const label = contents.getBoundingClientRect();
        expect(button.scrollWidth, `${lang}: ${button.textContent!.trim()}`).to.be.at.most(button.clientWidth);
        expect(label.left, `${lang}: ${button.textContent!.trim()} starts inside its button`).to.be.above(box.left + 4);
        expect(label.right, `${lang}: ${button.textContent!.trim()} ends inside its button`).to.be.below(box.right - 4);
      }
      expect(part(dialog, 'dialog').getBoundingClientRect().right).to.be.at.most(320);
      dialog.close();
    }
  });

  it("reads the rename dialog's key ending in order in Arabic", async () => {
    await import('../src/locales/ar.js');
    const dialog = await fixture<RenameKeyDialogElement>(
      html`<rename-key-dialog lang="ar" dir="rtl"></rename-key-dialog>`,
    );
    dialog.show(makeKey());
    await dialog.updateComplete;
    const ending = dialog.shadowRoot!.querySelector('.key-ending')!;
    // Right to left: "ينتهي المفتاح بـ" first, at the right, then ••••a1b2 to its left.
    expect(xOf(ending, 'ينتهي')).to.be.above(xOf(ending, 'a1b2'));
    expect(ending.getBoundingClientRect().right - xOf(ending, 'ينتهي')).to.be.below(120);
    dialog.close();
  });

  it("starts an empty name field in the page's direction, and a typed name in its own", async () => {
    const { element, section } = await renderSection({ api: new MemoryAccessKeyApi(), lang: 'he' });
    element.dir = 'rtl';
    const dialog: GenerateKeyDialogHarness = await section.openGenerateDialog();
    const input = part(element.shadowRoot!.querySelector('generate-key-dialog')!, 'name-input');
    expect(input.matches(':dir(rtl)')).to.be.true;
    await dialog.setName('CI pipeline');
    expect(input.matches(':dir(ltr)')).to.be.true;
    await dialog.setName('');
    expect(input.matches(':dir(rtl)')).to.be.true;
  });

  it('keeps the count and "Remove expired keys" together at the end of the list header', async () => {
    const keys = makeKeys(4).map((key, index) => (index < 2 ? { ...key, expiresAt: '2020-01-01T00:00:00.000Z' } : key));
    const element = await onPage('', { keys });
    const header = element.shadowRoot!.querySelector('.list-header')!.getBoundingClientRect();
    const heading = part(element, 'list-heading').getBoundingClientRect();
    const count = part(element, 'count').getBoundingClientRect();
    const button = part(element, 'remove-expired-button');
    expect(heading.left).to.equal(header.left);
    expect(button.getBoundingClientRect().left - count.right).to.be.at.most(16);
    // The button's text, not its padding, lines up with the end of the list.
    expect(Math.abs(button.getBoundingClientRect().right - 8 - header.right)).to.be.at.most(1);
  });

  it("keeps a bar's three actions on one line at 320 px", async () => {
    await setViewport({ width: 320, height: 640 });
    const bar = await fixture<AccessKeyBarElement>(
      html`<access-key-bar style="inline-size: 288px" .key=${makeKey()} .actions=${['regenerate', 'rename', 'remove']}></access-key-bar>`,
    );
    await bar.updateComplete;
    const tops = [...bar.shadowRoot!.querySelectorAll('.actions .button')].map((button) => button.getBoundingClientRect().top);
    expect(tops).to.have.length(3);
    expect(new Set(tops).size, 'the buttons share one line').to.equal(1);

    // The line about a regenerated key's old secret wraps inside the bar rather than run past it.
    bar.key = makeKey({ previousSecretExpiresAt: new Date(Date.now() + 23 * 3_600_000).toISOString() });
    await bar.updateComplete;
    expect(bar.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(288);
    const line = bar.shadowRoot!.querySelector('[part="previous-secret"]')!.getBoundingClientRect();
    expect(line.right).to.be.at.most(bar.getBoundingClientRect().right - 8);
  });
});
