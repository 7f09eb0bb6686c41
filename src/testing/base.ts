import { englishMessages } from '../locales/en.js';
import type { AccessKeyMessages } from '../locales/messages.js';
import {
  accessibleName,
  allByRole,
  allElements,
  describeQuery,
  isRendered,
  normalize,
  queryByRole,
  roleOf,
  type NameMatcher,
} from './queries.js';

// Captured at import, before a test installs fake timers (sinon, Jest's modern timers fake `performance` and
// `setTimeout`): a harness must still notice when its own wait has gone on too long.
const realNow = performance.now.bind(performance);

/** Lets every queued task and microtask run. A MessageChannel task, because fake timers replace `setTimeout` and rAF. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface HarnessOptions {
  /**
   * The messages the page shows, when they are not the English defaults: a whole catalog (`germanMessages`) or
   * the overrides the page passes to the elements. Missing ones fall back to English.
   */
  messages?: Partial<AccessKeyMessages>;
  /** How long an action waits for the element to settle before it fails, in milliseconds. Default 2000. */
  timeout?: number;
}

/** Passed by a parent harness so a child's actions also wait for what the parent shows (its requests). */
export interface ChildHarnessOptions extends HarnessOptions {
  /** @internal Resolves when the parent shows no pending request. */
  afterAction?: () => Promise<void>;
}

/**
 * What every harness shares: the element, the messages it speaks, settling, waiting with a clear message, and
 * finding controls by role and accessible name inside the element's shadow root.
 */
export abstract class AccessKeyHarness<E extends HTMLElement> {
  /** The element this harness drives. */
  readonly element: E;

  /** The messages the harness expects the element to show. */
  protected readonly messages: AccessKeyMessages;

  protected readonly timeout: number;

  readonly #afterAction?: () => Promise<void>;

  constructor(element: E, options: ChildHarnessOptions = {}) {
    if (!(element instanceof HTMLElement)) throw new TypeError(`${this.constructor.name} needs an element`);
    this.element = element;
    this.messages = { ...englishMessages, ...options.messages };
    this.timeout = options.timeout ?? 2000;
    this.#afterAction = options.afterAction;
  }

  /** The options a child harness gets: the same messages and timeout. */
  protected get childOptions(): ChildHarnessOptions {
    return { messages: this.messages, timeout: this.timeout, afterAction: this.#afterAction };
  }

  /** Resolves when the element and every Lit element inside it have rendered and queued tasks have run. */
  async settle(): Promise<void> {
    for (let round = 0; round < 2; round++) {
      const elements = [this.element, ...allElements(this.root, true)].filter(
        (element): element is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in element,
      );
      await Promise.all(elements.map((element) => element.updateComplete));
      await nextTask();
    }
  }

  /** The element's shadow root; the elements render everything there. */
  protected get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no open shadow root: is its tag defined?`);
    return root;
  }

  /**
   * Settles, then checks `condition` until it returns something truthy, which it resolves with. Fails after the
   * timeout with a message that says what it waited for.
   */
  protected async waitFor<T>(condition: () => T, what: string | (() => string)): Promise<NonNullable<T>> {
    const deadline = realNow() + this.timeout;
    for (;;) {
      await this.settle();
      const result = condition();
      if (result) return result as NonNullable<T>;
      if (realNow() > deadline) {
        throw new Error(
          `${this.constructor.name}: gave up after ${this.timeout} ms waiting for ${typeof what === 'string' ? what : what()}. ` +
            'If the adapter hangs or has latency under fake timers, tick the clock or use the action that does not wait.',
        );
      }
    }
  }

  /** Settles after an action, and waits for whatever the parent harness shows as pending. */
  protected async afterAction(): Promise<void> {
    await this.settle();
    await this.#afterAction?.();
  }

  /** The element with the role and name in the shadow root; fails with what it looked for. */
  protected getByRole(role: string, name?: NameMatcher, root: ParentNode = this.root): HTMLElement {
    const found = queryByRole(root, role, { name });
    if (found) return found;
    const present = allByRole(root, role).map((element) => JSON.stringify(accessibleName(element)));
    throw new Error(
      `${this.constructor.name}: no ${describeQuery(role, name)} in <${this.element.localName}>` +
        (present.length > 0 ? ` (found ${role}s: ${present.join(', ')})` : ''),
    );
  }

  /** Clicks a control the way a user does: only if it is shown. */
  protected clickControl(control: HTMLElement): void {
    if (!isRendered(control)) {
      throw new Error(
        `${this.constructor.name}: the ${describeQuery(roleOf(control) ?? control.localName, accessibleName(control))} ` +
          'is not shown, so a user could not press it',
      );
    }
    control.focus();
    control.click();
  }

  /**
   * Chooses the option of `select` (labelled `label`) that `matches`, as a user does (focus, then a change); fails
   * naming what it offers, read with `describe`, when none does.
   */
  protected async chooseOption(
    select: HTMLSelectElement,
    label: string,
    wanted: string,
    matches: (option: HTMLOptionElement) => boolean,
    describe: (option: HTMLOptionElement) => string = (option) => option.value,
  ): Promise<void> {
    const found = [...select.options].find(matches);
    if (!found) {
      const offered = [...select.options].map(describe).join(', ');
      throw new Error(`${this.constructor.name}: "${label}" offers no ${wanted} (it offers ${offered})`);
    }
    select.focus();
    select.value = found.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.afterAction();
  }

  /** Presses Escape where the focus is inside `scope` (or on `scope`), as the keyboard does. */
  protected pressEscapeIn(scope: HTMLElement): void {
    let target: Element = scope;
    const active = this.root.activeElement;
    if (active && scope.contains(active)) target = active;
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
  }

  /** The text of an element as read, white space normalized; `''` for `null`. */
  protected textOf(element: Element | null): string {
    return normalize(element?.textContent ?? '');
  }
}
