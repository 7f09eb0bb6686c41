// The one-time reveal's own rules. The modal behaviour (focus, Tab, Escape once copied, one closed event) and the
// language are tested once for every dialog in test/internal/dialog-base.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { GeneratedAccessKey } from '../src/api/types.js';
import type { AccessKeyDialogClosedEvent } from '../src/events.js';
import '../src/reveal-key-dialog/define.js';
import { stubClipboard, type ClipboardStub } from '../src/testing/index.js';
import { makeKey } from './helpers/fixtures.js';
import { labelOf } from './helpers/dom.js';

const secret = 'ak_live_9f2c4e71b0d84a6f8e3b5c1d7a09e2f4a1b2';
const generated: GeneratedAccessKey = { ...makeKey(), secret };

let clipboard: ClipboardStub;

async function setupTest() {
  const root = await fixture<HTMLDivElement>(html`<div lang="en">
    <button id="trigger">Generate</button>
    <reveal-key-dialog></reveal-key-dialog>
  </div>`);
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const element = root.querySelector('reveal-key-dialog')!;
  trigger.focus();
  element.show({ ...generated });
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  const dialog = shadow.querySelector('dialog')!;
  const textarea = shadow.querySelector('textarea')!;
  const copyButton = shadow.querySelector<HTMLButtonElement>('[part="copy-button"]')!;
  const closeButton = shadow.querySelector<HTMLButtonElement>('[part="close-button"]')!;
  const status = shadow.querySelector<HTMLElement>('[role="status"]')!;
  const alert = shadow.querySelector<HTMLElement>('[role="alert"]')!;
  return { element, trigger, dialog, textarea, copyButton, closeButton, status, alert, clipboard };
}

/** Every attribute value in the element and its shadow root. */
function attributeValues(element: Element): string[] {
  const elements = [element, ...element.shadowRoot!.querySelectorAll('*')];
  return elements.flatMap((el) => [...el.attributes].map((attribute) => attribute.value));
}

/** Clicks Copy and waits for the outcome's event. */
async function copy<K extends 'access-key-copied' | 'access-key-error'>(
  element: HTMLElement,
  button: HTMLButtonElement,
  outcome: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  const fired = oneEvent<GlobalEventHandlersEventMap[K]>(element, outcome);
  button.click();
  return fired;
}

