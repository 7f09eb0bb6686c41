/** Registers a tag unless it already is, so a define module can be imported twice (or by two bundles) safely. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
