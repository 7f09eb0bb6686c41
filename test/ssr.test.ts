// A page rendered on the server (test/ssr/render-section.ts, @lit-labs/ssr) hydrates into a working section: the
// keys are there before any script runs, nothing is rendered twice, and a key can be generated afterwards.
// Hydration support must run before Lit's element module does (it hooks in as that module loads), so it comes first,
// before @open-wc/testing, which imports Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAccessKeyApi } from '../src/api/memory-api.js';
import type { AccessKeySectionElement } from '../src/access-key-section/access-key-section.js';
import { AccessKeySectionHarness, numberedKeys, stubClipboard } from '../src/testing/index.js';

describe('server-side rendering', () => {
  it('hydrates the server-rendered section into one that works', async () => {
    const keys = numberedKeys(2);
    const response = await fetch('/test-ssr/section', { method: 'POST', body: JSON.stringify(keys) });
    const page = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    page.setHTMLUnsafe(await response.text());
    const element = page.querySelector('access-key-section') as AccessKeySectionElement;
    // Before any element is defined: the declarative shadow DOM already shows the keys.
    expect(customElements.get('access-key-section')).to.be.undefined;
    expect(element.shadowRoot!.textContent).to.contain('2 of 10');
    const bars = [...element.shadowRoot!.querySelectorAll('access-key-bar')];
    expect(bars.map((bar) => bar.shadowRoot?.querySelector('[part~="name"]')?.textContent)).to.deep.equal(['Key 1', 'Key 2']);

    // The page hands over what the server rendered with, then the elements are defined and hydrate.
    const api = new MemoryAccessKeyApi({ keys });
    Object.assign(element, { keys, api });
    const errors: unknown[] = [];
    window.addEventListener('error', (event) => errors.push(event.error));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    await import('../src/define.js');
    const section = new AccessKeySectionHarness(element);
    await section.waitForIdle();
    expect(errors).to.deep.equal([]);
    // Hydrated, not rendered again beside what the server sent.
    expect(element.shadowRoot!.querySelectorAll('[part~="list"], access-key-bar')).to.have.length(3);
    expect(bars.every((bar) => bar.isConnected && bar.shadowRoot!.querySelectorAll('[part~="base"]').length === 1)).to.be.true;
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    expect(await section.getCount()).to.equal('2 of 10');

    const clipboard = stubClipboard();
    const reveal = await section.generateKey({ name: 'After hydration' });
    await reveal.copy();
    await reveal.close();
    clipboard.restore();
    expect(await section.getKeyNames()).to.deep.equal(['After hydration', 'Key 1', 'Key 2']);
    await expect(element).to.be.accessible();
  });
});
