import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { catalogFor, type AccessKeyRenameRequestEvent, type MemoryAccessKeyApi, type RenameKeyDialogElement } from '../src/index.js';
import '../src/rename-key-dialog/define.js';
import { RenameKeyDialogHarness } from '../src/testing/index.js';
import { actOnRequest, bareKey, dialogOf, host, longKeyName, memoryApiLoader, type MemoryApiParameters } from './support.js';

type RenameArgs = Pick<RenameKeyDialogElement, 'open' | 'key' | 'busy' | 'error' | 'locale' | 'productName'>;

const key = bareKey();

const meta = {
  title: 'Elements/rename-key-dialog',
  component: 'rename-key-dialog',
  args: { open: true, key, busy: false, error: '', locale: '', productName: '' },
  loaders: [memoryApiLoader],
  render: (args, { loaded }) =>
    html`<rename-key-dialog
      .key=${args.key}
      .open=${args.open}
      .busy=${args.busy}
      .error=${args.error}
      .locale=${args.locale}
      .productName=${args.productName}
      @access-key-rename-request=${actOnRequest((event: AccessKeyRenameRequestEvent) =>
        (loaded.api as MemoryAccessKeyApi).renameKey(event.key.id, event.name),
      )}
    ></rename-key-dialog>`,
  parameters: {
    memoryApi: { keys: [key] } satisfies MemoryApiParameters,
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
} satisfies Meta<RenameArgs>;

export default meta;
type Story = StoryObj<RenameArgs>;

async function open(canvasElement: HTMLElement, locale: unknown) {
  const element = await host(canvasElement, 'rename-key-dialog');
  await dialogOf(element);
  return new RenameKeyDialogHarness(element, { messages: catalogFor(String(locale ?? 'en')) });
}

/** The current name in the field, with its counter. */
export const Default: Story = {};

/** A name over 120 characters: the counter turns red and the message says how long it is. */
export const NameTooLong: Story = {
  play: async ({ canvasElement, globals }) => {
    const dialog = await open(canvasElement, globals.locale);
    await dialog.setName(`${longKeyName} (renamed)`);
    await dialog.save();
    await waitFor(async () => expect(await dialog.getNameError()).not.toBeNull());
  },
};

/** The backend failed: the generic error, the new name kept for a retry. */
export const GenericError: Story = {
  parameters: { memoryApi: { keys: [key], faults: [['rename', 'error']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement, globals }) => {
    const dialog = await open(canvasElement, globals.locale);
    await dialog.setName('CI pipeline (old runners)');
    await dialog.save();
    await waitFor(async () => expect(await dialog.getError()).not.toBe(''));
  },
};
