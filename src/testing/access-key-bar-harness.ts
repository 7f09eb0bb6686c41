import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import { AccessKeyHarness } from './base.js';
import { byPart, normalize } from './queries.js';

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

/**
 * Reads one `<access-key-bar>` as a user sees it and presses its buttons (Regenerate, Rename, Remove).
 *
 * Values come from the bar's parts (`status`, `name`, `visible-part`, and the `<time>` in `last-used`, `created`,
 * `expires`), the styling API that stays stable, so restyling, reordering or translating the bar does not matter;
 * Remove is found by its role.
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
    return this.tooltipOf('last-used');
  }

  /** The exact moment of expiry with its zone, as its tooltip shows it; `null` for a key that does not expire. */
  async getExpiresMoment(): Promise<string | null> {
    await this.settle();
    return this.tooltipOf('expires');
  }

  /** "Previous secret stops working …" after a regenerate with a grace period: when, as shown ("in 23 hours"); else `null`. */
  async getPreviousSecretUntil(): Promise<string | null> {
    await this.settle();
    return this.timeIn('previous-secret');
  }

  /** The bar's buttons, as they read ("Regenerate", "Rename", "Remove"). */
  async getActions(): Promise<string[]> {
    await this.settle();
    return [...(byPart(this.root, 'buttons')?.querySelectorAll('button') ?? [])].map((button) => this.textOf(button));
  }

  /** Presses Remove. Resolves when the bar (and the section around it, if any) has settled. */
  async clickRemove(): Promise<void> {
    await this.press(this.messages.removeLabel({ name: this.required().name }));
  }

  /** Presses Regenerate (offered when the adapter can regenerate keys). */
  async clickRegenerate(): Promise<void> {
    await this.press(this.messages.regenerateLabel({ name: this.required().name }));
  }

  /** Presses Rename (offered when the adapter can rename keys). */
  async clickRename(): Promise<void> {
    await this.press(this.messages.renameLabel({ name: this.required().name }));
  }

  private async press(label: string): Promise<void> {
    await this.settle();
    this.clickControl(this.getByRole('button', label));
    await this.afterAction();
  }

  /** @internal Reads without settling (the section harness settles once for every bar). */
  read(): AccessKeyView | null {
    if (!byPart(this.root, 'base')) return null;
    return {
      status: this.partText('status') ?? '',
      name: byPart(this.root, 'name')?.textContent ?? '',
      lastUsed: this.timeIn('last-used'),
      visiblePart: this.partText('visible-part') ?? '',
      created: this.timeIn('created') ?? '',
      expires: this.timeIn('expires'),
    };
  }


  private required(): AccessKeyView {
    const view = this.read();
    if (!view) throw new Error(`${this.constructor.name}: the bar shows no key`);
    return view;
  }

  private partText(part: string): string | null {
    const element = byPart(this.root, part);
    return element ? normalize(element.textContent ?? '') : null;
  }

  // A date is the <time> inside its part; the text around it is the label ("Created"), in any order.
  private timeIn(part: string): string | null {
    const time = byPart(this.root, part)?.querySelector('time');
    return time ? normalize(time.textContent ?? '') : null;
  }

  private tooltipOf(part: string): string | null {
    const ids = byPart(this.root, part)?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    const tip = ids.map((id) => this.root.getElementById(id)).find((element) => element?.getAttribute('role') === 'tooltip');
    return tip ? normalize(tip.textContent ?? '') : null;
  }
}
