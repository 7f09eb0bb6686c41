/** The longest name a key may have, in Unicode code points (an emoji is one). */
export const NAME_MAX_LENGTH = 120;

export type NameError = 'name-empty' | 'name-too-long';

export type NameValidation =
  | { valid: true; name: string; length: number }
  | { valid: false; error: NameError; name: string; length: number };

// `\s` covers NBSP and the other Unicode spaces but not the zero-width characters, which paste in from rich text and
// render as nothing: ZWSP, ZWNJ, ZWJ, word joiner and BOM.
const EDGE_BLANKS = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;

/** Trims white space and zero-width characters at both ends; a name of nothing else becomes `''`. */
export function normalizeKeyName(raw: string): string {
  return raw.replace(EDGE_BLANKS, '');
}

/** Length as a person counts it in the hint: code points, so an astral emoji is one, not two UTF-16 units. */
export function countCodePoints(text: string): number {
  return Array.from(text).length;
}

/** Validates a name as typed; `name` is the normalised value to send, `length` its code-point count. */
export function validateKeyName(raw: string, max = NAME_MAX_LENGTH): NameValidation {
  const name = normalizeKeyName(raw);
  const length = countCodePoints(name);
  if (length === 0) return { valid: false, error: 'name-empty', name, length };
  if (length > max) return { valid: false, error: 'name-too-long', name, length };
  return { valid: true, name, length };
}
