// The limit dialog says one thing. Its modal behaviour (focus, Tab, Escape, its button, one closed event) and its
// language are tested once for every dialog in test/internal/dialog-base.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/key-limit-dialog/define.js';
import { KeyLimitDialogHarness } from '../src/testing/index.js';

describe('key-limit-dialog', () => {
  it('says the limit is reached and what to do, with focus on Close', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"><key-limit-dialog open></key-limit-dialog></div>`);
    const element = root.querySelector('key-limit-dialog')!;
    const limit = new KeyLimitDialogHarness(element);
    expect(await limit.isOpen()).to.be.true;
    expect(await limit.getTitle()).to.equal('Cannot add another key');
    expect(await limit.getText()).to.equal('To generate a new key, you need to remove an existing one.');
    expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Close');
    await expect(element).to.be.accessible();
  });
});
