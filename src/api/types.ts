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

export interface RequestOptions {
  signal?: AbortSignal;
}

/** The one interface a backend implements to plug into the elements. */
export interface AccessKeyApi {
  listKeys(options?: RequestOptions): Promise<AccessKey[]>;
  generateKey(input: GenerateKeyInput, options?: RequestOptions): Promise<GeneratedAccessKey>;
  removeKey(id: string, options?: RequestOptions): Promise<void>;
}

/** Which adapter call an error or event belongs to. */
export type AccessKeyOperation = 'list' | 'generate' | 'remove' | 'copy';
