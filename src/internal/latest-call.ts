import { isAbortError } from '../api/errors.js';

/** How a call ended: with a value or an error. Aborted and superseded calls have none. */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The latest call of one kind (list, generate, remove, …), as lit/task runs its task: each run gets an
 * `AbortSignal`; starting a new run aborts the one in flight (a newer load supersedes an older one); `abort()` ends
 * it (Cancel, disconnect); and a run that was aborted or superseded resolves to `undefined`, so its late result can
 * never reach the screen.
 */
export class LatestCall {
  #controller?: AbortController;

  /** Whether a run is in flight. */
  get pending(): boolean {
    return this.#controller !== undefined;
  }

  async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T> | undefined> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    let outcome: CallOutcome<T>;
    try {
      outcome = { ok: true, value: await call(controller.signal) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (controller !== this.#controller || controller.signal.aborted) return undefined;
    this.#controller = undefined;
    if (!outcome.ok && isAbortError(outcome.error)) return undefined;
    return outcome;
  }

  /** Aborts the run in flight, if any. */
  abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }
}
