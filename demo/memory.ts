// `/demo/memory.html`: the section on the in-memory adapter, with sample keys in every state and fault injection.
import { html, render } from 'lit';
import {
  type AccessKey,
  type GeneratedAccessKey,
  type GenerateKeyInput,
  type MemoryAccessKeyApiOptions,
  type MemoryApiOperation,
  type RequestOptions,
} from '../src/index.js';
import { FaultInjectingAccessKeyApi, type AccessKeyFault, sampleKeys } from '../src/testing/index.js';
import { setUpDemoPage } from './shared.js';

const defaultLatency = 600;


/**
 * The memory adapter, plus a record of the faults queued with {@link failNext} that no call has taken yet, so the page
 * can show them. The adapter takes a fault when a call starts (unless the call's signal is already aborted).
 */
class DemoMemoryApi extends FaultInjectingAccessKeyApi {
  readonly pending: Record<MemoryApiOperation, AccessKeyFault[]> = {
    list: [],
    generate: [],
    remove: [],
    regenerate: [],
    rename: [],
  };
  /** Called when a fault is queued, or taken by a call (with that operation and fault). */
  onPendingChange?: (taken?: { operation: MemoryApiOperation; fault: AccessKeyFault }) => void;

  override failNext(operation: MemoryApiOperation, fault: AccessKeyFault | Error): void {
    super.failNext(operation, fault);
    if (typeof fault === 'string') this.pending[operation].push(fault);
    this.onPendingChange?.();
  }

  override listKeys(options: RequestOptions = {}): Promise<AccessKey[]> {
    this.#take('list', options);
    return super.listKeys(options);
  }

  override generateKey(input: GenerateKeyInput, options: RequestOptions = {}): Promise<GeneratedAccessKey> {
    this.#take('generate', options);
    return super.generateKey(input, options);
  }

  override removeKey(id: string, options: RequestOptions = {}): Promise<void> {
    this.#take('remove', options);
    return super.removeKey(id, options);
  }

  #take(operation: MemoryApiOperation, options: RequestOptions): void {
    if (options.signal?.aborted) return;
    const fault = this.pending[operation].shift();
    if (fault) this.onPendingChange?.({ operation, fault });
  }
}

const { section } = setUpDemoPage();
const panelOrNull = document.querySelector<HTMLElement>('#faults');
if (!panelOrNull) throw new Error('The demo page has no #faults');
const panel: HTMLElement = panelOrNull;

let api = createApi({ keys: sampleKeys(), latency: defaultLatency });
let latency = defaultLatency;
let status = '';
let filling = false;
section.api = api;

function createApi(options: MemoryAccessKeyApiOptions): DemoMemoryApi {
  const created = new DemoMemoryApi(options);
  created.onPendingChange = (taken) => {
    if (taken) status = `A ${taken.operation} call took the queued fault: it ${faultText[taken.fault]}.`;
    renderPanel();
  };
  return created;
}

const faultText: Record<AccessKeyFault, string> = {
  error: 'fails (server error)',
  limit: 'fails with “limit reached”',
  'not-found': 'fails with “not found”',
  hang: 'hangs until it is aborted',
};

const operations: ReadonlyArray<{
  operation: MemoryApiOperation;
  label: string;
  faults: ReadonlyArray<{ fault: AccessKeyFault; text: string }>;
}> = [
  {
    operation: 'list',
    label: 'List keys',
    faults: [
      { fault: 'error', text: 'Fail next' },
      { fault: 'hang', text: 'Hang next' },
    ],
  },
  {
    operation: 'generate',
    label: 'Generate a key',
    faults: [
      { fault: 'error', text: 'Fail next' },
      { fault: 'limit', text: 'Limit on next generate' },
      { fault: 'hang', text: 'Hang next' },
    ],
  },
  {
    operation: 'remove',
    label: 'Remove a key',
    faults: [
      { fault: 'error', text: 'Fail next' },
      { fault: 'not-found', text: 'Not found on next remove' },
      { fault: 'hang', text: 'Hang next' },
    ],
  },
];

