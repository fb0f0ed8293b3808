// How a bounce text is matched against the phrases a reason is known by.
// Phrases are plain lower-case substrings, not regular expressions: a
// list of a hundred of them costs a hundred `includes` calls and cannot
// backtrack, whatever the hostile text.

export interface PhraseSet {
  /** Any one of these substrings. */
  any: readonly string[];
  /** Fragments that must all occur, in this order (e.g. ["mailbox ", "full"]). */
  ordered?: readonly (readonly string[])[];
  /** When any of these occurs the set does not match, whatever else does. */
  unless?: readonly string[];
}

/** Do the fragments occur in `text` one after another? */
export function inOrder(text: string, fragments: readonly string[]): boolean {
  let from = 0;
  for (const fragment of fragments) {
    const at = text.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/** The phrase of the set found in `lowerText` (already lower-cased), or null. */
export function findPhrase(lowerText: string, set: PhraseSet): string | null {
  if (!lowerText) return null;
  if (set.unless?.some((phrase) => lowerText.includes(phrase))) return null;
  const found = set.any.find((phrase) => lowerText.includes(phrase));
  if (found) return found;
  const ordered = set.ordered?.find((fragments) => inOrder(lowerText, fragments));
  return ordered ? ordered.join('…') : null;
}
