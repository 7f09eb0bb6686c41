// `npm run bench`: <access-key-section> against a plain-DOM section with the same visible DOM (bench/vanilla-section.ts),
// interleaved in one page (ours, vanilla, ours, …) so both meet the same machine state. Prints medians, p90 and the
// ratio ours / vanilla for each row, and how many times bars rendered. Measured, never asserted: not part of `npm test`.
import type { AccessKeyBarElement } from '../src/access-key-bar/access-key-bar.js';
import type { AccessKeySectionElement } from '../src/access-key-section/access-key-section.js';
import type { AccessKey } from '../src/api/types.js';
import { VanillaSection } from './vanilla-section.js';

declare const gc: (() => void) | undefined;

// What ships: the one-file bundle (production Lit inside, templates minified, no development warnings), built by
// scripts/bench.mjs before the run. Its types are the sources'.
const bundlePath = '../dist/access-key-elements.bundle.js';
const { AccessKeyBarElement: BarElement, MemoryAccessKeyApi } = (await import(bundlePath)) as typeof import('../src/index.js');

// ---- counting bar renders -------------------------------------------------------------------------------------------

// The bundle has its own Lit: patch the `update()` the bars inherit, wherever in their chain it is.
let barUpdates = 0;
let owner: object = BarElement.prototype;
while (!Object.prototype.hasOwnProperty.call(owner, 'update')) owner = Object.getPrototypeOf(owner) as object;
const litUpdate = (owner as { update: (changed: unknown) => void }).update;
Object.defineProperty(owner, 'update', {
  configurable: true,
  value(this: HTMLElement, changed: unknown) {
    if (this instanceof BarElement) barUpdates++;
    litUpdate.call(this, changed);
  },
});

// ---- data and helpers -----------------------------------------------------------------------------------------------

const day = 86_400_000;
const start = Date.UTC(2026, 0, 1);

/** `count` keys in every state: used and never used, expiring, expired, never expiring. */
function keysOf(count: number): AccessKey[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `key-${i}`,
    name: `Deploy bot ${i + 1}`,
    visiblePart: (i * 7919).toString(16).padStart(4, '0').slice(-4),
    createdAt: new Date(start - i * 3600_000).toISOString(),
    expiresAt: i % 3 === 0 ? null : new Date(Date.now() + ((i % 40) - 5) * day).toISOString(),
    lastUsedAt: i % 2 === 0 ? new Date(Date.now() - (i % 90) * 60_000).toISOString() : null,
  }));
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Resolves once `condition` holds, checking after every microtask first (our updates all run in microtasks). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (condition()) return;
    await (i < 2_000 ? Promise.resolve() : nextTask());
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** After the next frame has been painted. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

function layout(): void {
  void document.body.offsetHeight;
}

/** Every node of `root`, inside open shadow roots too. */
function countNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    if (node instanceof Element && node.shadowRoot) count += countNodes(node.shadowRoot);
  }
  return count;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const stage = document.createElement('div');
stage.style.width = '960px';
document.body.append(stage);

// ---- the two sections -----------------------------------------------------------------------------------------------

interface Subject {
  /** How many bars a list of `count` keys shows. */
  shown(count: number): number;
  /** Puts a section with `keys` on the page and resolves once its bars have rendered. */
  mount(keys: AccessKey[]): Promise<void>;
  /** Reloads the same data and resolves once settled. */
  reload(): Promise<void>;
  /** Remove on the bar at `index`, then Confirm; resolves once the bar is gone and focus has moved. */
  removeAndConfirm(index: number): Promise<void>;
  /** "+ Access key": resolves once Name has focus. */
  openGenerate(): Promise<void>;
  closeGenerate(): Promise<void>;
  unmount(): void;
  /** Shows or hides (display: none) a mounted section, so one does not slow the other's style and layout. */
  display(shown: boolean): void;
  /** Bar renders so far. */
  renders(): number;
}