describe('reveal-key-dialog', () => {
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('shows the secret once, selectable, with the seed note and focus on Copy', async () => {
    const { element, dialog, textarea, copyButton, closeButton } = await setupTest();
    expect(dialog.matches(':modal')).to.be.true;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your new access key');
    const note = element.shadowRoot!.querySelector('[part="note"]')!;
    expect(note.textContent).to.equal(
      'You have access to the key once. Copy it and save it to secure storage before closing this window.',
    );
    expect(dialog.getAttribute('aria-describedby')).to.equal(note.id);
    expect(textarea.value).to.equal(secret);
    expect(textarea.readOnly).to.be.true;
    expect(textarea.labels[0].textContent).to.equal('Access key');
    expect(element.shadowRoot!.querySelector('input[type="password"]')).to.be.null;
    expect(element.shadowRoot!.activeElement).to.equal(copyButton);
    expect(labelOf(copyButton)).to.equal('Copy to clipboard');
    expect(labelOf(closeButton)).to.equal('Close');
    expect(attributeValues(element).some((value) => value.includes(secret))).to.be.false;
    await expect(element).to.be.accessible();
  });

  it('copies the exact secret, announces it and reports the key without its secret', async () => {
    const { element, copyButton, status, alert, clipboard } = await setupTest();
    const event = await copy(element, copyButton, 'access-key-copied');
    expect(clipboard.written).to.deep.equal([secret]);
    await element.updateComplete;
    expect(status.textContent).to.equal('Copied to clipboard');
    expect(alert.textContent).to.equal('');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.key).to.deep.equal(makeKey());
    expect(event.key).not.to.have.property('secret');
    await expect(element).to.be.accessible();
  });

  it('selects the secret for manual copy and announces why when the clipboard refuses', async () => {
    const { element, textarea, status, alert, clipboard } = await setupTest();
    const refusal = new DOMException('Write permission denied.', 'NotAllowedError');
    clipboard.fail(refusal);
    const event = await copy(element, element.shadowRoot!.querySelector('[part="copy-button"]')!, 'access-key-error');
    expect(event.operation).to.equal('copy');
    expect(event.error).to.equal(refusal);
    expect(element.shadowRoot!.activeElement).to.equal(textarea);
    expect(textarea.selectionStart).to.equal(0);
    expect(textarea.selectionEnd).to.equal(secret.length);
    expect(alert.textContent).to.equal(
      'Could not copy automatically. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    expect(status.textContent).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('falls back to manual copy when the Clipboard API is missing', async () => {
    const { element, textarea, copyButton } = await setupTest();
    clipboard.makeUnavailable();
    const event = await copy(element, copyButton, 'access-key-error');
    expect(event.operation).to.equal('copy');
    expect(element.shadowRoot!.activeElement).to.equal(textarea);
    expect(textarea.selectionEnd - textarea.selectionStart).to.equal(secret.length);
  });

  it('stays open on Escape before the secret was copied, says why and offers Copy', async () => {
    const { element, dialog, textarea, copyButton, alert } = await setupTest();
    textarea.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.open).to.be.true;
    expect(dialog.open).to.be.true;
    expect(alert.textContent).to.equal(
      'The key has not been copied. You will not see it again: copy it first, or choose “Close” if you do not need it.',
    );
    expect(element.shadowRoot!.activeElement).to.equal(copyButton);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.open).to.be.true;
    expect(dialog.open).to.be.true;
    expect(textarea.value).to.equal(secret);
    await expect(element).to.be.accessible();
  });

  it('stays open on a backdrop click before the secret was copied', async () => {
    const { element, dialog, alert } = await setupTest();
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    await element.updateComplete;
    expect(element.open).to.be.true;
    expect(dialog.open).to.be.true;
    expect(alert.textContent).to.contain('The key has not been copied.');
  });

  it('closes with Close even without a copy, and forgets the secret', async () => {
    const { element, trigger, textarea, closeButton } = await setupTest();
    const closed = oneEvent<AccessKeyDialogClosedEvent>(element, 'access-key-dialog-closed');
    closeButton.click();
    expect((await closed).reason).to.equal('cancel');
    expect(element.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
    expect(element.key).to.be.null;
    expect(textarea.value).to.equal('');
    expect(element.shadowRoot!.textContent).not.to.contain(secret);
    expect(element.shadowRoot!.innerHTML).not.to.contain(secret);
    expect(attributeValues(element).some((value) => value.includes(secret))).to.be.false;
  });

  it('closes on Escape once the secret was copied', async () => {
    const { element, trigger, textarea, copyButton, status } = await setupTest();
    await copy(element, copyButton, 'access-key-copied');
    const closed = oneEvent(element, 'access-key-dialog-closed');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(element.open).to.be.false;
    expect(document.activeElement).to.equal(trigger);
    expect(element.key).to.be.null;
    expect(textarea.value).to.equal('');
    expect(status.textContent).to.equal('');
  });

  it('starts afresh for the next key: not copied, nothing announced', async () => {
    const { element, copyButton, status } = await setupTest();
    await copy(element, copyButton, 'access-key-copied');
    await element.close();
    element.show({ ...generated, id: 'key-2', secret: 'ak_live_second' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('textarea')!.value).to.equal('ak_live_second');
    expect(status.textContent).to.equal('');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.open).to.be.true;
  });

  it('shows the secret on one line with Copy beside it, which reads Copied once it has', async () => {
    const { element, textarea, copyButton, closeButton } = await setupTest();
    const [field, beside] = [textarea.getBoundingClientRect(), copyButton.getBoundingClientRect()];
    expect(field.height).to.be.below(40); // one line of a monospace field
    expect(getComputedStyle(textarea).fontFamily).to.match(/monospace/);
    expect(Math.abs(field.top - beside.top)).to.be.below(2);
    expect(beside.left).to.be.above(field.right);
    expect(closeButton.getBoundingClientRect().top).to.be.above(field.bottom);
    await copy(element, copyButton, 'access-key-copied');
    await element.updateComplete;
    expect(labelOf(copyButton)).to.equal('Copied');
    expect(copyButton.getBoundingClientRect().width).to.equal(beside.width); // its width does not jump
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Copied to clipboard');
    await expect(element).to.be.accessible();
  });

  it('wraps the secret at 320 px instead of scrolling sideways, Copy under it as wide as it', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { dialog, textarea, copyButton, closeButton } = await setupTest();
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(textarea.scrollWidth).to.be.at.most(textarea.clientWidth);
      expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
      const [field, under, close] = [textarea, copyButton, closeButton].map((box) => box.getBoundingClientRect());
      expect(under.top).to.be.at.least(field.bottom);
      expect(Math.round(under.width)).to.equal(Math.round(field.width));
      expect(Math.round(close.width)).to.equal(Math.round(field.width));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
