import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { AccessKeyRemoveRequestEvent, MemoryAccessKeyApi, RemoveKeyDialogElement } from '../src/index.js';
import '../src/remove-key-dialog/define.js';
import {
  actOnRequest,
  dialogOf,
  host,
  memoryApiLoader,
  sampleKeys,
  shadow,
  type MemoryApiParameters,
} from './support.js';

type RemoveArgs = Pick<RemoveKeyDialogElement, 'open' | 'key' | 'busy' | 'error' | 'locale' | 'productName'>;

const key = sampleKeys()[0];

const meta = {
  title: 'Elements/remove-key-dialog',
  component: 'remove-key-dialog',
  args: { open: true, key, busy: false, error: '', locale: '', productName: '' },
  loaders: [memoryApiLoader],
  render: (args, { loaded }) =>
    html`<remove-key-dialog
      .key=${args.key}
      .open=${args.open}
      .busy=${args.busy}
      .error=${args.error}
      .locale=${args.locale}
      .productName=${args.productName}
      @access-key-remove-request=${actOnRequest((event: AccessKeyRemoveRequestEvent) =>
        (loaded.api as MemoryAccessKeyApi).removeKey(event.key.id),
      )}
    ></remove-key-dialog>`,
  parameters: {
    memoryApi: { keys: [key] } satisfies MemoryApiParameters,
    docs: { story: { inline: false, iframeHeight: 380 } },
  },
} satisfies Meta<RemoveArgs>;

export default meta;
type Story = StoryObj<RemoveArgs>;

async function confirm(canvasElement: HTMLElement) {
  const element = await host(canvasElement, 'remove-key-dialog');
  await dialogOf(element);
  const root = shadow(element);
  await userEvent.click(root.querySelector<HTMLElement>('[part="confirm-button"]')!);
  return { element, root };
}

/** "Remove access key" naming the key, with Cancel focused. */
export const Confirm: Story = {};

/** Confirmed; the removal is on its way (it never answers here), so Confirm reads "Removing…". */
export const Removing: Story = {
  parameters: { memoryApi: { keys: [key], faults: [['remove', 'hang']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const { element } = await confirm(canvasElement);
    await waitFor(() => expect(element.busy).toBe(true));
  },
};

/** The backend failed: the generic error, the key still named, Confirm available to retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { memoryApi: { keys: [key], faults: [['remove', 'error']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const { element, root } = await confirm(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="error"]')!.textContent!.trim()).not.toBe(''));
    await expect(element.busy).toBe(false);
    await expect(element.open).toBe(true);
  },
};
