import type { AccessKeySectionElement } from '../access-key-section/access-key-section.js';
import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import type { KeySortOrder, KeyStateFilter } from '../domain/key-list.js';
import type { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import type { KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import type { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import type { RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';
import { AccessKeyBarHarness, type AccessKeyView } from './access-key-bar-harness.js';
import { AccessKeyHarness, type ChildHarnessOptions, type HarnessOptions } from './base.js';
import { GenerateKeyDialogHarness } from './generate-key-dialog-harness.js';
import { KeyLimitDialogHarness } from './key-limit-dialog-harness.js';
import { accessibleName, allByRole, allElements, byPart, normalize, queryByRole, roleOf } from './queries.js';
import type { RegenerateKeyDialogElement } from '../regenerate-key-dialog/regenerate-key-dialog.js';
import type { RemoveExpiredKeysDialogElement } from '../remove-expired-keys-dialog/remove-expired-keys-dialog.js';
import type { RenameKeyDialogElement } from '../rename-key-dialog/rename-key-dialog.js';
import { RegenerateKeyDialogHarness } from './regenerate-key-dialog-harness.js';
import { RemoveExpiredKeysDialogHarness } from './remove-expired-keys-dialog-harness.js';
import { RemoveKeyDialogHarness } from './remove-key-dialog-harness.js';
import { RenameKeyDialogHarness } from './rename-key-dialog-harness.js';
import { RevealKeyDialogHarness } from './reveal-key-dialog-harness.js';
import { sectionDialogTags } from '../internal/parts.js';
import { sortOrderLabels, stateFilterLabels } from '../locales/choices.js';

/** Which of the section's dialogs is open. */
export type AccessKeyDialogKind = 'generate' | 'reveal' | 'remove' | 'limit' | 'regenerate' | 'rename' | 'remove-expired';

const dialogTags: Record<AccessKeyDialogKind, string> = sectionDialogTags;

/** What to type into "Generate access key". */
export interface GenerateKeyValues {
  name: string;
  /** A Valid till preset in days, or `'none'`; the form's first choice when omitted. */
  expiry?: number | 'none';
  /** A custom Valid till date, `YYYY-MM-DD` (chooses "Custom date…"). */
  validTill?: string;
}

/** What to choose in "Regenerate access key"; the form's first choices when omitted. */
export interface RegenerateKeyValues {
  /** The new Valid till: a preset in days, or `'none'`. */
  expiry?: number | 'none';
  /** A custom new Valid till date, `YYYY-MM-DD`. */
  validTill?: string;
  /** When the old secret stops, in hours from now (0 = now). */
  graceHours?: number;
}

/**
 * Drives a whole `<access-key-section>` as a user does and reads what the user sees. Every action resolves once the
 * section has settled, including its adapter call: `removeKey('CI')` resolves with the remove dialog open,
 * `confirm()` on it once the key is gone or the error shows.
 *
 * ```ts
 * const section = new AccessKeySectionHarness(element);
 * const reveal = await section.generateKey({ name: 'CI runner' });
 * await reveal.copy();
 * await reveal.close();
 * expect((await section.getKeys()).map((key) => key.name)).to.deep.equal(['CI runner']);
 * ```
 *
 * For a page in another language pass its messages: `new AccessKeySectionHarness(element, { messages: germanMessages })`;
 * they name the controls it presses. What it reads comes from the section's parts, so it reads any language.
 */
export class AccessKeySectionHarness extends AccessKeyHarness<AccessKeySectionElement> {
  constructor(element: AccessKeySectionElement, options: HarnessOptions = {}) {
    super(element, options);
  }

  // ---- reading -------------------------------------------------------------------------------------------------

  /** The section's heading ("Access key"). */
  async getHeading(): Promise<string> {
    await this.settle();
    return accessibleName(this.getByRole('heading'));
  }

  /** Whether the section shows that it is loading (the first load, or a reload of "Your keys"). */
  async isLoading(): Promise<boolean> {
    await this.settle();
    return this.loading;
  }

  /** Whether the section shows the empty state ("You do not have access keys yet."). */
  async isEmpty(): Promise<boolean> {
    await this.settle();
    return byPart(this.root, 'empty') !== null;
  }

  /** The list error with its explanation ("Your keys could not be loaded. Something went wrong…"), else `null`. */
  async getListError(): Promise<string | null> {
    await this.settle();
    const alert = queryByRole(this.root, 'alert');
    if (!alert) return null;
    // The alert's text without its Retry button.
    const text = [...alert.childNodes].filter((node) => !(node instanceof Element && roleOf(node) === 'button'));
    return normalize(text.map((node) => node.textContent ?? '').join(' '));
  }

  /** "N of 10" next to "Your keys", else `null` (no keys listed). */
  async getCount(): Promise<string | null> {
    await this.settle();
    const count = byPart(this.root, 'count');
    return count ? normalize(count.textContent ?? '') : null;
  }

  /** The keys in "Your keys", in order, as the user sees them. */
  async getKeys(): Promise<AccessKeyView[]> {
    await this.settle();
    return this.bars().flatMap((bar) => {
      const view = new AccessKeyBarHarness(bar, this.childOptions).read();
      return view ? [view] : [];
    });
  }

  /** The names in "Your keys", in order. */
  async getKeyNames(): Promise<string[]> {
    return (await this.getKeys()).map((key) => key.name);
  }

  /** The bar of the key named `name` (the first, names may repeat). */
  async getBar(name: string): Promise<AccessKeyBarHarness> {
    await this.settle();
    return new AccessKeyBarHarness(this.barNamed(name), this.nestedOptions);
  }

  /** Every bar in "Your keys", in order. */
  async getBars(): Promise<AccessKeyBarHarness[]> {
    await this.settle();
    return this.bars().map((bar) => new AccessKeyBarHarness(bar, this.nestedOptions));
  }

  /** Which dialog is open, or `null`. */
  async getOpenDialog(): Promise<AccessKeyDialogKind | null> {
    await this.settle();
    return this.openDialog;
  }

  /** What the section last announced to screen readers ("Key CI added to your keys."); `''` when nothing. */
  async getAnnouncement(): Promise<string> {
    await this.settle();
    const region = allByRole(this.root, 'status').find((status) => status.getAttribute('aria-busy') !== 'true');
    return normalize(region?.textContent ?? '');
  }

  /** The "Generate access key" dialog (open or closed), once it has opened. */
  getGenerateDialog(): GenerateKeyDialogHarness {
    return new GenerateKeyDialogHarness(this.dialogHost<GenerateKeyDialogElement>('generate'), this.nestedOptions);
  }

  /** The one-time reveal dialog (open or closed), once it has opened. */
  getRevealDialog(): RevealKeyDialogHarness {
    return new RevealKeyDialogHarness(this.dialogHost<RevealKeyDialogElement>('reveal'), this.nestedOptions);
  }

  /** The "Remove access key" dialog (open or closed), once it has opened. */
  getRemoveDialog(): RemoveKeyDialogHarness {
    return new RemoveKeyDialogHarness(this.dialogHost<RemoveKeyDialogElement>('remove'), this.nestedOptions);
  }

  /** The "Cannot add another key" dialog (open or closed), once it has opened. */
  getLimitDialog(): KeyLimitDialogHarness {
    return new KeyLimitDialogHarness(this.dialogHost<KeyLimitDialogElement>('limit'), this.nestedOptions);
  }

  /** The "Regenerate access key" dialog (open or closed), once it has opened. */
  getRegenerateDialog(): RegenerateKeyDialogHarness {
    return new RegenerateKeyDialogHarness(this.dialogHost<RegenerateKeyDialogElement>('regenerate'), this.nestedOptions);
  }

  /** The "Rename access key" dialog (open or closed), once it has opened. */
  getRenameDialog(): RenameKeyDialogHarness {
    return new RenameKeyDialogHarness(this.dialogHost<RenameKeyDialogElement>('rename'), this.nestedOptions);
  }

  /** The "Remove expired keys" dialog (open or closed), once it has opened. */
  getRemoveExpiredDialog(): RemoveExpiredKeysDialogHarness {
    return new RemoveExpiredKeysDialogHarness(
      this.dialogHost<RemoveExpiredKeysDialogElement>('remove-expired'),
      this.nestedOptions,
    );
  }

  // ---- acting --------------------------------------------------------------------------------------------------

  /** Resolves when the section shows no pending request: not loading, not generating, not removing. */
  async waitForIdle(): Promise<void> {
    await this.waitFor(
      () => this.pending === null,
      () => `the section to finish ${this.pending ?? 'its request'}`,
    );
  }

  /** Presses "+ Access key". Resolves with the dialog that opened: `'generate'`, or `'limit'` at the limit. */
  async clickAddKey(): Promise<AccessKeyDialogKind> {
    await this.settle();
    this.clickControl(this.getByRole('button', this.messages.addKey));
    const open = await this.waitFor(
      () => this.openDialog,
      `"${this.messages.generateTitle}" or "${this.messages.limitTitle}" to open after "${this.messages.addKey}"`,
    );
    await this.waitForIdle();
    return open;
  }

  /** Presses "+ Access key" and expects "Generate access key"; fails when the limit dialog opens instead. */
  async openGenerateDialog(): Promise<GenerateKeyDialogHarness> {
    const open = await this.clickAddKey();
    if (open !== 'generate') {
      throw new Error(
        `${this.constructor.name}: "${this.messages.addKey}" opened "${this.titleOf(open)}", not "${this.messages.generateTitle}"`,
      );
    }
    return this.getGenerateDialog();
  }

  /**
   * The whole generate flow up to the reveal: "+ Access key", the name (and date), Generate. Resolves with the
   * reveal dialog; fails with the dialog's error when the key was not generated.
   */
  async generateKey(values: GenerateKeyValues): Promise<RevealKeyDialogHarness> {
    const dialog = await this.openGenerateDialog();
    await dialog.setName(values.name);
    if (values.expiry !== undefined) await dialog.chooseExpiry(values.expiry);
    if (values.validTill !== undefined) await dialog.pickDate(values.validTill);
    await dialog.submit();
    const open = this.openDialog;
    if (open !== 'reveal') {
      const error = open === 'generate' ? await dialog.getError() : '';
      const shown = open ? `"${this.titleOf(open)}" is open` : 'no dialog is open';
      throw new Error(
        `${this.constructor.name}: the key "${values.name}" was not generated: ${shown}${error ? ` showing "${error}"` : ''}`,
      );
    }
    return this.getRevealDialog();
  }

  /** Presses Remove on the key named `name`. Resolves with the remove dialog, open. */
  async removeKey(name: string): Promise<RemoveKeyDialogHarness> {
    await this.pressOnBar(name, this.messages.removeLabel({ name }), 'remove');
    return this.getRemoveDialog();
  }

  /** Presses Rename on the key named `name`. Resolves with the rename dialog, open, the name in its field. */
  async openRenameDialog(name: string): Promise<RenameKeyDialogHarness> {
    await this.pressOnBar(name, this.messages.renameLabel({ name }), 'rename');
    return this.getRenameDialog();
  }

  /** The whole rename flow: Rename on the key named `name`, the new name, Save. Fails with the dialog's error. */
  async renameKey(name: string, newName: string): Promise<void> {
    const dialog = await this.openRenameDialog(name);
    await dialog.setName(newName);
    await dialog.save();
    if (this.openDialog === 'rename') {
      throw new Error(`${this.constructor.name}: "${name}" was not renamed: "${await dialog.getError() || (await dialog.getNameError()) || ''}"`);
    }
  }

  /** Presses Regenerate on the key named `name`. Resolves with the regenerate dialog, open. */
  async openRegenerateDialog(name: string): Promise<RegenerateKeyDialogHarness> {
    await this.pressOnBar(name, this.messages.regenerateLabel({ name }), 'regenerate');
    return this.getRegenerateDialog();
  }

  /**
   * The whole regenerate flow up to the reveal: Regenerate on the key named `name`, the choices, Regenerate. Resolves
   * with the reveal dialog showing the new secret; fails with the dialog's error when the key was not regenerated.
   */
  async regenerateKey(name: string, values: RegenerateKeyValues = {}): Promise<RevealKeyDialogHarness> {
    const dialog = await this.openRegenerateDialog(name);
    if (values.expiry !== undefined) await dialog.chooseExpiry(values.expiry);
    if (values.validTill !== undefined) await dialog.pickDate(values.validTill);
    if (values.graceHours !== undefined) await dialog.chooseGrace(values.graceHours);
    await dialog.submit();
    if (this.openDialog !== 'reveal') {
      const error = this.openDialog === 'regenerate' ? await dialog.getError() : '';
      throw new Error(`${this.constructor.name}: "${name}" was not regenerated${error ? `: "${error}"` : ''}`);
    }
    return this.getRevealDialog();
  }

  /** Whether "Remove expired keys (N)" is offered, and its label; `null` when it is not. */
  async getRemoveExpiredLabel(): Promise<string | null> {
    await this.settle();
    const button = byPart(this.root, 'remove-expired-button');
    return button ? this.textOf(button) : null;
  }

  /** Presses "Remove expired keys (N)". Resolves with its confirmation dialog, open. */
  async openRemoveExpiredDialog(): Promise<RemoveExpiredKeysDialogHarness> {
    await this.settle();
    const button = byPart(this.root, 'remove-expired-button');
    if (!button) throw new Error(`${this.constructor.name}: "Your keys" offers no "${this.messages.removeExpiredTitle}"`);
    this.clickControl(button);
    await this.waitFor(() => this.openDialog === 'remove-expired', `"${this.messages.removeExpiredTitle}" to open`);
    return this.getRemoveExpiredDialog();
  }

  /** The whole flow: "Remove expired keys (N)", Confirm. Resolves when every key was tried (see the dialog for errors). */
  async removeExpired(): Promise<RemoveExpiredKeysDialogHarness> {
    const dialog = await this.openRemoveExpiredDialog();
    await dialog.confirm();
    return dialog;
  }

  // ---- long lists: search, filter, sort, pages ---------------------------------------------------------------

  /** Whether the list offers search, a status filter and a sort (it has more keys than the section's threshold). */
  async canSearch(): Promise<boolean> {
    await this.settle();
    return queryByRole(this.root, 'searchbox', { name: this.messages.searchLabel }) !== null;
  }

  /**
   * Types `text` into "Search keys" and presses Enter, which searches at once (typing alone searches once the user
   * pauses). Resolves when the list shows what matches.
   */
  async search(text: string): Promise<void> {
    await this.settle();
    const input = this.getByRole('searchbox', this.messages.searchLabel) as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.afterAction();
  }

  /** Chooses a status in the filter: `'all'`, `'active'`, `'expires-soon'` or `'expired'`. */
  async filterByState(state: KeyStateFilter): Promise<void> {
    await this.choose(this.messages.statusFilterLabel, stateFilterLabels(this.messages)[state]);
  }

  /** Chooses how the list is sorted: `'newest'`, `'oldest'`, `'last-used'`, `'expires-soonest'` or `'name'`. */
  async sortBy(order: KeySortOrder): Promise<void> {
    await this.choose(this.messages.sortLabel, sortOrderLabels(this.messages)[order]);
  }

  /** "N of M shown" while a search, filter or page hides keys; `null` when every key is shown. */
  async getShownCount(): Promise<string | null> {
    await this.settle();
    const shown = byPart(this.root, 'shown');
    return shown ? this.textOf(shown) : null;
  }

  /** The label of the "Show N more" button under a paged list; `null` when every match is shown. */
  async getShowMoreLabel(): Promise<string | null> {
    await this.settle();
    const button = byPart(this.root, 'show-more-button');
    return button ? this.textOf(button) : null;
  }

  /** Presses "Show N more". Resolves when the next keys are shown. */
  async showMore(): Promise<void> {
    await this.settle();
    const button = byPart(this.root, 'show-more-button');
    if (!button) throw new Error(`${this.constructor.name}: the list shows every key; there is no "Show more"`);
    this.clickControl(button);
    await this.afterAction();
  }

  /** "No keys match your search." when a search or filter leaves nothing; `null` otherwise. */
  async getNoMatches(): Promise<string | null> {
    await this.settle();
    const panel = byPart(this.root, 'no-results');
    return panel ? this.textOf(panel.querySelector('p') ?? panel) : null;
  }

  /** Presses "Clear search" under "No keys match your search.". */
  async clearSearch(): Promise<void> {
    await this.settle();
    const panel = byPart(this.root, 'no-results');
    if (!panel) throw new Error(`${this.constructor.name}: no "${this.messages.noMatches}" to clear`);
    this.clickControl(this.getByRole('button', this.messages.clearSearch, panel));
    await this.afterAction();
  }

  /** Picks the option reading `option` in the select labelled `label`, as a user does. */
  private async choose(label: string, option: string): Promise<void> {
    await this.settle();
    const select = this.getByRole('combobox', label) as HTMLSelectElement;
    const text = (candidate: HTMLOptionElement) => JSON.stringify(this.textOf(candidate));
    await this.chooseOption(select, label, `"${option}"`, (candidate) => this.textOf(candidate) === option, text);
  }

  /** Presses Retry in the list error. Resolves when the reload has settled. */
  async retry(): Promise<void> {
    await this.settle();
    const alert = queryByRole(this.root, 'alert');
    if (!alert) throw new Error(`${this.constructor.name}: there is no list error to retry`);
    this.clickControl(this.getByRole('button', this.messages.retry, alert));
    await this.waitForIdle();
  }

  // ---- finding -------------------------------------------------------------------------------------------------

  /** Options for the harnesses of nested elements: their actions also wait for the section's request. */
  private get nestedOptions(): ChildHarnessOptions {
    return { ...this.childOptions, afterAction: () => this.waitForIdle() };
  }

  /** The titles of the section's dialogs, in the page's language, for messages. */
  private titleOf(kind: AccessKeyDialogKind): string {
    const msg = this.messages;
    return {
      generate: msg.generateTitle,
      reveal: msg.revealTitle,
      remove: msg.removeTitle,
      limit: msg.limitTitle,
      regenerate: msg.regenerateTitle,
      rename: msg.renameTitle,
      'remove-expired': msg.removeExpiredTitle,
    }[kind];
  }

  /** The native dialogs inside the section's dialog elements. */
  private get dialogs(): HTMLDialogElement[] {
    return allByRole(this.root, 'dialog', { pierce: true }) as HTMLDialogElement[];
  }

  // The dialog elements are public tags, so they are found by tag; which one is open, by its native dialog.
  private get openDialog(): AccessKeyDialogKind | null {
    const kinds = Object.keys(dialogTags) as AccessKeyDialogKind[];
    return kinds.find((kind) => this.root.querySelector(dialogTags[kind])?.shadowRoot?.querySelector('dialog')?.open) ?? null;
  }

  /** The dialog element of `kind` in the section. */
  private dialogHost<T extends HTMLElement>(kind: AccessKeyDialogKind): T {
    const host = this.root.querySelector<T>(dialogTags[kind]);
    if (!host) {
      throw new Error(
        `${this.constructor.name}: no <${dialogTags[kind]}> in <${this.element.localName}>: the section renders each ` +
          `dialog the first time it opens, and "${this.titleOf(kind)}" has not opened yet`,
      );
    }
    return host;
  }

  /** What the section shows as pending, for the timeout message; `null` when nothing is. */
  private get pending(): string | null {
    if (this.loading) return `loading (it shows "${this.messages.loading}" or a busy list)`;
    const busy = this.dialogs.find((dialog) => dialog.open && dialog.getAttribute('aria-busy') === 'true');
    return busy ? `"${accessibleName(busy)}" (it is busy)` : null;
  }

  private get loading(): boolean {
    return allElements(this.root).some((element) => element.getAttribute('aria-busy') === 'true');
  }

  /** The bars of "Your keys", one per item of its list. */
  private bars(): AccessKeyBarElement[] {
    const list = byPart(this.root, 'list');
    if (!list) return [];
    return allByRole(list, 'listitem').flatMap((item) => {
      const bar = allElements(item).find((element) => element.shadowRoot);
      return bar ? [bar as AccessKeyBarElement] : [];
    });
  }

  private barNamed(name: string): AccessKeyBarElement {
    const bars = this.bars();
    const bar = bars.find((candidate) => byPart(candidate.shadowRoot!, 'name')?.textContent === name);
    if (bar) return bar;
    const names = bars.map((candidate) => new AccessKeyBarHarness(candidate, this.childOptions).read()?.name);
    throw new Error(
      `${this.constructor.name}: no key named "${name}" in "${this.messages.listHeading}" (it lists ${JSON.stringify(names)})`,
    );
  }

  /** Presses the button named `label` on the bar of the key named `name`, and waits for `kind` to open. */
  private async pressOnBar(name: string, label: string, kind: AccessKeyDialogKind): Promise<void> {
    await this.settle();
    this.clickControl(this.getByRole('button', label, this.barNamed(name).shadowRoot!));
    await this.waitFor(() => this.openDialog === kind, `"${this.titleOf(kind)}" to open for "${name}"`);
  }
}
