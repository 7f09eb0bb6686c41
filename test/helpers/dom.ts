import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibleName } from '../../src/testing/queries.js';

/** What a control says to a user: its accessible name (a button's label, without what is hidden from it). */
export const labelOf = (element: Element): string => accessibleName(element);

/** Every element under `root`, looking into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/**
 * Where a string appears in an element and everything it renders (its shadow root and the shadow roots inside it):
 * text, attributes, and form-control values; empty when it appears nowhere.
 */
export function findInTree(root: Element, needle: string): string[] {
  const elements = [root, ...deepElements(root), ...(root.shadowRoot ? deepElements(root.shadowRoot) : [])];
  const places: string[] = [];
  for (const element of elements) {
    if (element.shadowRoot && [...element.shadowRoot.childNodes].some((node) => node.textContent?.includes(needle))) {
      places.push(`${element.localName} shadow text`);
    }
    for (const attribute of element.attributes) {
      if (attribute.value.includes(needle)) places.push(`${element.localName}[${attribute.name}]`);
    }
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.value.includes(needle)) {
      places.push(`${element.localName}.value`);
    }
  }
  return places;
}

/**
 * The focused element, looking into shadow roots. The product has its own (`src/internal/dialog-base.ts`); the tests
 * keep theirs so that focus return is not checked with the code under test.
 */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Puppeteer's `press` takes one key; chords are held and released around it. */
export async function pressShiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab until `target` has focus (at most 15 times), as a keyboard user would. */
export async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 15 && deepActiveElement() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()).to.equal(target);
}

/** The element in `root` with the part `name`; fails the test when there is none. */
export function part<E extends HTMLElement = HTMLElement>(root: Element | ShadowRoot, name: string): E {
  const scope = root instanceof ShadowRoot ? root : root.shadowRoot!;
  const found = scope.querySelector<E>(`[part~="${name}"]`);
  if (!found) throw new Error(`no [part~="${name}"] in ${root instanceof ShadowRoot ? 'the shadow root' : root.localName}`);
  return found;
}

/** Waits until a rejection, and checks its message contains `text`. */
export async function expectRejection(promise: Promise<unknown>, text: string): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, `expected a rejection containing ${JSON.stringify(text)}`).to.be.instanceOf(Error);
  expect((error as Error).message).to.contain(text);
}
