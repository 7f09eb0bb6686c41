// What every dialog element shares, tested once for each: the modal pattern (focus in, Tab kept inside, focus back to
// the trigger), one `access-key-dialog-closed` per closing whatever closed it, its language; and, for the dialogs
// that ask their host to act, the request contract (one request, busy, showError, reset on close).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/locales/de.js';
import type { AccessKeyDialogBase } from '../../src/internal/dialog-base.js';
import type { AccessKeyRequestDialogBase } from '../../src/internal/request-dialog.js';
import type { DialogCloseReason } from '../../src/events.js';
import {
  GenerateKeyDialogHarness,
  RegenerateKeyDialogHarness,
  RenameKeyDialogHarness,
  stubClipboard,
  type ClipboardStub,
} from '../../src/testing/index.js';
import { genericError, makeKey } from '../helpers/fixtures.js';
import { labelOf, part, pressShiftTab } from '../helpers/dom.js';

type DialogTag =
  | 'generate-key-dialog'
  | 'reveal-key-dialog'
  | 'remove-key-dialog'
  | 'key-limit-dialog'
  | 'regenerate-key-dialog'
  | 'rename-key-dialog'
  | 'remove-expired-keys-dialog';

interface DialogCase {
  tag: DialogTag;
  /** Opens the dialog as its host does. */
  open(element: AccessKeyDialogBase): void;
  /** The part focused on opening, and the first and last of the parts Tab visits. */
  focus: { initial: string; first: string; last: string };
  /** The dialog's own closing button. */
  closeButton: string;
  /** What must happen before Escape may close it (the reveal keeps an uncopied secret). */
  beforeEscape?: (element: AccessKeyDialogBase) => Promise<void>;
  germanTitle: string;
}

const cases: DialogCase[] = [
  {
    tag: 'generate-key-dialog',
    open: (element) => element.show(),
    focus: { initial: 'name-input', first: 'name-input', last: 'generate-button' },
    closeButton: 'cancel-button',
    germanTitle: 'Zugangsschlüssel erzeugen',
  },
  {
    tag: 'reveal-key-dialog',
    open: (element) => (element as HTMLElementTagNameMap['reveal-key-dialog']).show({ ...makeKey(), secret: 'ak_x' }),
    focus: { initial: 'copy-button', first: 'secret', last: 'close-button' },
    closeButton: 'close-button',
    beforeEscape: async (element) => {
      part(element, 'copy-button').click();
      await new Promise((resolve) => element.addEventListener('access-key-copied', resolve, { once: true }));
    },
    germanTitle: 'Ihr neuer Zugangsschlüssel',
  },
  {
    tag: 'remove-key-dialog',
    open: (element) => (element as HTMLElementTagNameMap['remove-key-dialog']).show(makeKey()),
    focus: { initial: 'cancel-button', first: 'cancel-button', last: 'confirm-button' },
    closeButton: 'cancel-button',
    germanTitle: 'Zugangsschlüssel entfernen',
  },
  {
    tag: 'key-limit-dialog',
    open: (element) => element.show(),
    focus: { initial: 'close-button', first: 'close-button', last: 'close-button' },
    closeButton: 'close-button',
    germanTitle: 'Kein weiterer Schlüssel möglich',
  },
  {
    tag: 'regenerate-key-dialog',
    open: (element) => (element as HTMLElementTagNameMap['regenerate-key-dialog']).show(makeKey()),
    focus: { initial: 'regenerate-button', first: 'expiry-select', last: 'regenerate-button' },
    closeButton: 'cancel-button',
    germanTitle: 'Zugangsschlüssel neu erzeugen',
  },
  {
    tag: 'rename-key-dialog',
    open: (element) => (element as HTMLElementTagNameMap['rename-key-dialog']).show(makeKey()),
    focus: { initial: 'name-input', first: 'name-input', last: 'save-button' },
    closeButton: 'cancel-button',
    germanTitle: 'Zugangsschlüssel umbenennen',
  },
  {
    tag: 'remove-expired-keys-dialog',
    open: (element) => (element as HTMLElementTagNameMap['remove-expired-keys-dialog']).show([makeKey()]),
    focus: { initial: 'cancel-button', first: 'cancel-button', last: 'confirm-button' },
    closeButton: 'cancel-button',
    germanTitle: 'Abgelaufene Schlüssel entfernen',
  },
];

