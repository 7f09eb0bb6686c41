import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { MemoryAccessKeyApi, type AccessKeyRemovedEvent, type AccessKeySectionElement } from '../../src/index.js';
import { AccessKeySectionHarness } from '../../src/testing/index.js';
import { makeKeys } from '../helpers/fixtures.js';

describe('access-key-section in Vue 3', () => {
  let app: App | undefined;

  afterEach(() => app?.unmount());

  it('hands the adapter over as a property, delivers events to Vue handlers, and survives parent re-renders', async () => {
    const api = new MemoryAccessKeyApi({ keys: makeKeys(2) });
    const removed = ref<string[]>([]);
    const tick = ref(0);
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    app = createApp({
      setup: () => ({ api, removed, tick, onRemoved: (event: AccessKeyRemovedEvent) => removed.value.push(event.key.name) }),
      template: `
        <p id="tick">{{ tick }}</p>
        <p id="removed">{{ removed.join(', ') }}</p>
        <access-key-section :api.prop="api" time-zone="UTC" product-name="Acme" @access-key-removed="onRemoved" />`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
    const warnings: string[] = [];
    app.config.warnHandler = (message: string) => warnings.push(message);
    app.mount(container);
    await nextTick();

    const element = container.querySelector('access-key-section') as AccessKeySectionElement;
    expect(element.api).to.equal(api);
    expect(element.hasAttribute('api')).to.be.false;
    expect(element.productName).to.equal('Acme');
    expect(warnings).to.deep.equal([]);

    const section = new AccessKeySectionHarness(element);
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    const dialog = await section.removeKey('Key 1');
    tick.value++; // the parent re-renders while the remove dialog is open
    await nextTick();
    expect(container.querySelector('#tick')!.textContent).to.equal('1');
    expect(container.querySelector('access-key-section')).to.equal(element);
    expect(await dialog.isOpen()).to.be.true;
    await dialog.confirm();
    await nextFrame();
    expect(removed.value).to.deep.equal(['Key 1']);
    expect(container.querySelector('#removed')!.textContent).to.equal('Key 1');
    tick.value++;
    await nextTick();
    expect(await section.getKeyNames()).to.deep.equal(['Key 2']);
  });
});
