import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { KeyLimitDialogElement } from '../src/index.js';
import '../src/key-limit-dialog/define.js';
import { dialogOf, host } from './support.js';

type LimitArgs = Pick<KeyLimitDialogElement, 'open' | 'locale' | 'productName'>;

const meta = {
  title: 'Elements/key-limit-dialog',
  component: 'key-limit-dialog',
  args: { open: true, locale: '', productName: '' },
  render: (args) =>
    html`<key-limit-dialog .open=${args.open} .locale=${args.locale} .productName=${args.productName}></key-limit-dialog>`,
  // Each modal story gets its own frame on the docs page, or the first open dialog would make the others inert.
  parameters: { docs: { story: { inline: false, iframeHeight: 360 } } },
} satisfies Meta<LimitArgs>;

export default meta;
type Story = StoryObj<LimitArgs>;

/** "Cannot add another key", as "+ Access key" opens it at the limit. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await dialogOf(await host(canvasElement, 'key-limit-dialog'));
  },
};
