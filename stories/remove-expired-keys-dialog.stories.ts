import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { catalogFor, type RemoveExpiredKeysDialogElement } from '../src/index.js';
import '../src/remove-expired-keys-dialog/define.js';
import { bareKey, dialogOf, host } from './support.js';

type RemoveExpiredArgs = Pick<RemoveExpiredKeysDialogElement, 'open' | 'keys' | 'removed' | 'busy' | 'error' | 'locale'>;

const expired = (['Staging smoke tests', 'Old CI runner', 'Demo booth'] as const).map((name, i) =>
  bareKey({ id: `expired-${i}`, name, expiresAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString() }),
);

const meta = {
  title: 'Elements/remove-expired-keys-dialog',
  component: 'remove-expired-keys-dialog',
  args: { open: true, keys: expired, removed: 0, busy: false, error: '', locale: '' },
  render: (args) =>
    html`<remove-expired-keys-dialog
      .keys=${args.keys}
      .open=${args.open}
      .removed=${args.removed}
      .busy=${args.busy}
      .error=${args.error}
      .locale=${args.locale}
    ></remove-expired-keys-dialog>`,
  parameters: { docs: { story: { inline: false, iframeHeight: 360 } } },
  play: async ({ canvasElement }) => {
    await dialogOf(await host(canvasElement, 'remove-expired-keys-dialog'));
  },
} satisfies Meta<RemoveExpiredArgs>;

export default meta;
type Story = StoryObj<RemoveExpiredArgs>;

/** "Remove expired keys": how many, and what removing them does. */
export const Confirm: Story = {};

/** Removing, one key after another: "Removing 2 of 3…". */
export const Removing: Story = { args: { busy: true, removed: 1 } };

/** Some could not be removed: the dialog keeps them, says how many went, and offers Confirm to retry. */
export const PartialFailure: Story = {
  args: { keys: expired.slice(2) },
  play: async ({ canvasElement, globals }) => {
    const element = await host(canvasElement, 'remove-expired-keys-dialog');
    await dialogOf(element);
    const msg = catalogFor(String(globals.locale ?? 'en'));
    const removed = msg.removeExpiredPartial({ removed: 2, total: 3 });
    element.showError(`${removed} ${msg.genericError({ productName: 'Mobitru' })}`);
  },
};