function ours(pageSize: number): Subject {
  let element: AccessKeySectionElement;
  let api: InstanceType<typeof MemoryAccessKeyApi>;
  const shadow = () => element.shadowRoot!;
  const bars = () => shadow().querySelectorAll<AccessKeyBarElement>('access-key-bar');
  const settleBars = async (count: number) => {
    await until(() => bars().length === count && element.keys.length > 0, `${count} bars`);
    await element.updateComplete;
    await Promise.all([...bars()].map((bar) => bar.updateComplete));
  };
  return {
    shown: (count) => (pageSize > 0 && count > 10 ? Math.min(count, pageSize) : count),
    async mount(keys) {
      api = new MemoryAccessKeyApi({ keys, limit: keys.length + 100 });
      element = Object.assign(document.createElement('access-key-section'), { api, pageSize, limit: keys.length + 100 });
      element.setAttribute('lang', 'en');
      stage.append(element);
      await settleBars(this.shown(keys.length));
    },
    async reload() {
      await element.refresh();
      await settleBars(bars().length);
    },
    async removeAndConfirm(index) {
      const before = element.keys.length;
      bars()[index].shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
      const dialog = () => shadow().querySelector('remove-key-dialog');
      await until(() => Boolean(dialog()?.shadowRoot?.querySelector('dialog')?.open), 'the remove dialog');
      dialog()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
      await until(
        () => element.keys.length === before - 1 && !dialog()!.open && deepActiveElement()?.localName === 'button',
        'the removal',
      );
    },
    async openGenerate() {
      const add = shadow().querySelector<HTMLButtonElement>('[part="add-button"]')!;
      add.focus();
      add.click();
      const input = () => shadow().querySelector('generate-key-dialog')?.shadowRoot?.querySelector('[part="name-input"]');
      await until(() => Boolean(input()) && deepActiveElement() === input(), 'Name to have focus');
    },
    async closeGenerate() {
      await shadow().querySelector('generate-key-dialog')!.close();
    },
    unmount: () => element.remove(),
    display: (shown) => element && (element.hidden = !shown),
    renders: () => barUpdates,
  };
}

function vanilla(): Subject {
  let section: VanillaSection;
  let data: AccessKey[];
  return {
    shown: (count) => count,
    async mount(keys) {
      data = keys;
      section = new VanillaSection(keys.length + 100);
      stage.append(section.host);
      section.update(await Promise.resolve(keys.map((key) => ({ ...key }))));
    },
    async reload() {
      section.update(await Promise.resolve(data.map((key) => ({ ...key }))));
    },
    async removeAndConfirm(index) {
      const before = section.bars;
      section.removeButton(index).click();
      section.removeConfirmButton!.click();
      await until(() => section.bars === before - 1 && deepActiveElement()?.localName === 'button', 'the removal');
    },
    async openGenerate() {
      section.host.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
      await until(() => deepActiveElement() === section.generateNameInput, 'Name to have focus');
    },
    async closeGenerate() {
      section.generateNameInput!.closest('dialog')!.close();
    },
    unmount: () => section.host.remove(),
    display: (shown) => section && (section.host.hidden = !shown),
    renders: () => VanillaSection.barRenders,
  };
}

// ---- measuring ------------------------------------------------------------------------------------------------------

interface Row {
  what: string;
  ours: number[];
  vanilla: number[];
  oursBars: number;
  vanillaBars: number;
  unit?: string;
}
const rows: Row[] = [];

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Times `run` for each subject in turn, `runs` times; bar renders are those of the last run. */
async function measure(
  what: string,
  runs: number,
  subjects: { ours: Subject; vanilla: Subject },
  run: (subject: Subject) => Promise<{ time: number; renders: number }>,
): Promise<Row> {
  const row: Row = { what, ours: [], vanilla: [], oursBars: 0, vanillaBars: 0 };
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? (['vanilla', 'ours'] as const) : (['ours', 'vanilla'] as const)) {
      // Only the one measured is shown.
      subjects.ours.display(name === 'ours');
      subjects.vanilla.display(name === 'vanilla');
      layout();
      await nextTask();
      const { time, renders } = await run(subjects[name]);
      row[name].push(time);
      row[name === 'ours' ? 'oursBars' : 'vanillaBars'] = renders;
      await nextTask();
    }
  }
  rows.push(row);
  return row;
}

async function timed(subject: Subject, action: () => Promise<void>, withLayout = true) {
  const before = subject.renders();
  const t0 = performance.now();
  await action();
  if (withLayout) layout();
  return { time: performance.now() - t0, renders: subject.renders() - before };
}

async function firstRender(count: number, pageSize: number, runs: number): Promise<void> {
  const keys = keysOf(count);
  const paging = pageSize > 0 ? `paging ${pageSize}` : 'paging off';
  await measure(`first render, ${count} keys, ${paging}, until layout`, runs, { ours: ours(pageSize), vanilla: vanilla() }, async (subject) => {
    const result = await timed(subject, () => subject.mount(keys));
    subject.unmount();
    return result;
  });
}

async function warmUp(): Promise<void> {
  for (const subject of [ours(0), vanilla(), ours(50)]) {
    for (let i = 0; i < 3; i++) {
      await subject.mount(keysOf(60));
      await subject.reload();
      await subject.openGenerate();
      await subject.closeGenerate();
      await subject.removeAndConfirm(5);
      subject.unmount();
    }
  }
}

