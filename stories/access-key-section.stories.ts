import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { AccessKeySectionElement, MemoryAccessKeyApi } from '../src/index.js';
import '../src/define.js';
import {
  dialogOf,
  find,
  host,
  expiredKeys,
  manyKeys,
  memoryApiLoader,
  sampleKeys,
  shadow,
  withClipboard,
  type MemoryApiParameters,
} from './support.js';

type SectionArgs = Pick<
  AccessKeySectionElement,
  'limit' | 'headingLevel' | 'timeZone' | 'locale' | 'productName' | 'searchThreshold' | 'pageSize'
>;

const meta = {
  title: 'Elements/access-key-section',
  component: 'access-key-section',
  args: { limit: 10, headingLevel: 2, timeZone: '', locale: '', productName: '', searchThreshold: 10, pageSize: 50 },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 500 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    searchThreshold: { control: { type: 'number', min: 0, max: 100 } },
    pageSize: { control: { type: 'number', min: 0, max: 200 } },
  },
  loaders: [memoryApiLoader],
  render: (args, { loaded }) =>
    html`<access-key-section
      .api=${loaded.api as MemoryAccessKeyApi}
      .limit=${args.limit}
      .headingLevel=${args.headingLevel}
      .timeZone=${args.timeZone}
      .locale=${args.locale}
      .productName=${args.productName}
      .searchThreshold=${args.searchThreshold}
      .pageSize=${args.pageSize}
    ></access-key-section>`,
  parameters: { memoryApi: { keys: sampleKeys() } satisfies MemoryApiParameters },
} satisfies Meta<SectionArgs>;

export default meta;
type Story = StoryObj<SectionArgs>;

/**
 * "Your keys" with an active key used minutes ago, a key never used with no expiry, one expiring in a few days, an
 * expired key used months ago, a 120-character name, a right-to-left name, and a name that looks like HTML (as text).
 */
export const WithKeys: Story = {
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    await waitFor(() => expect(shadow(section).querySelectorAll('access-key-bar')).toHaveLength(sampleKeys().length));
    expect(shadow(section).querySelector('img')).toBeNull();
  },
};

/** The list request has not answered yet. */
export const Loading: Story = {
  parameters: { memoryApi: { faults: [['list', 'hang']] } satisfies MemoryApiParameters },
};

/** No keys yet. */
export const Empty: Story = {
  parameters: { memoryApi: { keys: [] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    await find(shadow(section), '[part="empty"]');
  },
};

/** 10 keys: the count reads "10 of 10" and "+ Access key" opens the limit dialog instead of the generate dialog. */
export const AtLimit: Story = {
  parameters: { memoryApi: { keys: manyKeys(10) } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(10));
    await userEvent.click(root.querySelector<HTMLElement>('[part="add-button"]')!);
    await dialogOf(await find(root, 'key-limit-dialog'));
    // The generate dialog is rendered the first time it opens: at the limit it never does.
    expect(root.querySelector('generate-key-dialog')).toBeNull();
  },
};

