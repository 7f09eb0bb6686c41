/**
 * A stand-in for `navigator.clipboard`, so tests decide whether copying succeeds and never touch the real clipboard
 * (which headless Chromium refuses without focus and permission). Shadows the prototype's getter with an own property;
 * `restoreClipboard()` removes it again.
 */
export interface FakeClipboard {
  /** Everything written, in order. */
  readonly written: string[];
  /** Makes every later write reject with `error`. */
  rejectWith(error: unknown): void;
}

export function fakeClipboard(): FakeClipboard {
  const written: string[] = [];
  let failure: { error: unknown } | null = null;
  const writeText = async (text: string): Promise<void> => {
    if (failure) throw failure.error;
    written.push(text);
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return {
    written,
    rejectWith(error) {
      failure = { error };
    },
  };
}

/** Makes `navigator.clipboard` missing, as outside secure contexts. */
export function removeClipboard(): void {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}

/** Puts the browser's own `navigator.clipboard` back. */
export function restoreClipboard(): void {
  Reflect.deleteProperty(navigator, 'clipboard');
}
