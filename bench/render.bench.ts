// Render costs, measured (not asserted): `npm run bench`. Prints medians and ratios to a baseline, so the numbers
// compare across machines. Not part of `npm test`.
import { LitElement, html } from 'lit';
import '../src/define.js';
import { MemoryAccessKeyApi, type AccessKey } from '../src/index.js';

class BaselineList extends LitElement {
  count = 10;
  protected override render() {
    return html`<ul>${Array.from({ length: this.count }, (_, i) => html`<li><strong>Key ${i}</strong> ••••abcd</li>`)}</ul>`;
  }
}
customElements.define('baseline-list', BaselineList);

const keys: AccessKey[] = Array.from({ length: 10 }, (_, i) => ({
  id: `k${i}`,
  name: `Key number ${i}`,
  visiblePart: `ab${i}d`,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: i % 2 ? '2027-01-01T00:00:00.000Z' : null,
  lastUsedAt: i % 3 ? '2026-11-01T00:00:00.000Z' : null,
}));

async function time(label: string, runs: number, once: () => Promise<void>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  console.log(`${label}: median ${median.toFixed(2)} ms over ${runs} runs`);
  return median;
}

/** Waits for an element and every Lit element in its shadow root to finish rendering. */
async function settle(element: LitElement): Promise<void> {
  await element.updateComplete;
  for (const child of element.shadowRoot?.querySelectorAll('*') ?? []) {
    if (child instanceof LitElement) await child.updateComplete;
  }
}

/** Renders `count` copies at once and waits for all of them: one sample. */
async function renderMany(count: number, make: () => LitElement, ready: (element: LitElement) => Promise<void>) {
  const elements = Array.from({ length: count }, make);
  document.body.append(...elements);
  await Promise.all(elements.map(ready));
  for (const element of elements) element.remove();
}

describe('render cost', () => {
  it('measures the section and a bar against a plain Lit list', async () => {
    const baseline = await time('baseline: 20 plain Lit lists of 10 items', 20, () =>
      renderMany(20, () => document.createElement('baseline-list') as BaselineList, settle),
    );
    const section = await time('20 <access-key-section>s with 10 keys each, loaded and rendered', 20, () =>
      renderMany(
        20,
        () => Object.assign(document.createElement('access-key-section'), { api: new MemoryAccessKeyApi({ keys }) }),
        async (element) => {
          const shadow = element.shadowRoot!;
          await element.updateComplete;
          while (shadow.querySelectorAll('access-key-bar').length < keys.length) await element.updateComplete;
          await settle(element);
        },
      ),
    );
    const bars = await time('200 <access-key-bar>s', 20, () =>
      renderMany(200, () => Object.assign(document.createElement('access-key-bar'), { key: keys[1] }), settle),
    );
    console.log(
      `per section of 10 keys ${(section / 20).toFixed(2)} ms = ${(section / baseline).toFixed(1)}× a plain list of 10; ` +
        `per bar ${(bars / 200).toFixed(3)} ms`,
    );
  });
});
