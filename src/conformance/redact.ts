/**
 * Keeps secrets out of what the conformance check reports: every secret it has seen is replaced by a marker with its
 * last four characters (what the UI shows anyway), and so is any string under a `secret` key.
 */
export class Redactor {
  readonly #secrets = new Set<string>();

  /** Remembers a secret to redact from now on. */
  add(secret: string): void {
    if (secret.length >= 8) this.#secrets.add(secret);
  }

  /** The secrets seen so far. */
  get secrets(): string[] {
    return [...this.#secrets];
  }

  /** `text` with every known secret (and every `"secret": "…"` value) replaced. */
  text(text: string): string {
    let result = text.replace(/("secret"\s*:\s*)"(?:[^"\\]|\\.)*"/g, '$1"<redacted>"');
    for (const secret of this.#secrets) result = result.split(secret).join(`<secret …${secret.slice(-4)}>`);
    return result;
  }
}
