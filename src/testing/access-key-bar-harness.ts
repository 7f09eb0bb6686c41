import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import { AccessKeyHarness } from './base.js';
import { allByRole, deepestByText, normalize, templatePattern } from './queries.js';

/** One key as the user sees it in "Your keys": each field is the text shown, `null` where nothing is shown. */
export interface AccessKeyView {
  /** "Active" or "Expired" (in the page's language). */
  status: string;
  name: string;
  /** When it was last used, e.g. "5 minutes ago"; `null` for a key never used. */
  lastUsed: string | null;
  /** The masked visible part as shown, e.g. "••••a1b2". */
  visiblePart: string;
  /** The creation date, e.g. "Nov 3, 2026". */
  created: string;
  /** The expiry date, e.g. "Jan 1, 2026"; `null` for a key that does not expire. */
  expires: string | null;
}

type DatedField = 'lastUsed' | 'created' | 'expires';

/**
 * Reads one `<access-key-bar>` as a user sees it and presses its Remove button.
 *
 * The dates are found by their visible labels ("Last used", "Created", "Expires"), the status by its wording, the
 * name from the Remove button's accessible name ("Remove CI pipeline"), so restyling or reordering the bar does not
 * matter.
 */
export class AccessKeyBarHarness extends AccessKeyHarness<AccessKeyBarElement> {
  /** Everything the bar shows; `null` when it shows nothing (no key, or a key that breaks the contract). */
  async getKey(): Promise<AccessKeyView | null> {
    await this.settle();
    return this.read();
  }

  /** The key's name. */
  async getName(): Promise<string> {
    await this.settle();
    return this.required().name;
  }

  /** "Active" or "Expired". */
  async getStatus(): Promise<string> {
    await this.settle();
    return this.required().status;
  }

  /** The exact moment of the last use with its zone, as its tooltip shows it; `null` for a key never used. */
  async getLastUsedMoment(): Promise<string | null> {
    await this.settle();
    return this.tooltipOf('lastUsed');
  }

  /** The exact moment of expiry with its zone, as its tooltip shows it; `null` for a key that does not expire. */
  async getExpiresMoment(): Promise<string | null> {
    await this.settle();
    return this.tooltipOf('expires');
  }

  /** Whether Remove is unavailable (the key is being removed). */
  async isRemoving(): Promise<boolean> {
    await this.settle();
    return this.removeButton.getAttribute('aria-disabled') === 'true';
  }

  /** Presses Remove. Resolves when the bar (and the section around it, if any) has settled. */
  async clickRemove(): Promise<void> {
    await this.settle();
    this.clickControl(this.removeButton);
    await this.afterAction();
  }

  /** @internal Reads without settling (the section harness settles once for every bar). */
  read(): AccessKeyView | null {
    if (allByRole(this.root, 'button').length === 0) return null;
    return {
      status: this.status,
      name: this.name,
      lastUsed: this.dated('lastUsed')?.value ?? null,
      visiblePart: this.visiblePart,
      created: this.dated('created')?.value ?? '',
      expires: this.dated('expires')?.value ?? null,
    };
  }

  /** The Remove button: the bar's only button, named "Remove <name>". */
  private get removeButton(): HTMLElement {
    const [button] = allByRole(this.root, 'button');
    if (!button) throw new Error(`${this.constructor.name}: the bar shows no key`);
    return button;
  }

  private required(): AccessKeyView {
    const view = this.read();
    if (!view) throw new Error(`${this.constructor.name}: the bar shows no key`);
    return view;
  }

  private get status(): string {
    const { statusActive, statusExpired } = this.messages;
    const [badge] = deepestByText(this.root, (text) => text === statusActive || text === statusExpired);
    return badge ? normalize(badge.textContent ?? '') : '';
  }

  private get name(): string {
    const label = normalize(this.removeButton.getAttribute('aria-label') ?? '');
    const match = templatePattern(this.messages.removeLabel, 1)?.exec(label);
    if (match) return match[1];
    // A removeLabel that does not name the key: the name is a part (the styling API), the second-best handle.
    return this.root.querySelector('[part~="name"]')?.textContent ?? '';
  }

  private get visiblePart(): string {
    const label = this.messages.visiblePartLabel;
    const [holder] = deepestByText(this.root, (text) => text.startsWith(`${label} `));
    return holder ? normalize(holder.textContent ?? '').slice(label.length + 1) : '';
  }

  // Dates are <time> elements; the text before one is its label.
  private dated(field: DatedField): { value: string; holder: Element } | null {
    const label = normalize({ lastUsed: this.messages.lastUsed, created: this.messages.created, expires: this.messages.expires }[field]);
    for (const time of this.root.querySelectorAll('time')) {
      const holder = time.parentElement;
      if (!holder) continue;
      const value = normalize(time.textContent ?? '');
      const before = normalize((holder.textContent ?? '').replace(time.textContent ?? '', ''));
      if (before === label) return { value, holder };
    }
    return null;
  }

  private tooltipOf(field: DatedField): string | null {
    const holder = this.dated(field)?.holder;
    const ids = holder?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    const tip = ids.map((id) => this.root.getElementById(id)).find((element) => element?.getAttribute('role') === 'tooltip');
    return tip ? normalize(tip.textContent ?? '') : null;
  }
}
