// What the React components of access-key-elements/react must do, in whichever React the page maps `react` to: the
// React 19 tests and the React 18 tests (web-test-runner.config.mjs, group react18) both run it.
import { expect, fixture, html } from '@open-wc/testing';
import { version } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { type AccessKeySectionElement } from '../../src/index.js';
import { AccessKeySection } from '../../src/react/index.js';
import { FaultInjectingAccessKeyApi, AccessKeySectionHarness, numberedKeys, stubClipboard } from '../../src/testing/index.js';

/** Mounts `<AccessKeySection>` with an adapter and every event prop; returns what React heard. */
async function setupTest(api: FaultInjectingAccessKeyApi) {
  const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const root = createRoot(container);
  const heard: string[] = [];
  const hear = (event: Event & { key?: { name: string }; limit?: number; operation?: string }) =>
    heard.push(`${event.type} ${event.key?.name ?? event.limit ?? event.operation}`);
  flushSync(() =>
    root.render(
      <AccessKeySection
        api={api}
        timeZone="UTC"
        productName="Acme"
        onAccessKeyGenerated={hear}
        onAccessKeyCopied={hear}
        onAccessKeyRemoved={hear}
        onAccessKeyLimitReached={hear}
        onAccessKeyError={hear}
      />,
    ),
  );
  const element = container.querySelector('access-key-section') as AccessKeySectionElement;
  return { root, element, heard, section: new AccessKeySectionHarness(element) };
}

export function itRunsTheComponents(major: number): void {
  it(`runs in React ${major}`, () => {
    expect(version.split('.')[0]).to.equal(String(major));
  });

  it('hands the adapter and settings over as properties and every event to its on… prop', async () => {
    const clipboard = stubClipboard();
    const api = new FaultInjectingAccessKeyApi({ keys: numberedKeys(9) });
    const { root, element, heard, section } = await setupTest(api);
    try {
      expect([element.api, element.timeZone, element.productName]).to.deep.equal([api, 'UTC', 'Acme']);
      expect(element.hasAttribute('api')).to.be.false;
      await section.waitForIdle();

      const reveal = await section.generateKey({ name: 'From React' });
      await reveal.copy();
      await reveal.close();
      expect(await section.clickAddKey()).to.equal('limit');
      await section.getLimitDialog().close();
      api.failNext('remove', 'error');
      const remove = await section.removeKey('From React');
      await remove.confirm();
      expect(await remove.getError()).to.contain('contact Acme support');
      await remove.confirm();

      expect(heard).to.deep.equal([
        'access-key-generated From React',
        'access-key-copied From React',
        'access-key-limit-reached 10',
        'access-key-error remove',
        'access-key-removed From React',
      ]);
    } finally {
      root.unmount();
      clipboard.restore();
    }
  });
}
