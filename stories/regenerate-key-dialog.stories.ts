import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  catalogFor,
  type AccessKeyRegenerateRequestEvent,
  type MemoryAccessKeyApi,
  type RegenerateKeyDialogElement,
} from '../src/index.js';
import '../src/regenerate-key-dialog/define.js';
import { RegenerateKeyDialogHarness } from '../src/testing/index.js';
import { actOnRequest, bareKey, dialogOf, host, memoryApiLoader, type MemoryApiParameters } from './support.js';

type RegenerateArgs = Pick<
  RegenerateKeyDialogElement,
  'open' | 'key' | 'busy' | 'error' | 'timeZone' | 'maxLifetimeDays' | 'locale' | 'productName'
>;

const day = 86_400_000;
const key = bareKey({
  createdAt: new Date(Date.now() - 20 * day).toISOString(),
  expiresAt: new Date(Date.now() + 10 * day).toISOString(),
});

const meta = {
  title: 'Elements/regenerate-key-dialog',
  component: 'regenerate-key-dialog',
  args: { open: true, key, busy: false, error: '', timeZone: '', maxLifetimeDays: null, locale: '', productName: '' },
  argTypes: { maxLifetimeDays: { control: { type: 'number', min: 1 } } },
  loaders: [memoryApiLoader],
  render: (args, { loaded }) =>
    html`<regenerate-key-dialog
      .key=${args.key}
      .open=${args.open}
      .busy=${args.busy}
      .error=${args.error}
      .timeZone=${args.timeZone}
      .maxLifetimeDays=${args.maxLifetimeDays}
      .locale=${args.locale}
      .productName=${args.productName}
      @access-key-regenerate-request=${actOnRequest((event: AccessKeyRegenerateRequestEvent) =>
        (loaded.api as MemoryAccessKeyApi).regenerateKey(event.key.id, event.input),
      )}
    ></regenerate-key-dialog>`,
  parameters: {
    memoryApi: { keys: [key] } satisfies MemoryApiParameters,
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<RegenerateArgs>;

export default meta;
type Story = StoryObj<RegenerateArgs>;

async function open(canvasElement: HTMLElement, locale: unknown) {
  const element = await host(canvasElement, 'regenerate-key-dialog');
  await dialogOf(element);
  return { element, dialog: new RegenerateKeyDialogHarness(element, { messages: catalogFor(String(locale ?? 'en')) }) };
}

/** A key made for 30 days: the new expiry starts at 30 days; the old secret stops now unless a grace period is chosen. */
export const Default: Story = {};

/** A grace period: both secrets work for a day, so apps and scripts can switch to the new one. */
export const GracePeriod: Story = {
  play: async ({ canvasElement, globals }) => {
    const { dialog } = await open(canvasElement, globals.locale);
    await dialog.chooseGrace(24);
  },
};

/** A grace period longer than the new key lives: the form says the old secret cannot outlive the new one. */
export const GraceTooLong: Story = {
  play: async ({ canvasElement, globals }) => {
    const { dialog } = await open(canvasElement, globals.locale);
    await dialog.chooseExpiry(7);
    await dialog.chooseGrace(168);
    await dialog.submit();
    await waitFor(async () => expect(await dialog.getGraceError()).not.toBeNull());
  },
};

/** Under a 90-day maximum lifetime: no "No expiry", and the form says why. */
export const LifetimePolicy: Story = { args: { maxLifetimeDays: 90, key: bareKey({ expiresAt: null }) } };

/** The backend failed: the generic error, the choices kept for a retry. */
export const GenericError: Story = {
  parameters: { memoryApi: { keys: [key], faults: [['regenerate', 'error']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement, globals }) => {
    const { dialog } = await open(canvasElement, globals.locale);
    await dialog.submit();
    await waitFor(async () => expect(await dialog.getError()).not.toBe(''));
  },
};
