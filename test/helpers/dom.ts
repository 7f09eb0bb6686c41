/** Every element under `root`, looking into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Where a string appears in a tree: text, attributes, and form-control values; empty when it appears nowhere. */
export function findInTree(root: Element, needle: string): string[] {
  const places: string[] = [];
  const scopes: ParentNode[] = [root, ...deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  if (root.shadowRoot) scopes.push(root.shadowRoot);
  for (const scope of scopes) {
    if (scope.textContent?.includes(needle)) places.push('text');
  }
  for (const element of [root, ...deepElements(root)]) {
    for (const attribute of element.attributes) {
      if (attribute.value.includes(needle)) places.push(`${element.localName}[${attribute.name}]`);
    }
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.value.includes(needle)) {
      places.push(`${element.localName}.value`);
    }
  }
  return places;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
