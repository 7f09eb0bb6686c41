// The benchmark's baseline: the same visible section as <access-key-section> (heading, "+ Access key", description,
// "Your keys" with its count, one bar per key with its badge, visible part, dates and buttons, a remove dialog and
// a generate dialog), written with plain DOM calls. One shadow root per bar, as ours, and one shared stylesheet per
// kind (the same CSS ours uses, so layout compares like for like). It keeps unchanged bars on a reload (keyed by id,
// compared field by field), as any careful hand-written list would. No framework, no validation, no i18n catalog.
import type { AccessKey } from '../src/api/types.js';
import { styles as barCss } from '../src/access-key-bar/access-key-bar.styles.js';
import { formatDate, formatMoment, formatRelative } from '../src/domain/format.js';
import { keyState } from '../src/domain/status.js';
import { styles as sectionCss } from '../src/access-key-section/access-key-section.styles.js';
import { buttonStyles, dialogStyles, fieldStyles, tokens } from '../src/internal/theme.styles.js';

const sheets = (...results: Array<{ styleSheet?: CSSStyleSheet }>) => results.map((result) => result.styleSheet!);
const sectionSheets = sheets(tokens, buttonStyles, fieldStyles, dialogStyles, sectionCss);
const barSheets = sheets(tokens, buttonStyles, barCss);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const same = (a: AccessKey, b: AccessKey) =>
  a.name === b.name &&
  a.visiblePart === b.visiblePart &&
  a.createdAt === b.createdAt &&
  a.expiresAt === b.expiresAt &&
  a.lastUsedAt === b.lastUsedAt;

export class VanillaSection {
  readonly host = document.createElement('div');
  /** How many bars were built or rebuilt (by every instance), as the benchmark counts our bars' updates. */
  static barRenders = 0;
  readonly #root = this.host.attachShadow({ mode: 'open' });
  readonly #list = el('ul', { part: 'list', class: 'list' });
  readonly #count = el('span', { part: 'count', class: 'count text' });
  readonly #addButton = el('button', { part: 'add-button', class: 'button primary' }, '+ Access key');
  readonly #bars = new Map<string, { key: AccessKey; item: HTMLLIElement; remove: HTMLButtonElement }>();
  #keys: AccessKey[] = [];
  #removeDialog?: HTMLDialogElement;
  #generateDialog?: HTMLDialogElement;
  #removing?: AccessKey;

