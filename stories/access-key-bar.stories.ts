import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { AccessKeyBarElement } from '../src/index.js';
import '../src/access-key-bar/define.js';
import { bareKey, host, longKeyName, shadow } from './support.js';

type BarArgs = Pick<AccessKeyBarElement, 'key' | 'actions' | 'expiresSoonDays' | 'timeZone' | 'locale' | 'productName'>;

const minute = 60_000;
const day = 24 * 60 * minute;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

const meta = {
  title: 'Elements/access-key-bar',
  component: 'access-key-bar',
  args: { key: bareKey(), actions: ['remove'], expiresSoonDays: 7, timeZone: '', locale: '', productName: '' },
  render: (args) =>
    html`<access-key-bar
      .key=${args.key}
      .actions=${args.actions}
      .expiresSoonDays=${args.expiresSoonDays}
      .timeZone=${args.timeZone}
      .locale=${args.locale}
      .productName=${args.productName}
    ></access-key-bar>`,
} satisfies Meta<BarArgs>;

export default meta;
type Story = StoryObj<BarArgs>;

/** Active, used a few minutes ago, expires in about three months. */
export const ActiveUsedMinutesAgo: Story = {
  args: { key: bareKey({ lastUsedAt: ago(4 * minute), expiresAt: ahead(90 * day) }) },
};

/** Active, last used months ago. */
export const ActiveUsedMonthsAgo: Story = {
  args: { key: bareKey({ name: 'Release bot', lastUsedAt: ago(130 * day), expiresAt: ahead(200 * day) }) },
};

/** Active and never used: "Never used" beside the badge. */
export const NeverUsed: Story = {
  args: { key: bareKey({ name: 'Local development', lastUsedAt: null }) },
};

/** No Valid till: the key never expires, so there is no "Expires". */
export const NoExpiry: Story = {
  args: { key: bareKey({ name: 'Monitoring', expiresAt: null, lastUsedAt: ago(2 * day) }) },
};

/** Expiring within 7 days: the "Expires soon" badge and the time left, "Expires in 3 days" (in words, not by colour alone). */
export const ExpiresSoon: Story = {
  args: { key: bareKey({ name: 'Contractor access', expiresAt: ahead(3 * day + 60 * minute), lastUsedAt: ago(day) }) },
};

/** Expired: the day chosen as Valid till has come; the line says "Expired" with that date. */
export const Expired: Story = {
  args: { key: bareKey({ name: 'Staging smoke tests', expiresAt: ago(20 * day), lastUsedAt: ago(95 * day) }) },
};

/** With an adapter that can regenerate and rename keys: Regenerate, Rename and Remove. */
export const AllActions: Story = {
  args: { actions: ['regenerate', 'rename', 'remove'], key: bareKey({ lastUsedAt: ago(2 * day) }) },
};

/** Just regenerated with a grace period: "Previous secret stops working in 23 hours" while the old secret still works. */
export const PreviousSecretStillWorks: Story = {
  args: {
    actions: ['regenerate', 'rename', 'remove'],
    key: bareKey({ previousSecretExpiresAt: ahead(23 * 60 * minute), lastUsedAt: ago(minute) }),
  },
};

/** A right-to-left name stays isolated from the left-to-right text around it. */
export const RightToLeftName: Story = {
  args: { key: bareKey({ name: 'مفتاح خادم الإنتاج' }) },
};

/** At 320 px: the name, then the badge with the last use, the details, and Remove on a line of its own. */
export const Narrow: Story = {
  args: { key: bareKey({ lastUsedAt: ago(95 * day), expiresAt: ahead(40 * day) }) },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`],
};

/** A 120-character name that does not fit: ellipsis, and the full name in a tooltip on hover or focus. */
export const TruncatedNameWithTooltip: Story = {
  args: { key: bareKey({ name: longKeyName }) },
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const bar = await host(canvasElement, 'access-key-bar');
    const name = shadow(bar).querySelector<HTMLElement>('[part="name"]')!;
    // The bar measures the name after layout; only a truncated name gets a tooltip (and a tab stop).
    await waitFor(() => expect(name.getAttribute('tabindex')).toBe('0'));
    await userEvent.hover(name);
    name.focus();
    await waitFor(() => expect(shadow(bar).querySelector<HTMLElement>('#name-tip')!.matches(':popover-open')).toBe(true));
  },
};