async function setupTest(dialog: DialogCase, lang = 'en') {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang}><button id="trigger">open</button></div>`);
  const element = document.createElement(dialog.tag) as AccessKeyDialogBase;
  element.setAttribute('time-zone', 'UTC');
  root.append(element);
  const trigger = root.querySelector<HTMLButtonElement>('#trigger')!;
  const reasons: DialogCloseReason[] = [];
  element.addEventListener('access-key-dialog-closed', (event) => reasons.push(event.reason));
  trigger.focus();
  dialog.open(element);
  await element.updateComplete;
  const focused = () => element.shadowRoot!.activeElement;
  return { element, trigger, reasons, focused, native: element.shadowRoot!.querySelector('dialog')! };
}

describe('AccessKeyDialogBase', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  for (const dialog of cases) {
    describe(`<${dialog.tag}>`, () => {
      it('opens as a modal with focus inside, and keeps Tab and Shift+Tab inside', async () => {
        const { element, native, focused } = await setupTest(dialog);
        expect(native.matches(':modal')).to.be.true;
        const [first, last] = [part(element, dialog.focus.first), part(element, dialog.focus.last)];
        expect(focused()).to.equal(part(element, dialog.focus.initial));
        last.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused()).to.equal(first);
        await pressShiftTab();
        expect(focused()).to.equal(last);
        await expect(element).to.be.accessible();
      });

      it('closes with its own button: one event, reason cancel, focus back on the trigger', async () => {
        const { element, trigger, reasons, native } = await setupTest(dialog);
        part(element, dialog.closeButton).click();
        await element.updateComplete;
        expect([element.open, native.open]).to.deep.equal([false, false]);
        expect(reasons).to.deep.equal(['cancel']);
        expect(document.activeElement).to.equal(trigger);
      });

      it('closes on Escape: one event, reason escape, focus back on the trigger', async () => {
        const { element, trigger, reasons } = await setupTest(dialog);
        await dialog.beforeEscape?.(element);
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect(element.open).to.be.false;
        expect(reasons).to.deep.equal(['escape']);
        expect(document.activeElement).to.equal(trigger);
      });

      it('fires one closed event for open = false, for close("confirm") and for removal from the page', async () => {
        const { element, trigger, reasons, native } = await setupTest(dialog);
        element.open = false;
        await element.updateComplete;
        expect(native.open).to.be.false;
        expect(document.activeElement).to.equal(trigger);
        dialog.open(element);
        await element.updateComplete;
        await element.close('confirm');
        await element.close('cancel'); // already closed: nothing more
        dialog.open(element);
        await element.updateComplete;
        element.remove();
        await element.updateComplete;
        expect(reasons).to.deep.equal(['cancel', 'confirm', 'cancel']);
      });

      it('stays open when opened again right after closing', async () => {
        const { element, native, reasons } = await setupTest(dialog);
        part(element, dialog.closeButton).click();
        await element.updateComplete;
        dialog.open(element);
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50)); // the native close event of the first closing comes
        expect([element.open, native.open, reasons]).to.deep.equal([true, true, ['cancel']]);
      });

      it('speaks the language of the nearest lang', async () => {
        const { element } = await setupTest(dialog, 'de');
        expect(part(element, 'title').textContent).to.equal(dialog.germanTitle);
        await expect(element).to.be.accessible();
      });
    });
  }
});

interface RequestCase {
  tag: 'generate-key-dialog' | 'remove-key-dialog' | 'regenerate-key-dialog' | 'rename-key-dialog' | 'remove-expired-keys-dialog';
  event:
    | 'access-key-generate-request'
    | 'access-key-remove-request'
    | 'access-key-regenerate-request'
    | 'access-key-rename-request'
    | 'access-key-remove-expired-request';
  open(element: AccessKeyRequestDialogBase): Promise<void>;
  action: string;
  busyLabel: string;
  /** What the user entered, read back, to show it is kept for a retry. */
  entered(element: AccessKeyRequestDialogBase): string;
}

const requestCases: RequestCase[] = [
  {
    tag: 'generate-key-dialog',
    event: 'access-key-generate-request',
    open: async (element) => {
      element.show();
      await new GenerateKeyDialogHarness(element as HTMLElementTagNameMap['generate-key-dialog']).setName('CI runner');
    },
    action: 'generate-button',
    busyLabel: 'Generating…',
    entered: (element) => part<HTMLInputElement>(element, 'name-input').value,
  },
  {
    tag: 'remove-key-dialog',
    event: 'access-key-remove-request',
    open: async (element) => (element as HTMLElementTagNameMap['remove-key-dialog']).show(makeKey()),
    action: 'confirm-button',
    busyLabel: 'Removing…',
    entered: (element) => part(element, 'name').textContent!,
  },
  {
    tag: 'regenerate-key-dialog',
    event: 'access-key-regenerate-request',
    open: async (element) => {
      (element as HTMLElementTagNameMap['regenerate-key-dialog']).show(makeKey());
      await new RegenerateKeyDialogHarness(element as HTMLElementTagNameMap['regenerate-key-dialog']).chooseGrace(24);
    },
    action: 'regenerate-button',
    busyLabel: 'Regenerating…',
    entered: (element) => part<HTMLSelectElement>(element, 'grace-select').value,
  },
  {
    tag: 'rename-key-dialog',
    event: 'access-key-rename-request',
    open: async (element) => {
      (element as HTMLElementTagNameMap['rename-key-dialog']).show(makeKey());
      await new RenameKeyDialogHarness(element as HTMLElementTagNameMap['rename-key-dialog']).setName('Renamed');
    },
    action: 'save-button',
    busyLabel: 'Saving…',
    entered: (element) => part<HTMLInputElement>(element, 'name-input').value,
  },
  {
    tag: 'remove-expired-keys-dialog',
    event: 'access-key-remove-expired-request',
    open: async (element) => (element as HTMLElementTagNameMap['remove-expired-keys-dialog']).show([makeKey()]),
    action: 'confirm-button',
    busyLabel: 'Removing 1 of 1…',
    entered: (element) => part(element, 'text').textContent!,
  },
];

async function setupRequest(dialog: RequestCase) {
  const root = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const element = document.createElement(dialog.tag) as AccessKeyRequestDialogBase;
  root.append(element);
  let requests = 0;
  element.addEventListener(dialog.event, () => requests++);
  await dialog.open(element);
  await element.updateComplete;
  const action = part<HTMLButtonElement>(element, dialog.action);
  return { element, action, requests: () => requests };
}

describe('AccessKeyRequestDialogBase', () => {
  for (const dialog of requestCases) {
    describe(`<${dialog.tag}>`, () => {
      it('asks its host once for a double click and a repeated Enter, and shows it is busy', async () => {
        const { element, action, requests } = await setupRequest(dialog);
        action.click();
        action.click();
        await element.updateComplete;
        action.focus();
        await sendKeys({ press: 'Enter' });
        expect(requests()).to.equal(1);
        expect([element.busy, element.hasAttribute('busy')]).to.deep.equal([true, true]);
        expect(labelOf(action)).to.equal(dialog.busyLabel);
        expect([action.getAttribute('aria-disabled'), action.disabled]).to.deep.equal(['true', false]);
        expect(part(element, 'dialog').getAttribute('aria-busy')).to.equal('true');
        await expect(element).to.be.accessible();
      });

      it('stays idle when the host cancels the request', async () => {
        const { element, action, requests } = await setupRequest(dialog);
        element.addEventListener(dialog.event, (event) => event.preventDefault());
        action.click();
        await element.updateComplete;
        expect([requests(), element.busy]).to.deep.equal([1, false]);
      });

      it('shows the generic error with showError(), keeps what was entered, and asks again on retry', async () => {
        const { element, action, requests } = await setupRequest(dialog);
        const entered = dialog.entered(element);
        action.click();
        element.showError();
        await element.updateComplete;
        expect(part(element, 'error').textContent!.trim()).to.equal(genericError);
        expect(element.busy).to.be.false;
        expect(dialog.entered(element)).to.equal(entered);
        await expect(element).to.be.accessible();

        action.click();
        await element.updateComplete;
        expect(requests()).to.equal(2);
        expect(part(element, 'error').textContent!.trim()).to.equal('');
        expect(element.busy).to.be.true;
      });

      it('forgets busy and the error when it closes, however it closes', async () => {
        const { element, action } = await setupRequest(dialog);
        action.click();
        element.error = 'Backend down';
        await element.updateComplete;
        expect(element.busy).to.be.false;
        action.click();
        await sendKeys({ press: 'Escape' });
        await element.updateComplete;
        expect([element.open, element.busy, element.error, element.hasAttribute('busy')]).to.deep.equal([
          false,
          false,
          '',
          false,
        ]);
      });
    });
  }
});
