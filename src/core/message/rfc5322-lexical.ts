// The two lexical tokens of RFC 5322 §3.2 that hide separators: a quoted
// string (§3.2.4) and a comment (§3.2.2, nested, with quoted-pairs). A ";"
// or "," inside either separates nothing. Structured fields built on them
// (MIME parameters, RFC 2045 §5.1; Authentication-Results, RFC 8601 §2.2)
// are split here.

/**
 * Folding white space is SP, HTAB and the line ends (RFC 5322 §3.2.2). \s
 * would also take U+00A0, U+2028, \v or \f: none of them separates
 * anything in a header, and U+00A0 is the second byte of "à" or "Ġ" in a
 * Latin-1 view of UTF-8 text. A tokenizer that skips one set of white
 * space and ends its words at another can stand still between the two, so
 * every reader of structured fields takes this one.
 */
export function isFoldingWhiteSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/**
 * The index of the ")" that closes the comment opened at `open` (nested
 * comments and quoted-pairs counted, §3.2.2), or -1 when it never closes.
 * Nesting is counted, not recursed.
 */
export function commentEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Splits `value` at `separator` where it stands outside quoted strings and
 * comments. The pieces keep everything as written: quotes, quoted-pairs and
 * comments. With `maxPieces`, splitting stops there and the rest is dropped.
 */
export function splitOutside(value: string, separator: string, maxPieces = Number.POSITIVE_INFINITY): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      current += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (quoted) quoted = c !== '"';
    else if (c === '"' && depth === 0) quoted = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      pieces.push(current);
      if (pieces.length >= maxPieces) return pieces;
      current = '';
      continue;
    }
    current += c;
  }
  pieces.push(current);
  return pieces;
}

/** The text without its comments; quoted strings, which may hold "(", are kept as written. */
export function removeComments(text: string): string {
  let out = '';
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      if (depth === 0) out += c + (text[i + 1] ?? '');
      i++;
    } else if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
    } else if (quoted) {
      if (c === '"') quoted = false;
      out += c;
    } else if (c === '"') {
      quoted = true;
      out += c;
    } else if (c === '(') depth++;
    else out += c;
  }
  return out;
}
