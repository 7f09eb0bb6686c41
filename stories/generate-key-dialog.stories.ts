import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { calendarDateInZone, localTimeZone } from '../src/domain/expiry.js';
import {
  catalogFor,
  type AccessKeyGenerateRequestEvent,
  type GenerateKeyDialogElement,
  type MemoryAccessKeyApi,
} from '../src/index.js';
import '../src/generate-key-dialog/define.js';
import { GenerateKeyDialogHarness } from '../src/testing/index.js';
import {
  actOnRequest,
  dialogOf,
  find,
  host,
  longKeyName,
  memoryApiLoader,
  shadow,
  type MemoryApiParameters,
} from './support.js';

type GenerateArgs = Pick<
  GenerateKeyDialogElement,
  'open' | 'busy' | 'error' | 'timeZone' | 'maxLifetimeDays' | 'defaultExpiry' | 'locale' | 'productName'
>;

const meta = {
  title: 'Elements/generate-key-dialog',
  component: 'generate-key-dialog',
  args: {
    open: true,
    busy: false,
    error: '',
    timeZone: '',
    maxLifetimeDays: null,
    defaultExpiry: 'none',
    locale: '',
    productName: '',
  },
  argTypes: {
    maxLifetimeDays: { control: { type: 'number', min: 1 } },
    defaultExpiry: { control: 'select', options: ['none', '7', '30', '60', '90', 'custom'] },
  },
  loaders: [memoryApiLoader],
  render: (args, { loaded }) =>
    html`<generate-key-dialog
      .open=${args.open}
      .busy=${args.busy}
      .error=${args.error}
      .timeZone=${args.timeZone}
      .maxLifetimeDays=${args.maxLifetimeDays}
      .defaultExpiry=${args.defaultExpiry}
      .locale=${args.locale}
      .productName=${args.productName}
      @access-key-generate-request=${actOnRequest((event: AccessKeyGenerateRequestEvent) =>
        (loaded.api as MemoryAccessKeyApi).generateKey(event.input),
      )}
    ></generate-key-dialog>`,
  parameters: { docs: { story: { inline: false, iframeHeight: 560 } } },
} satisfies Meta<GenerateArgs>;

export default meta;
type Story = StoryObj<GenerateArgs>;

async function openDialog(canvasElement: HTMLElement) {
  const element = await host(canvasElement, 'generate-key-dialog');
  await dialogOf(element);
  const root = shadow(element);
  return {
    element,
    root,
    name: root.querySelector<HTMLInputElement>('[part="name-input"]')!,
    date: root.querySelector<HTMLInputElement>('[part="date-input"]')!,
    generate: root.querySelector<HTMLButtonElement>('[part="generate-button"]')!,
  };
}

/** The dialog's harness in the toolbar's language, which names the fields it finds. */
function harness(element: GenerateKeyDialogElement, locale: unknown): GenerateKeyDialogHarness {
  return new GenerateKeyDialogHarness(element, { messages: catalogFor(String(locale ?? 'en')) });
}

function dateInDays(days: number): string {
  return calendarDateInZone(new Date(Date.now() + days * 86_400_000), localTimeZone());
}

/** Just opened: empty name, Valid till at "No expiry" (the seed's default), focus in Name. */
export const Empty: Story = {};

/** A preset chosen: 30 days, and the exact moment the key will expire. */
export const Preset: Story = {
  args: { defaultExpiry: '30' },
  play: async ({ canvasElement }) => {
    const { root } = await openDialog(canvasElement);
    await find(root, '#date-preview');
  },
};

/** A maximum lifetime of 90 days: no "No expiry", presets up to 90 days, the custom date capped, and the hint says why. */
export const LifetimePolicy: Story = {
  args: { maxLifetimeDays: 90 },
};

/** A name and a Valid till date: the counter and the exact moment the key stops working. */
export const Filled: Story = {
  play: async ({ canvasElement, globals }) => {
    const { element, root, name } = await openDialog(canvasElement);
    await userEvent.type(name, 'Nightly regression');
    await harness(element, globals.locale).pickDate(dateInDays(30));
    await find(root, '#date-preview');
    await expect(root.querySelector('[part="name-counter"]')!.textContent).toContain('18');
  },
};

/** Generate with an empty name: "Enter a name for the key." and focus back in Name. */
export const NameRequired: Story = {
  play: async ({ canvasElement }) => {
    const { root, generate } = await openDialog(canvasElement);
    await userEvent.click(generate);
    await find(root, '#name-message');
  },
};

/** A name over 120 characters: the counter turns red and says how long it is once the field is left. */
export const NameTooLong: Story = {
  play: async ({ canvasElement }) => {
    const { root, name } = await openDialog(canvasElement);
    await userEvent.type(name, `${longKeyName} (copy)`);
    await waitFor(() => expect(root.querySelector('[part="name-counter"]')!.classList.contains('over')).toBe(true));
    // Leaving the field shows its message (user-event's Tab does not walk into shadow roots).
    name.blur();
    await find(root, '#name-message');
  },
};

/** A custom date past the 90-day maximum: "Choose … or an earlier date". */
export const DateTooLate: Story = {
  args: { maxLifetimeDays: 90 },
  play: async ({ canvasElement, globals }) => {
    const { element, root, name } = await openDialog(canvasElement);
    await userEvent.type(name, 'Long-lived');
    const dialog = harness(element, globals.locale);
    await dialog.pickDate(dateInDays(120));
    await dialog.blur();
    await find(root, '#date-message');
  },
};

/** A Valid till date before tomorrow: "Choose … or a later date." */
export const DateTooEarly: Story = {
  play: async ({ canvasElement, globals }) => {
    const { element, root, name } = await openDialog(canvasElement);
    await userEvent.type(name, 'Short-lived');
    const dialog = harness(element, globals.locale);
    await dialog.pickDate(dateInDays(0));
    await dialog.blur();
    await find(root, '#date-message');
  },
};

/** Generating: the request is on its way (it never answers here), Generate shows progress, the fields are read-only. */
export const Generating: Story = {
  parameters: { memoryApi: { faults: [['generate', 'hang']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const { element, name, generate } = await openDialog(canvasElement);
    await userEvent.type(name, 'Release bot');
    await userEvent.click(generate);
    await waitFor(() => expect(element.busy).toBe(true));
    await expect(name.readOnly).toBe(true);
  },
};

/** The backend failed: the generic error, with the name still in the form to try again. */
export const GenericError: Story = {
  parameters: { memoryApi: { faults: [['generate', 'error']] } satisfies MemoryApiParameters },
  play: async ({ canvasElement }) => {
    const { element, root, name, generate } = await openDialog(canvasElement);
    await userEvent.type(name, 'Release bot');
    await userEvent.click(generate);
    await waitFor(() => expect(root.querySelector('[part="error"]')!.textContent!.trim()).not.toBe(''));
    await expect(element.busy).toBe(false);
    await expect(name.value).toBe('Release bot');
  },
};
