import { isAbortError } from '../api/errors.js';

/** How a call ended: with a value or an error. Aborted and superseded calls have no outcome. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * One kind of adapter call (list, generate, remove) at a time. Each run gets an `AbortSignal`; starting a new run
 * aborts the one in flight (a newer load supersedes an older one), `abort()` ends it (Cancel, disconnect), and a run
 * that was aborted or superseded resolves to `undefined`, so its late result can never reach the screen.
 */
export class Operation {
  #controller?: AbortController;

  /** Whether a run is in flight. */
  get pending(): boolean {
    return this.#controller !== undefined;
  }

  async run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T> | undefined> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    let outcome: Outcome<T>;
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
