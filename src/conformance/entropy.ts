/** What {@link estimateSecretEntropy} found. */
export interface EntropyEstimate {
  /** Estimated bits of randomness in the shortest secret. */
  bits: number;
  /** The prefix every secret shares (`ak_`, say), which carries no randomness. */
  prefix: string;
  /** Symbols the random part is drawn from, as inferred from the characters seen. */
  alphabet: number;
  /** Characters of the shortest random part that vary from secret to secret. */
  randomLength: number;
}

/** Character classes secrets are commonly encoded in, smallest first; the first that holds every character seen wins. */
const ALPHABETS: Array<[RegExp, number]> = [
  [/^[0-9a-f]*$/, 16],
  [/^[0-9A-F]*$/, 16],
  [/^[A-Z2-7]*$/, 32],
  [/^[a-z2-7]*$/, 32],
  [/^[0-9a-z]*$/, 36],
  [/^[0-9A-Z]*$/, 36],
  [/^[0-9A-Za-z]*$/, 62],
  [/^[0-9A-Za-z_-]*$/, 64],
  [/^[0-9A-Za-z+/=]*$/, 64],
];

/**
 * Estimates the randomness of secrets from a sample (several secrets of one backend), from the outside: the shared
 * prefix is dropped, the alphabet is the smallest common encoding that holds every character seen, and positions
 * that hold the same character in every secret (a version byte, a timestamp's high digits) count as zero. Duplicates
 * mean no randomness at all. An upper bound on what a weak generator gives, so a low number is a real finding.
 */
export function estimateSecretEntropy(secrets: readonly string[]): EntropyEstimate {
  if (secrets.length < 2 || new Set(secrets).size !== secrets.length) {
    return { bits: 0, prefix: '', alphabet: 0, randomLength: 0 };
  }
  let prefix = secrets[0];
  for (const secret of secrets) while (!secret.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // A separator ends a prefix; random characters that happen to match across the sample do not belong to it.
  const separator = Math.max(prefix.lastIndexOf('_'), prefix.lastIndexOf('-'), prefix.lastIndexOf('.'));
  prefix = prefix.slice(0, separator + 1);

  const parts = secrets.map((secret) => Array.from(secret.slice(prefix.length)));
  const seen = parts.flat().join('');
  const alphabet = ALPHABETS.find(([pattern]) => pattern.test(seen))?.[1] ?? new Set(seen).size;
  const shortest = Math.min(...parts.map((part) => part.length));
  let randomLength = 0;
  for (let position = 0; position < shortest; position++) {
    if (new Set(parts.map((part) => part[position])).size > 1) randomLength += 1;
  }
  return { bits: Math.floor(randomLength * Math.log2(Math.max(alphabet, 1))), prefix, alphabet, randomLength };
}
