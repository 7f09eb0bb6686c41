/** A stand-in for `navigator.clipboard`, from {@link stubClipboard}. */
export interface ClipboardStub {
  /** Everything written, in order. */
  readonly written: readonly string[];
  /** Makes every later write reject with `error` (default: a `NotAllowedError`, as a browser refusing permission). */
  fail(error?: unknown): void;
  /** Makes later writes succeed again. */
  succeed(): void;
  /** Makes `navigator.clipboard` missing, as outside secure contexts. */
  makeUnavailable(): void;
  /** Puts the browser's own clipboard back. Safe to call more than once. */
  restore(): void;
}

/**
 * Replaces `navigator.clipboard` so a test decides whether copying succeeds and never touches the real clipboard
 * (which headless browsers refuse without focus and permission). Call `restore()` after the test:
 *
 * ```ts
 * let clipboard: ClipboardStub;
 * beforeEach(() => (clipboard = stubClipboard()));
 * afterEach(() => clipboard.restore());
 * ```
 */
export function stubClipboard(): ClipboardStub {
  // An own property shadows the getter on Navigator.prototype; restoring deletes it (or puts back an earlier own one).
  const previous = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const written: string[] = [];
  let failure: { error: unknown } | null = null;
  let restored = false;
  const clipboard = {
    async writeText(text: string): Promise<void> {
      if (failure) throw failure.error;
      written.push(String(text));
    },
    async readText(): Promise<string> {
      if (failure) throw failure.error;
      return written[written.length - 1] ?? '';
    },
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return {
    written,
    fail(error = new DOMException('Write permission denied.', 'NotAllowedError')) {
      failure = { error };
    },
    succeed() {
      failure = null;
    },
    makeUnavailable() {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    },
    restore() {
      if (restored) return;
      restored = true;
      if (previous) Object.defineProperty(navigator, 'clipboard', previous);
      else Reflect.deleteProperty(navigator, 'clipboard');
    },
  };
}
