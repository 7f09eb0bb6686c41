// Shared by the stories: key fixtures relative to now, a memory backend per render, a host for standalone dialogs,
// a deterministic clipboard, and shadow-root queries for play functions. Not a stories file itself.
import { expect, waitFor } from 'storybook/test';
import {
  type AccessKey,
  type GenerateKeyDialogElement,
  type MemoryApiOperation,
} from '../src/index.js';
import { FaultInjectingAccessKeyApi, type AccessKeyFault, sampleKeys, stubClipboard } from '../src/testing/index.js';

const minute = 60_000;
const day = 24 * 60 * minute;

function instant(offset: number): string {
  return new Date(Date.now() + offset).toISOString();
}

export { longKeyName, sampleKeys } from '../src/testing/index.js';

/** `count` plain active keys, for the limit. */
export function manyKeys(count: number): AccessKey[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `key-${index + 1}`,
    name: `Device farm runner ${index + 1}`,
    visiblePart: (1000 + index).toString(16).slice(-4),
    createdAt: instant(-(index + 1) * day),
    expiresAt: index % 3 === 0 ? null : instant((index + 1) * 30 * day),
    lastUsedAt: index % 2 === 0 ? instant(-(index + 1) * 60 * minute) : null,
  }));
}

/** `count` keys that expired days ago, for "Remove expired keys (N)". */
export function expiredKeys(count: number): AccessKey[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `expired-${index + 1}`,
    name: `Expired test runner ${index + 1}`,
    visiblePart: `ex${index}0`,
    createdAt: instant(-(index + 60) * day),
    expiresAt: instant(-(index + 1) * day),
    lastUsedAt: null,
  }));
}

/** One key as a bar shows it, made a year and a half ago, so any last use or expiry a story gives it is believable. */
export function bareKey(overrides: Partial<AccessKey> = {}): AccessKey {
  return { ...sampleKeys()[0], createdAt: instant(-540 * day), ...overrides };
}

/** What a story asks of its in-memory backend (story `parameters.memoryApi`). */
export interface MemoryApiParameters {
  keys?: AccessKey[];
  latency?: number;
  /** Faults for the next calls, in order, as `FaultInjectingAccessKeyApi.failNext` takes them. */
  faults?: Array<[MemoryApiOperation, AccessKeyFault]>;
}

/** A fresh backend per render, so a story always starts from the same state however often it is viewed. */
export function createApi({ keys = [], latency = 300, faults = [] }: MemoryApiParameters = {}): FaultInjectingAccessKeyApi {
  const api = new FaultInjectingAccessKeyApi({ keys, latency });
  for (const [operation, fault] of faults) api.failNext(operation, fault);
  return api;
}

/** Loader shared by every meta: `loaded.api` is the story's own backend. */
export const memoryApiLoader = async ({ parameters }: { parameters: Record<string, unknown> }) => ({
  api: createApi(parameters.memoryApi as MemoryApiParameters | undefined),
});

/**
 * What `<access-key-section>` does with a dialog's request, against the story's memory backend: act, then close the
 * dialog as confirmed; on failure, the dialog's generic error (it keeps what the user entered).
 */
export function actOnRequest<E extends Event>(act: (event: E) => Promise<unknown>): (event: E) => Promise<void> {
  return async (event) => {
    // Any request dialog: they share `close()` and `showError()`.
    const dialog = event.target as GenerateKeyDialogElement;
    try {
      await act(event);
      await dialog.close('confirm');
    } catch {
      dialog.showError();
    }
  };
}

/**
 * A story's `beforeEach`: the clipboard of access-key-elements/testing in place of the real one (which asks for focus
 * and permission), refusing every write when `outcome` is `'reject'`; returns the cleanup that puts the browser's back.
 */
export function withClipboard(outcome: 'resolve' | 'reject'): () => void {
  const clipboard = stubClipboard();
  if (outcome === 'reject') clipboard.fail();
  return () => clipboard.restore();
}

/** The open shadow root of `element`, failing the play function when there is none. */
export function shadow(element: Element | null | undefined): ShadowRoot {
  const root = element?.shadowRoot;
  if (!root) throw new Error(`${element?.localName ?? 'element'} has no open shadow root`);
  return root;
}

/** The one element matching `selector` under `root`, waiting until it renders. */
export async function find<E extends Element = HTMLElement>(root: ParentNode, selector: string): Promise<E> {
  let found: E | null = null;
  await waitFor(() => {
    found = root.querySelector<E>(selector);
    expect(found, selector).not.toBeNull();
  });
  return found as unknown as E;
}

/** The element of `tag` in the story's canvas, rendered and updated. */
export async function host<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  const element = await find<HTMLElementTagNameMap[K]>(canvasElement, tag);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Waits until the `<dialog>` inside `element` is open (or closed). */
export async function dialogOf(element: Element, open = true): Promise<HTMLDialogElement> {
  const dialog = await find<HTMLDialogElement>(shadow(element), 'dialog');
  await waitFor(() => expect(dialog.open).toBe(open));
  return dialog;
}