function heapUsed(): number {
  gc?.();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

function print(): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const lines = [
    '| what | ours median (p90) | vanilla median (p90) | ours / vanilla | bar renders, ours / vanilla |',
    '|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const unit = row.unit ?? ' ms';
    const cell = (values: number[]) => `${ms(median(values))}${unit} (${ms(quantile(values, 0.9))})`;
    const ratio = median(row.ours) / median(row.vanilla);
    lines.push(
      `| ${row.what} | ${cell(row.ours)} | ${cell(row.vanilla)} | ${ratio.toFixed(2)}× | ${row.oursBars} / ${row.vanillaBars} |`,
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
}

describe('benchmark: <access-key-section> against a plain-DOM section', function () {
  this.timeout(0);

  it('measures every row', async () => {
    if (typeof gc !== 'function') console.log('(no gc(): run through `npm run bench`, which starts Chromium with --expose-gc)');
    await warmUp();

    for (const [count, runs] of [
      [10, 21],
      [50, 15],
      [100, 15],
      [1000, 7],
    ] as const) {
      await firstRender(count, 0, runs);
      if (count > 50) await firstRender(count, 50, runs);
    }

    // Long-lived sections of 1,000 keys, for the rows that act on a list already shown: ours with paging off (every
    // bar, like for like with vanilla) and with the default paging (what a user gets).
    const opens: Row[] = [];
    for (const pageSize of [0, 50]) {
      const paging = pageSize ? `paging ${pageSize}` : 'paging off';
      const subjects = { ours: ours(pageSize), vanilla: vanilla() };
      await subjects.ours.mount(keysOf(1000));
      await subjects.vanilla.mount(keysOf(1000));
      await measure(`reload with the same 1,000 keys, ${paging}, until layout`, 15, subjects, (subject) =>
        timed(subject, () => subject.reload()),
      );
      await measure(`Remove → Confirm on 1 of 1,000 keys, ${paging}, until layout`, 9, subjects, (subject) =>
        timed(subject, () => subject.removeAndConfirm(pageSize ? 20 : 400)),
      );
      opens.push(
        await measure(`"+ Access key" → Name focused, 1,000 keys, ${paging}`, 9, subjects, async (subject) => {
          const result = await timed(subject, () => subject.openGenerate(), false);
          await subject.closeGenerate();
          return result;
        }),
      );
      subjects.ours.unmount();
      subjects.vanilla.unmount();
    }

    // The first open of all, when ours creates the dialog: a fresh section each time.
    const cold = await measure(
      'first "+ Access key" of a fresh 1,000-key section, paging 50 → Name focused',
      5,
      { ours: ours(50), vanilla: vanilla() },
      async (subject) => {
        await subject.mount(keysOf(1000));
        // A user clicks a page that has painted: the mount's own frame (layout, observers) is not the open's.
        await nextFrame();
        const result = await timed(subject, () => subject.openGenerate(), false);
        await subject.closeGenerate();
        subject.unmount();
        return result;
      },
    );

    // Memory: the heap and the nodes a mounted 1,000-key list holds; ours with paging off (like for like) and with
    // the default paging (what a user gets), against vanilla showing all 1,000.
    for (const pageSize of [0, 50]) {
      const paging = pageSize ? `paging ${pageSize}` : 'paging off';
      const heap: Row = { what: `JS heap with 1,000 keys, ${paging}`, ours: [], vanilla: [], oursBars: 0, vanillaBars: 0, unit: ' MB' };
      const nodes: Row = { what: `DOM nodes with 1,000 keys, ${paging}`, ours: [], vanilla: [], oursBars: 0, vanillaBars: 0, unit: '' };
      for (let i = 0; i < 3; i++) {
        for (const [name, subject] of [
          ['ours', ours(pageSize)],
          ['vanilla', vanilla()],
        ] as const) {
          const base = heapUsed();
          await subject.mount(keysOf(1000));
          heap[name].push((heapUsed() - base) / 2 ** 20);
          nodes[name].push(countNodes(stage) - 1);
          subject.unmount();
          await nextTask();
        }
      }
      rows.push(heap, nodes);
    }

    print();
    const row = (what: string) => rows.find((candidate) => candidate.what.startsWith(what))!;
    const paged = median(row('first render, 1000 keys, paging 50').ours) / median(row('first render, 50 keys').ours);
    console.log(
      `first render of 1,000 keys with default paging / of 50 keys (ours): ${paged.toFixed(2)}×\n` +
        `"+ Access key" → Name focused, ours: ${median(opens[1].ours).toFixed(2)} ms warm with default paging, ` +
        `${median(opens[0].ours).toFixed(2)} ms with paging off, ${median(cold.ours).toFixed(2)} ms when the dialog is ` +
        `first made (one frame is ${(1000 / 60).toFixed(1)} ms).\n` +
        `${navigator.hardwareConcurrency} cores, ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent}.`,
    );
  });
});
