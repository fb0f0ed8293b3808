// Punycode (RFC 3492) and the "xn--" labels of internationalised domain
// names (RFC 5890 §2.3.2.1). Only the conversion: the IDNA 2008 mapping and
// validity rules (RFC 5891, 5892) are not applied, because Mail Lab shows
// what a domain says, it does not register one. A label that is not valid
// Punycode stays as written.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
// RFC 1035 §2.3.4: a label is at most 63 octets, so a longer one is not a
// domain label; refusing it also bounds the quadratic insert loop below.
const MAX_LABEL_LENGTH = 63;
// RFC 3492 §6.4: the encoder fails where delta would pass the largest
// integer it keeps. 2^31 − 1, as punycode.js has it (the worker's stand-in
// for it, src/worker/shims/punycode.ts, must fail where it fails). A label
// of 63 code points stays far below it (at most 64 × 0x10FFFF plus 64²).
const MAX_DELTA = 0x7fffffff;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? digit + 0x61 : digit + 22);
}

/** RFC 3492 §6.2. Returns null for input that is not valid Punycode. */
export function punycodeDecode(input: string): string | null {
  if (input.length > MAX_LABEL_LENGTH) return null;
  const basicEnd = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(basicEnd, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let position = basicEnd > 0 ? basicEnd + 1 : 0; position < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (position >= input.length) return null;
      const digit = digitValue(input.charCodeAt(position++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x10ffff * BASE) return null;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** Smallest code point at or above `floor` (a loop: spreading a long label into Math.min overflows the stack). */
function smallestFrom(codePoints: readonly number[], floor: number): number {
  let smallest = Infinity;
  for (const c of codePoints) if (c >= floor && c < smallest) smallest = c;
  return smallest;
}

/** RFC 3492 §6.3. Returns null where delta would overflow (§6.4). Lone surrogates are encoded as code points, as punycode.js does. */
export function punycodeEncode(input: string): string | null {
  const codePoints = Array.from(input, (c) => c.codePointAt(0)!);
  let output = codePoints.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    const m = smallestFrom(codePoints, n);
    delta += (m - n) * (handled + 1);
    if (delta > MAX_DELTA) return null;
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > MAX_DELTA) return null;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

const ACE_PREFIX = 'xn--';

/** "xn--bcher-kva.example" → "bücher.example"; labels that are not valid stay as written. */
export function domainToUnicode(domain: string): string {
  return domain
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
      return punycodeDecode(label.slice(ACE_PREFIX.length).toLowerCase()) ?? label;
    })
    .join('.');
}

/** "Bücher.example" → "xn--bcher-kva.example" (lower-cased; no IDNA mapping beyond that). */
export function domainToAscii(domain: string): string {
  return domain
    .split('.')
    .map((label) => {
      const lower = label.toLowerCase();
      // eslint-disable-next-line no-control-regex
      if (/^[\x00-\x7f]*$/.test(lower) || Array.from(lower).length > MAX_LABEL_LENGTH) return lower;
      // Never null here: 63 code points cannot overflow (MAX_DELTA).
      return ACE_PREFIX + (punycodeEncode(lower) ?? lower);
    })
    .join('.');
}
