// The tag=value list of DKIM-Signature, ARC-Seal, ARC-Message-Signature
// and DKIM key records (RFC 6376 §3.2). Folding white space around tags and
// values is not part of them; tag names are case-sensitive.

export interface TagList {
  /** Tags in order; a repeated tag keeps its first value (§3.2: duplicates make the list invalid). */
  tags: Map<string, string>;
  /** Tags seen more than once, and parts that are not tag=value. */
  errors: string[];
}

const FWS = /[ \t\r\n]+/g;

export function parseTagList(text: string): TagList {
  const tags = new Map<string, string>();
  const errors: string[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const equals = trimmed.indexOf('=');
    if (equals <= 0) {
      errors.push(`not a tag=value pair: ${trimmed.slice(0, 40)}`);
      continue;
    }
    const name = trimmed.slice(0, equals).trim();
    const value = trimmed.slice(equals + 1).trim();
    if (tags.has(name)) {
      errors.push(`tag ${name} appears more than once`);
      continue;
    }
    tags.set(name, value);
  }
  return { tags, errors };
}

/** A tag value with folding white space removed (b=, bh=, p= and h= are written folded). */
export function compactValue(value: string | undefined): string | undefined {
  return value?.replace(FWS, '');
}
