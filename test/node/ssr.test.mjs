// Server-side rendering in Node: every element renders inside the section's declarative shadow DOM without a DOM.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importNodeTs } from '../../scripts/load-node-ts.mjs';

/** @type {{ renderSection(keys: unknown): string }} */
const { renderSection } = await importNodeTs('test/ssr/render-section.ts');

const keys = [
  { id: 'k1', name: 'CI pipeline', visiblePart: 'a1b2', createdAt: '2026-11-20T10:00:00.000Z', expiresAt: null, lastUsedAt: null },
  { id: 'k2', name: 'Release bot', visiblePart: 'c3d4', createdAt: '2026-11-19T10:00:00.000Z', expiresAt: '2099-01-15T00:00:00.000Z', lastUsedAt: '2026-11-30T10:00:00.000Z' },
];

test('renders the section with its keys to HTML with declarative shadow DOM', () => {
  const page = renderSection(keys);
  assert.match(page, /<access-key-section [^>]*><template shadowroot="open" shadowrootmode="open">/);
  // The section's shadow root and one for each bar; dialogs are rendered the first time they open, so none yet.
  assert.equal(page.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, 1 + keys.length);
  assert.doesNotMatch(page, /<[a-z-]+-dialog[ >]/);
  for (const text of ['Access key', 'Your keys', 'CI pipeline', 'Release bot', '2 of 10', 'Created', 'Jan 15, 2099', 'Acme API']) {
    assert.ok(page.includes(text), `the page shows ${text}`);
  }
  assert.doesNotMatch(page, /undefined|Invalid Date|NaN/);
});

test('renders the empty section too', () => {
  const page = renderSection([]);
  assert.ok(page.includes('Loading your keys'));
});
