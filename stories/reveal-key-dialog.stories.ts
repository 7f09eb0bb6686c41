import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { GeneratedAccessKey, RevealKeyDialogElement } from '../src/index.js';
import '../src/reveal-key-dialog/define.js';
import { createApi, dialogOf, host, shadow, withClipboard } from './support.js';

type RevealArgs = Pick<RevealKeyDialogElement, 'open' | 'locale' | 'productName'>;

const meta = {
  title: 'Elements/reveal-key-dialog',
  component: 'reveal-key-dialog',
  args: { open: true, locale: '', productName: '' },
  // The secret comes from the memory backend, as after a real Generate; it is never a story arg (args can end up in URLs).
  loaders: [async () => ({ key: await createApi({ latency: 0 }).generateKey({ name: 'CI pipeline', expiresAt: null }) })],
  render: (args, { loaded }) =>
    html`<reveal-key-dialog
      .key=${loaded.key as GeneratedAccessKey}
      .open=${args.open}
      .locale=${args.locale}
      .productName=${args.productName}
    ></reveal-key-dialog>`,
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
} satisfies Meta<RevealArgs>;

export default meta;
type Story = StoryObj<RevealArgs>;

async function openDialog(canvasElement: HTMLElement) {
  const element = await host(canvasElement, 'reveal-key-dialog');
  await dialogOf(element);
  const root = shadow(element);
  return {
    element,
    root,
    secret: root.querySelector<HTMLTextAreaElement>('[part="secret"]')!,
    copy: root.querySelector<HTMLButtonElement>('[part="copy-button"]')!,
    status: root.querySelector<HTMLElement>('[part="status"]')!,
    alert: root.querySelector<HTMLElement>('[part="error"]')!,
  };
}

/** Just generated: the secret, once, with "Copy to clipboard" focused. */
export const Fresh: Story = {};

/** Copied: the button reads "Copied" and "Copied to clipboard" is announced; now Escape may close it too. */
export const Copied: Story = {
  beforeEach: () => withClipboard('resolve'),
  play: async ({ canvasElement }) => {
    const { copy, status } = await openDialog(canvasElement);
    await userEvent.click(copy);
    await waitFor(() => expect(status.textContent!.trim()).not.toBe(''));
  },
};

/** The clipboard refused: the failure is announced and the secret selected for a manual copy. */
export const CopyFailed: Story = {
  beforeEach: () => withClipboard('reject'),
  play: async ({ canvasElement }) => {
    const { root, secret, copy, alert } = await openDialog(canvasElement);
    await userEvent.click(copy);
    await waitFor(() => expect(alert.textContent!.trim()).not.toBe(''));
    await waitFor(() => expect(root.activeElement).toBe(secret));
    await expect(secret.selectionEnd - secret.selectionStart).toBe(secret.value.length);
  },
};

/** Escape before copying: the dialog stays open and says why; only "Close" discards an uncopied secret. */
export const DismissWithoutCopying: Story = {
  play: async ({ canvasElement }) => {
    const { element, alert } = await openDialog(canvasElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(alert.textContent!.trim()).not.toBe(''));
    await expect(element.open).toBe(true);
    await dialogOf(element);
  },
};

