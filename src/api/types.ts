/** One access key as the backend describes it. Never carries the secret. */
export interface AccessKey {
  id: string;
  name: string;
  /** The non-secret characters of the key, e.g. `"a1b2"`; the UI shows them masked (`••••a1b2`). */
  visiblePart: string;
  /** ISO 8601 instant. */
  createdAt: string;
  /** ISO 8601 instant from which the key is Expired; `null` = never expires. */
  expiresAt: string | null;
  /** ISO 8601 instant; `null` = never used. */
  lastUsedAt: string | null;
  /**
   * After a regenerate with a grace period: the ISO 8601 instant until which the previous secret still works. Absent
   * (or `null`) when no previous secret works; backends drop it once that moment has passed.
   */
  previousSecretExpiresAt?: string | null;
}

/** The key just generated, with its full secret: handed over once, to the reveal dialog only. */
export interface GeneratedAccessKey extends AccessKey {
  secret: string;
}

export interface GenerateKeyInput {
  name: string;
  /** ISO 8601 instant (start of the picked day in the user's time zone), or `null` for no expiry. */
  expiresAt: string | null;
}

export interface RegenerateKeyInput {
  /** The key's new expiry: an ISO 8601 instant later than now, or `null` for no expiry. */
  expiresAt: string | null;
  /**
   * When the old secret stops working: an ISO 8601 instant later than now (a grace period for rolling the new secret
   * out), or `null` for at once.
   */
  previousSecretExpiresAt: string | null;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** The one interface a backend implements to plug into the elements. */
export interface AccessKeyApi {
  listKeys(options?: RequestOptions): Promise<AccessKey[]>;
  generateKey(input: GenerateKeyInput, options?: RequestOptions): Promise<GeneratedAccessKey>;
  removeKey(id: string, options?: RequestOptions): Promise<void>;
  /**
   * Optional: a new secret (and visible part) for the same key record: same id, name and creation time, a new expiry;
   * it does not count again against the limit and revives an expired key. An adapter without it gets no Regenerate
   * control, so three-method adapters keep working.
   */
  regenerateKey?(id: string, input: RegenerateKeyInput, options?: RequestOptions): Promise<GeneratedAccessKey>;
  /** Optional: renames a key (the name rules of generate apply); resolves to the key as stored. */
  renameKey?(id: string, name: string, options?: RequestOptions): Promise<AccessKey>;
}

/** Which adapter call an error or event belongs to. */
export type AccessKeyOperation = 'list' | 'generate' | 'remove' | 'regenerate' | 'rename' | 'copy';