/** The list could not be loaded; Retry asks again (and succeeds here). */
export const ListError: Story = {
  parameters: { memoryApi: { keys: sampleKeys(), faults: [['list', 'error']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    await find(shadow(section), '[part="retry-button"]');
  },
};

/** Two keys or more have expired: "Remove expired keys (N)" removes them in one go. */
export const WithExpiredKeys: Story = {
  parameters: { memoryApi: { keys: [...sampleKeys(), ...expiredKeys(2)] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    await find(shadow(section), '[part="remove-expired-button"]');
  },
};

/** Removing the expired keys when one removal fails: the others go, the dialog says how many and keeps the failed one. */
export const RemoveExpiredPartialFailure: Story = {
  parameters: {
    memoryApi: { keys: expiredKeys(3), faults: [['remove', 'error']] } satisfies MemoryApiParameters,
  },
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await userEvent.click(await find(root, '[part="remove-expired-button"]'));
    const dialog = await find(root, 'remove-expired-keys-dialog');
    await dialogOf(dialog);
    await userEvent.click(shadow(dialog).querySelector<HTMLElement>('[part="confirm-button"]')!);
    await waitFor(() => expect(shadow(dialog).querySelector('[part="error"]')!.textContent!.trim()).not.toBe(''));
  },
};

/** At 320 px, the narrowest width the product supports. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="inline-size: 320px; max-inline-size: 100%">${story()}</div>`],
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

/** Generate → copy → close: the new key appears in "Your keys" with its visible part. */
export const GenerateFlow: Story = {
  parameters: { memoryApi: { keys: sampleKeys().slice(0, 2) } satisfies MemoryApiParameters },
  beforeEach: () => withClipboard('resolve'),
  play: async ({ canvasElement, step }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(2));

    await step('open "Generate access key" and submit a name', async () => {
      await userEvent.click(root.querySelector<HTMLElement>('[part="add-button"]')!);
      const generate = await find(root, 'generate-key-dialog');
      await dialogOf(generate);
      await userEvent.type(shadow(generate).querySelector<HTMLInputElement>('[part="name-input"]')!, 'Release bot');
      await userEvent.click(shadow(generate).querySelector<HTMLElement>('[part="generate-button"]')!);
    });

    const reveal = await find(root, 'reveal-key-dialog');
    await step('copy the secret once', async () => {
      await dialogOf(reveal);
      const secret = shadow(reveal).querySelector<HTMLTextAreaElement>('[part="secret"]')!;
      await expect(secret.value).toMatch(/^ak_/);
      await userEvent.click(shadow(reveal).querySelector<HTMLElement>('[part="copy-button"]')!);
      await waitFor(() => expect(shadow(reveal).querySelector('[part="status"]')!.textContent).not.toBe(''));
    });

    await step('close: the new bar is first in the list', async () => {
      await userEvent.click(shadow(reveal).querySelector<HTMLElement>('[part="close-button"]')!);
      await dialogOf(reveal, false);
      await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(3));
      const first = root.querySelector('access-key-bar')!;
      await expect(first.key?.name).toBe('Release bot');
      await expect(shadow(first).textContent).toContain(first.key!.visiblePart);
    });
  },
};

/** Remove → Confirm: the key is gone and focus moves to the next bar. */
export const RemoveFlow: Story = {
  parameters: { memoryApi: { keys: sampleKeys().slice(0, 3) } satisfies MemoryApiParameters },
  play: async ({ canvasElement, step }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(3));
    const target = root.querySelectorAll('access-key-bar')[1];
    const removed = target.key!.id;

    await step('Remove on the second key', async () => {
      await target.updateComplete;
      await userEvent.click(shadow(target).querySelector<HTMLElement>('[part="remove-button"]')!);
    });
    await step('Confirm', async () => {
      const dialog = await find(root, 'remove-key-dialog');
      await dialogOf(dialog);
      await userEvent.click(shadow(dialog).querySelector<HTMLElement>('[part="confirm-button"]')!);
      await dialogOf(dialog, false);
    });
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(2));
    const ids = [...root.querySelectorAll('access-key-bar')].map((bar) => bar.key?.id);
    await expect(ids).not.toContain(removed);
  },
};

// ---- a long list: search, filter, sort and pages above the threshold ---------------------------------------------

const longList = { keys: [...sampleKeys(), ...expiredKeys(4), ...manyKeys(110)] } satisfies MemoryApiParameters;
const longListStory = { args: { limit: 500 }, parameters: { memoryApi: longList } } satisfies Story;

/** More keys than `search-threshold` (here 121 of a limit of 500): search, status filter, sort, 50 at a time. */
export const LongList: Story = {
  ...longListStory,
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(50));
    // "50 of 121 shown", in whichever language the story runs.
    expect((await find(root, '[part="shown"]')).textContent).toMatch(/50\D+121/);
    await find(root, '[part="show-more-button"]');
  },
};

/** A search as the user types it ("runner 1"), with what it found counted. */
export const LongListSearch: Story = {
  ...longListStory,
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await userEvent.type(await find(root, '[part="search-input"]'), 'runner 1');
    // "Device farm runner 1", 10 to 19 and 100 to 110, and "Expired test runner 1".
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(23));
    expect(root.querySelector('[part="shown"]')?.textContent).toMatch(/23\D+121/);
  },
};

/** The status filter on Expired, sorted by name. */
export const LongListFiltered: Story = {
  ...longListStory,
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await userEvent.selectOptions(await find(root, '[part="status-filter"]'), 'expired');
    await userEvent.selectOptions(await find(root, '[part="sort-select"]'), 'name');
    await waitFor(() => expect(root.querySelectorAll('access-key-bar')).toHaveLength(5));
  },
};

/** Nothing matches: the list says so and offers to clear the search. */
export const LongListNoMatches: Story = {
  ...longListStory,
  play: async ({ canvasElement }) => {
    const section = await host(canvasElement, 'access-key-section');
    const root = shadow(section);
    await userEvent.type(await find(root, '[part="search-input"]'), 'no such key{enter}');
    await find(root, '[part="no-results"]');
  },
};
