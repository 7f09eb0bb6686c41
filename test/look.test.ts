// What end users see across the elements: colour schemes on host pages, right-to-left reading, narrow viewports.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAccessKeyApi } from '../src/api/memory-api.js';
import '../src/access-key-section/define.js';
import '../src/locales/ar.js';
import { makeKeys, renderSection } from './helpers/fixtures.js';
import { part } from './helpers/dom.js';

describe('look', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

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
});
