// Renders `<access-key-section>` on the server with @lit-labs/ssr, as a host page's server would: Node, Lit's server
// build, declarative shadow DOM. Used by test/node/ssr.test.mjs and, through the test middleware, by the browser test
// that hydrates the result (test/ssr.test.ts).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
import type { AccessKey } from '../../src/api/types.js';

/** The section with `keys` as its first list, in English and UTC, as HTML. */
export function renderSection(keys: AccessKey[]): string {
  return collectResultSync(
    render(html`<access-key-section lang="en" time-zone="UTC" product-name="Acme" .keys=${keys}></access-key-section>`),
  );
}
