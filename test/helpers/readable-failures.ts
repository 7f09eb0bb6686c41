// Imported first by every test file (web-test-runner.config.mjs adds the import). When an assertion about DOM nodes
// fails (`expect(focused).to.equal(button)`), mocha keeps the nodes as the error's `actual` and `expected`, and the
// test runner's transfer of that result crashed Chromium's renderer ("browser disconnected", then the 5-minute
// timeout) instead of reporting the failure. The nodes are replaced by short descriptions a person can read.
function describeNode(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const root = node.getRootNode();
  const where = root instanceof ShadowRoot ? ` in the shadow root of <${root.host.localName}>` : '';
  return `${node.outerHTML.slice(0, 300)}${where}`;
}

afterEach(function readableFailures(this: Mocha.Context) {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const side of ['actual', 'expected'] as const) {
    if (error[side] instanceof Node) error[side] = describeNode(error[side] as Node);
  }
});
