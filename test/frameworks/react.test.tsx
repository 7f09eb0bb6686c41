import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type {} from '../../src/react/index.js';
import '../../src/define.js';
import { MemoryAccessKeyApi, type AccessKeyGeneratedEvent, type AccessKeySectionElement } from '../../src/index.js';
import { AccessKeySectionHarness, stubClipboard, type ClipboardStub } from '../../src/testing/index.js';
import { itRunsTheComponents } from './react-components.js';

interface AppProps {
  api: MemoryAccessKeyApi;
  onGenerated: (name: string) => void;
}

let rerender: (() => void) | undefined;

/** A parent that re-renders on demand and shows what it heard, as a React page would. */
function App({ api, onGenerated }: AppProps) {
  const [renders, setRenders] = useState(0);
  const [last, setLast] = useState('');
  rerender = () => setRenders((count) => count + 1);
  return (
    <main>
      <p id="renders">{renders}</p>
      <p id="last">{last}</p>
      <access-key-section
        api={api}
        time-zone="UTC"
        product-name="Acme"
        onaccess-key-generated={(event: AccessKeyGeneratedEvent) => {
          setLast(event.key.name);
          onGenerated(event.key.name);
        }}
      />
    </main>
  );
}

describe('access-key-elements in React 19', () => {
  itRunsTheComponents(19);

  let root: Root;
  let container: HTMLElement;
  let clipboard: ClipboardStub;

  beforeEach(async () => {
    clipboard = stubClipboard();
    container = await fixture(html`<div lang="en"></div>`);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    clipboard.restore();
  });

  it('takes the plain tag: the adapter as a property, events to on… handlers, state kept through re-renders', async () => {
    const api = new MemoryAccessKeyApi({ keys: [] });
    const heard: string[] = [];
    flushSync(() => root.render(<App api={api} onGenerated={(name) => heard.push(name)} />));
    const element = container.querySelector('access-key-section') as AccessKeySectionElement;
    expect(element.api).to.equal(api);
    expect(element.hasAttribute('api')).to.be.false;
    expect(element.productName).to.equal('Acme');

    const section = new AccessKeySectionHarness(element);
    expect(await section.isEmpty()).to.be.true;
    const reveal = await section.generateKey({ name: 'From React' });
    expect(heard).to.deep.equal(['From React']);
    await nextFrame();
    expect(container.querySelector('#last')!.textContent).to.equal('From React');

    // The parent re-renders while the one-time reveal is open: React must keep the same element and its state.
    flushSync(() => rerender!());
    expect(container.querySelector('#renders')!.textContent).to.equal('1');
    expect(container.querySelector('access-key-section')).to.equal(element);
    expect(await reveal.isOpen()).to.be.true;
    await reveal.close();
    expect(await section.getKeyNames()).to.deep.equal(['From React']);
    flushSync(() => rerender!());
    expect(await section.getKeyNames()).to.deep.equal(['From React']);
  });
});