function inject(operation: MemoryApiOperation, fault: AccessKeyFault): void {
  api.failNext(operation, fault);
  status = `Queued: the next ${operation} call ${faultText[fault]}.`;
  renderPanel();
}

/** Generates keys through the adapter (not the UI) until the store is full, then reloads the section. */
async function fillToLimit(): Promise<void> {
  filling = true;
  status = 'Generating keys…';
  renderPanel();
  const target = api;
  try {
    let added = 0;
    while (target.keys.length < target.limit) {
      // The secret is dropped at once: nothing here shows, stores or logs it.
      await target.generateKey(
        { name: `Filler key ${target.keys.length + 1}`, expiresAt: null },
        { signal: AbortSignal.timeout(latency + 5000) },
      );
      added++;
    }
    status = `Added ${added} ${added === 1 ? 'key' : 'keys'}; the store holds ${target.keys.length} of ${target.limit}.`;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    status = `Stopped with ${target.keys.length} of ${target.limit} keys — ${reason}`;
  } finally {
    filling = false;
    renderPanel();
    void section.refresh();
  }
}

/** The adapter's latency is fixed when it is made, so a new one takes over the keys and the queued faults. */
function changeLatency(event: Event): void {
  const input = event.target as HTMLInputElement;
  const value = input.valueAsNumber;
  if (!Number.isFinite(value) || value < 0 || value > 10_000) {
    status = 'Latency must be between 0 and 10000 ms.';
    renderPanel();
    return;
  }
  latency = Math.round(value);
  const previous = api;
  api = createApi({ keys: previous.keys, latency, limit: previous.limit });
  for (const { operation } of operations) {
    for (const fault of previous.pending[operation]) api.failNext(operation, fault);
  }
  previous.onPendingChange = undefined;
  section.api = api; // the section reloads on a new adapter
  status = `Every call now takes ${latency} ms.`;
  renderPanel();
}

function pendingText(operation: MemoryApiOperation): string {
  const queued = api.pending[operation];
  return queued.length === 0 ? 'None queued.' : `Queued: ${queued.join(', ')}.`;
}

function renderPanel(): void {
  render(
    html`<section class="panel faults" aria-labelledby="faults-heading">
      <h2 id="faults-heading">Fault injection</h2>
      <p class="hint">
        Each button queues a fault for the next call of that operation (<code>api.failNext()</code>). Queue it before
        you start the action: the dialogs are modal. A hung call ends when the section aborts it (Cancel, or a newer
        load).
      </p>
      ${operations.map(
        ({ operation, label, faults }) =>
          html`<fieldset>
            <legend>${label}</legend>
            <div class="buttons">
              ${faults.map(
                ({ fault, text }) =>
                  html`<button type="button" @click=${() => inject(operation, fault)}>
                    ${text}${fault === 'error' || fault === 'hang'
                      ? html`<span class="visually-hidden"> ${operation} call</span>`
                      : null}
                  </button>`,
              )}
            </div>
            <p class="pending">${pendingText(operation)}</p>
          </fieldset>`,
      )}
      <fieldset>
        <legend>Adapter</legend>
        <div class="buttons">
          <button type="button" @click=${() => void section.refresh()}>Reload list</button>
          <button type="button" ?disabled=${filling} @click=${fillToLimit}>Fill to the limit</button>
        </div>
        <div class="field">
          <label for="latency">Latency (ms)</label>
          <input
            id="latency"
            type="number"
            min="0"
            max="10000"
            step="100"
            inputmode="numeric"
            .value=${String(latency)}
            aria-describedby="latency-hint"
            @change=${changeLatency}
          />
        </div>
        <p id="latency-hint" class="hint">Applies from the next call (0–10000).</p>
      </fieldset>
      <p class="status" role="status">${status}</p>
    </section>`,
    panel,
  );
}

renderPanel();
