/**
 * `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, for a value put into a message: a right-to-left
 * name in an English sentence (or an English name in an Arabic one) keeps its own direction and cannot reorder the
 * words around it. Screen readers skip the two marks; the harnesses strip them when they read text.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
