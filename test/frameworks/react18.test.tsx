// React 18.3 sets unknown props on custom elements as attributes and ignores their custom events; the components of
// access-key-elements/react work there, and the plain tag says why it does not. This file runs in pages whose
// `react` is React 18 (web-test-runner.config.mjs, group react18).
import { expect, fixture, html } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import sinon from 'sinon';
import { MemoryAccessKeyApi } from '../../src/index.js';
import { itRunsTheComponents } from './react-components.js';

describe('access-key-elements/react in React 18', () => {
  afterEach(() => sinon.restore());

  itRunsTheComponents(18);

  it('warns in development when the plain tag gets the adapter as an attribute', async () => {
    const warn = sinon.stub(console, 'warn');
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = createRoot(container);
    const api = new MemoryAccessKeyApi();
    flushSync(() => root.render(createElement('access-key-section', { api })));
    const element = container.querySelector('access-key-section')!;
    expect(element.getAttribute('api')).to.equal('[object Object]');
    expect(element.api).to.be.undefined;
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(/got `api` as an attribute.*Set the `api` property/);
    root.unmount();
  });
});