  constructor(readonly limit = 10) {
    this.#root.adoptedStyleSheets = sectionSheets;
    this.#addButton.addEventListener('click', () => this.#openGenerate());
    this.#root.append(
      el(
        'section',
        { part: 'base', class: 'section' },
        el(
          'div',
          { class: 'header' },
          el('div', { part: 'heading', class: 'heading text', role: 'heading', 'aria-level': '2' }, 'Access key'),
          this.#addButton,
          el('p', { part: 'description', class: 'description' }, 'An access key is required for calling Mobitru API.'),
        ),
        el(
          'div',
          { class: 'list-header' },
          el('div', { part: 'list-heading', class: 'list-heading text', role: 'heading', 'aria-level': '3' }, 'Your keys'),
          this.#count,
        ),
        this.#list,
      ),
    );
  }

  get bars(): number {
    return this.#list.childElementCount;
  }

  /** Shows `keys`: new bars for new or changed keys, the old ones kept. */
  update(keys: AccessKey[]): void {
    this.#keys = keys;
    this.#count.textContent = `${keys.length} of ${this.limit}`;
    const now = new Date();
    const seen = new Set<string>();
    let previous: Element | null = null;
    for (const key of keys) {
      seen.add(key.id);
      let bar = this.#bars.get(key.id);
      if (!bar || !same(bar.key, key)) {
        const fresh = this.#renderBar(key, now);
        if (bar) bar.item.replaceWith(fresh.item);
        bar = fresh;
        this.#bars.set(key.id, bar);
      }
      const expected: Element | null = previous ? previous.nextElementSibling : this.#list.firstElementChild;
      if (expected !== bar.item) this.#list.insertBefore(bar.item, expected);
      previous = bar.item;
    }
    for (const [id, bar] of this.#bars) {
      if (!seen.has(id)) {
        bar.item.remove();
        this.#bars.delete(id);
      }
    }
  }

  /** The Remove button of the bar at `index`. */
  removeButton(index: number): HTMLButtonElement {
    return this.#bars.get(this.#keys[index].id)!.remove;
  }

  get generateNameInput(): HTMLInputElement | null {
    return this.#generateDialog?.querySelector('input') ?? null;
  }

  get removeConfirmButton(): HTMLButtonElement | null {
    return this.#removeDialog?.querySelector<HTMLButtonElement>('[part="confirm-button"]') ?? null;
  }

  #renderBar(key: AccessKey, now: Date) {
    VanillaSection.barRenders++;
    const locale = 'en';
    const state = keyState(key.expiresAt, now);
    const badge = { active: 'Active', 'expires-soon': 'Expires soon', expired: 'Expired' }[state];
    const host = el('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = barSheets;
    const time = (iso: string, text: string) => el('time', { datetime: iso, title: formatMoment(iso, locale) }, text);
    const remove = el('button', { part: 'remove-button', class: 'button quiet', 'aria-label': `Remove “${key.name}”` }, 'Remove');
    remove.addEventListener('click', () => this.#openRemove(key, remove));
    root.append(
      el(
        'div',
        { part: 'base', class: 'bar', role: 'group' },
        el(
          'div',
          { class: 'main' },
          el('div', { class: 'name-row' }, el('bdi', { part: 'name', class: 'name' }, key.name)),
          el(
            'div',
            { class: 'state' },
            el('span', { part: 'status', class: `status ${state}` }, badge),
            el(
              'span',
              { part: 'last-used' },
              el('span', { class: 'text' }, key.lastUsedAt ? 'Last used' : 'Never used'),
              ...(key.lastUsedAt ? [' ', time(key.lastUsedAt, formatRelative(key.lastUsedAt, now, locale))] : []),
            ),
          ),
          el(
            'div',
            { class: 'details' },
            el('span', { part: 'visible-part' }, el('span', { 'aria-hidden': 'true' }, '••••'), key.visiblePart),
            el('span', { part: 'created' }, el('span', { class: 'text' }, 'Created'), ' ', time(key.createdAt, formatDate(key.createdAt, locale))),
            el(
              'span',
              { part: 'expires' },
              el('span', { class: 'text' }, key.expiresAt ? 'Expires' : 'Never expires'),
              ...(key.expiresAt ? [' ', time(key.expiresAt, formatDate(key.expiresAt, locale))] : []),
            ),
          ),
        ),
        el(
          'div',
          { class: 'actions', part: 'buttons' },
          el('button', { part: 'regenerate-button', class: 'button quiet' }, 'Regenerate'),
          el('button', { part: 'rename-button', class: 'button quiet' }, 'Rename'),
          remove,
        ),
      ),
    );
    return { key, item: el('li', {}, host), remove };
  }

  #openGenerate(): void {
    if (!this.#generateDialog) {
      const input = el('input', { id: 'name', maxlength: '120' });
      this.#generateDialog = el(
        'dialog',
        { part: 'dialog' },
        el('h2', { part: 'title' }, 'Generate access key'),
        el('div', { class: 'field' }, el('label', { for: 'name' }, 'Name'), input),
        el('div', { class: 'actions' }, el('button', { class: 'button' }, 'Cancel'), el('button', { class: 'button primary' }, 'Generate')),
      );
      this.#root.append(this.#generateDialog);
    }
    this.#generateDialog.showModal();
    this.generateNameInput!.focus();
  }

  #openRemove(key: AccessKey, trigger: HTMLButtonElement): void {
    if (!this.#removeDialog) {
      const confirm = el('button', { part: 'confirm-button', class: 'button primary danger' }, 'Confirm');
      confirm.addEventListener('click', () => this.#confirmRemove());
      this.#removeDialog = el(
        'dialog',
        { part: 'dialog' },
        el('h2', { part: 'title' }, 'Remove access key'),
        el('p', {}, 'Applications using this key will stop working.'),
        el('div', { class: 'actions' }, el('button', { class: 'button' }, 'Cancel'), confirm),
      );
      this.#root.append(this.#removeDialog);
    }
    this.#removing = key;
    this.#removeDialog.showModal();
    this.#removeDialog.querySelector('button')!.focus();
    void trigger;
  }

  // As ours: the backend call (a resolved promise here), the bar gone, the dialog closed, focus on the next bar.
  async #confirmRemove(): Promise<void> {
    const key = this.#removing!;
    await Promise.resolve();
    const index = this.#keys.findIndex((existing) => existing.id === key.id);
    this.update(this.#keys.filter((existing) => existing.id !== key.id));
    this.#removeDialog!.close();
    const next = this.#keys[Math.min(index, this.#keys.length - 1)];
    if (next) this.#bars.get(next.id)!.remove.focus();
    else this.#addButton.focus();
  }
}
