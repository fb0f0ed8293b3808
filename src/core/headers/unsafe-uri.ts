// URIs in List-* fields (RFC 2369) that must never be opened: a mail
// program that turns List-Unsubscribe into a button runs a javascript: or
// vbscript: URI in its own origin, renders a data: URI as a page of the
// attacker's choosing, and on Windows a file://host/share URI sends the
// user's NTLM credentials to that host. Attackers hide the scheme from
// naive filters the ways browsers forgive (WHATWG URL: leading C0 controls
// and spaces stripped, tab and newline removed anywhere) and the ways a
// careless decoder adds (HTML character references, percent-encoding,
// full-width letters), so the scheme is read after undoing all of them.

export const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data', 'file'] as const;
export type UnsafeScheme = (typeof UNSAFE_SCHEMES)[number];

// A List-* field has a handful of URIs; past this many the rest are not read.
const MAX_URIS = 20;
// RFC 2369 §2 lets a URI be folded; one longer than this is not a link anyone follows.
const MAX_URI_CHARS = 2000;
// Each round undoes one layer (&#37;36 → %36 → 6); three cover the double
// encodings seen in the wild, and a fixed count keeps the work bounded.
const DECODE_ROUNDS = 3;

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', amp: '&' };

/**
 * The URIs of a List-* value: what stands between < and > (RFC 2369 §2,
 * white space inside allowed, since it is ignored there), or the
 * comma-separated items of a value written without brackets.
 */
export function listFieldUris(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>]{0,2000})>/g)].map((m) => m[1]!);
  const items = bracketed.length > 0 ? bracketed : value.split(',');
  return items
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .slice(0, MAX_URIS)
    .map((item) => item.slice(0, MAX_URI_CHARS));
}

function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (all, hex: string) => codePointText(parseInt(hex, 16)) ?? all)
    .replace(/&#([0-9]{1,7});?/g, (all, decimal: string) => codePointText(Number(decimal)) ?? all)
    .replace(/&([a-z]{2,8});/gi, (all, name: string) => NAMED_REFERENCES[name.toLowerCase()] ?? all);
}

function codePointText(codePoint: number): string | null {
  return codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : null;
}

function decodePercent(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The scheme a forgiving reader would see in this URI, lower-case: after
 * character references, percent-encoding and compatibility forms are
 * undone and every white-space, control and invisible character removed.
 * null when there is no scheme.
 */
export function effectiveScheme(uri: string): string | null {
  let text = uri.slice(0, MAX_URI_CHARS);
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const decoded = decodePercent(decodeReferences(text))
      .normalize('NFKC')
      .replace(/[\p{Cc}\p{Cf}\p{Z}\s\u00ad\p{Default_Ignorable_Code_Point}]/gu, '');
    if (decoded === text) break;
    text = decoded;
  }
  const scheme = /^([a-z][a-z0-9+.-]{0,31}):/i.exec(text)?.[1];
  return scheme ? scheme.toLowerCase() : null;
}

export function unsafeScheme(uri: string): UnsafeScheme | null {
  const scheme = effectiveScheme(uri);
  return (UNSAFE_SCHEMES as readonly string[]).includes(scheme ?? '') ? (scheme as UnsafeScheme) : null;
}
