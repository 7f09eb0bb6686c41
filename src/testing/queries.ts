/**
 * How the harnesses find controls: by ARIA role and accessible name, or by label, as a user finds them, looking into
 * open shadow roots themselves. A simplified form of the W3C accessible-name computation
 * (https://www.w3.org/TR/accname-1.2/) that covers what these elements render: `aria-labelledby`, `aria-label`,
 * `<label for>`, and name from content, skipping `aria-hidden` subtrees. Values a user reads (a date, a count) are
 * read from the elements' parts, the styling API that stays stable across versions, so no message is ever reversed
 * and a translation may word things in any order.
 */

/** The first element in `root` with the part `name` (`part` is a list: `[part~=…]`), or `null`. */
export function byPart(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * Text as a user reads it: without the invisible bidirectional isolates the elements put around values (U+2066–U+2069),
 * runs of white space (including the narrow spaces `Intl` puts in times) collapsed, trimmed.
 */
export function normalize(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** Every element under `root`; with `pierce`, also inside the open shadow roots of the elements found. */
export function allElements(root: ParentNode, pierce = false): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (pierce && element.shadowRoot) found.push(...allElements(element.shadowRoot, true));
  }
  return found;
}

const textboxTypes = new Set(['', 'text', 'email', 'tel', 'url']);
const nameFromContent = new Set(['button', 'heading', 'link', 'tooltip', 'cell', 'option', 'tab', 'menuitem']);

/** The element's ARIA role: its `role` attribute, else the implicit role of its tag (`null` when it has none). */
export function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  switch (element.localName) {
    case 'button':
      return 'button';
    case 'dialog':
      return 'dialog';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'ul':
    case 'ol':
      return 'list';
    case 'li':
      return 'listitem';
    case 'textarea':
      return 'textbox';
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size')) > 1 ? 'listbox' : 'combobox';
    case 'a':
      return element.hasAttribute('href') ? 'link' : null;
    case 'form':
      return 'form';
    case 'section':
      return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : null;
    case 'input': {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      if (textboxTypes.has(type)) return 'textbox';
      if (type === 'search') return 'searchbox';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
      return null;
    }
    default:
      return null;
  }
}

/** The text a node contributes to a name: its text, without `aria-hidden` subtrees, `<style>` or `<script>`. */
export function textAlternative(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || node.localName === 'style' || node.localName === 'script') {
    return '';
  }
  const label = node.getAttribute('aria-label');
  if (label?.trim()) return label;
  let text = '';
  for (const child of node.childNodes) text += textAlternative(child);
  return text;
}

function byIds(element: Element, attribute: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((found): found is HTMLElement => found !== null);
}

/** The element's accessible name, white space normalized; `''` when it has none. */
export function accessibleName(element: Element): string {
  if (element.hasAttribute('aria-labelledby')) {
    const labels = byIds(element, 'aria-labelledby');
    if (labels.length > 0) return normalize(labels.map(textAlternative).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return normalize(label);
  const labels = (element as Partial<HTMLInputElement>).labels;
  if (labels && labels.length > 0) return normalize([...labels].map(textAlternative).join(' '));
  const role = roleOf(element);
  if (role && nameFromContent.has(role)) return normalize(textAlternative(element));
  return '';
}

/** The texts of the elements that describe `element` (`aria-describedby`), in order, each normalized. */
export function descriptions(element: Element): string[] {
  return byIds(element, 'aria-describedby').map((described) => normalize(described.textContent ?? ''));
}

/** A name to match: the exact (normalized) text, any of several texts (a button that changes its label), or a pattern. */
export type NameMatcher = string | readonly string[] | RegExp;

function matches(text: string, matcher: NameMatcher | undefined): boolean {
  if (matcher === undefined) return true;
  if (typeof matcher === 'string') return text === normalize(matcher);
  if (matcher instanceof RegExp) return matcher.test(text);
  return matcher.some((candidate) => text === normalize(candidate));
}

export interface RoleQuery {
  /** The accessible name, exact (after white-space normalization) or a pattern. */
  name?: NameMatcher;
  /** Also look inside the shadow roots of elements inside `root`. Default false. */
  pierce?: boolean;
}

/** Every element under `root` with the role (and name). */
export function allByRole(root: ParentNode, role: string, query: RoleQuery = {}): HTMLElement[] {
  return allElements(root, query.pierce).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && roleOf(element) === role && matches(accessibleName(element), query.name),
  );
}

/** The first element with the role (and name), or `null`. */
export function queryByRole(root: ParentNode, role: string, query: RoleQuery = {}): HTMLElement | null {
  return allByRole(root, role, query)[0] ?? null;
}

/** Whether the element takes up space on the page (it is not `display: none` and not in a closed `<dialog>`). */
export function isRendered(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

/** Describes a role query for error messages: `button "Confirm"`. */
export function describeQuery(role: string, name?: NameMatcher): string {
  if (name === undefined) return role;
  if (name instanceof RegExp) return `${role} ${String(name)}`;
  const names = typeof name === 'string' ? [name] : name;
  return `${role} ${names.map((text) => JSON.stringify(normalize(text))).join(' or ')}`;
}
