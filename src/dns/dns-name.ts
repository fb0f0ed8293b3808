// Domain names between their text form and the wire (RFC 1035 §3.1), with
// the length limits of RFC 1035 §2.3.4 and the compression of §4.1.4.
//
// Text form: labels joined with dots; `\.`, `\\` and `\DDD` (decimal) are the
// escapes of RFC 1035 §5.1, so a name read from an answer goes back into a
// query unchanged. Non-ASCII text is sent as its UTF-8 octets, which is what
// a U-label put into DNS as-is looks like; turning it into an A-label
// (RFC 5891) is the caller's business, as with Node's resolver.

/** RFC 1035 §2.3.4 */
export const MAX_LABEL_OCTETS = 63;
/** RFC 1035 §2.3.4: the wire form, length octets and the root label included. */
export const MAX_NAME_OCTETS = 255;

/** A name that cannot exist in the DNS (bad input, not a bug). */
export class InvalidNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidNameError';
  }
}

/** A response that does not follow RFC 1035 (bad input, not a bug). */
export class MalformedMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessageError';
  }
}

const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF is part of the label, not a marker to drop.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The labels of a name in text form, as octets; the root ('' or '.') has none. */
export function nameToLabels(name: string): Uint8Array[] {
  if (name === '' || name === '.') return [];
  const labels: Uint8Array[] = [];
  let current: number[] = [];
  const endLabel = () => {
    if (current.length === 0) throw new InvalidNameError(`empty label in "${name}"`);
    if (current.length > MAX_LABEL_OCTETS) {
      throw new InvalidNameError(`label of ${current.length} octets (over ${MAX_LABEL_OCTETS}) in "${name}"`);
    }
    labels.push(Uint8Array.from(current));
    current = [];
  };
  for (let i = 0; i < name.length; ) {
    const char = name[i];
    if (char === '.') {
      endLabel();
      i += 1;
      // One trailing dot is the root label, written or not.
      if (i === name.length) return checkLength(labels, name);
    } else if (char === '\\') {
      const digits = /^\d{3}/.exec(name.slice(i + 1, i + 4));
      if (digits) {
        const value = Number(digits[0]);
        if (value > 255) throw new InvalidNameError(`escape \\${digits[0]} is over 255 in "${name}"`);
        current.push(value);
        i += 4;
      } else {
        const next = name.codePointAt(i + 1);
        if (next === undefined) throw new InvalidNameError(`name ends in a lone backslash: "${name}"`);
        const text = String.fromCodePoint(next);
        current.push(...encoder.encode(text));
        i += 1 + text.length;
      }
    } else {
      const text = String.fromCodePoint(name.codePointAt(i) ?? 0);
      current.push(...encoder.encode(text));
      i += text.length;
    }
  }
  endLabel();
  return checkLength(labels, name);
}

function checkLength(labels: Uint8Array[], name: string): Uint8Array[] {
  const octets = labels.reduce((n, label) => n + label.length + 1, 1);
  if (octets > MAX_NAME_OCTETS) {
    throw new InvalidNameError(`name of ${octets} octets on the wire (over ${MAX_NAME_OCTETS}): "${name}"`);
  }
  return labels;
}

/** Why a name cannot be asked for, or null when it can. */
export function nameProblem(name: string): string | null {
  try {
    nameToLabels(name);
    return null;
  } catch (error) {
    if (error instanceof InvalidNameError) return error.message;
    throw error;
  }
}

/** The uncompressed wire form of a name. */
export function encodeName(name: string): Uint8Array {
  const labels = nameToLabels(name);
  const out = new Uint8Array(labels.reduce((n, label) => n + label.length + 1, 1));
  let at = 0;
  for (const label of labels) {
    out[at++] = label.length;
    out.set(label, at);
    at += label.length;
  }
  return out;
}

/** The text form of one label, escaping what would otherwise be misread. */
function labelToText(label: Uint8Array): string {
  let text: string;
  try {
    text = strictUtf8.decode(label);
  } catch {
    // Not UTF-8 text: escape every octet above 0x7F on its own.
    return Array.from(label, (octet) => (octet >= 0x80 ? escapeDecimal(octet) : escapeChar(String.fromCharCode(octet)))).join('');
  }
  return Array.from(text, escapeChar).join('');
}

function escapeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === '.' || char === '\\') return `\\${char}`;
  if (code < 0x20 || code === 0x7f) return escapeDecimal(code);
  return char;
}

function escapeDecimal(octet: number): string {
  return `\\${String(octet).padStart(3, '0')}`;
}

/**
 * Reads a possibly compressed name at `start`; `end` is where the record
 * goes on. Every pointer must go back before all that was read so far
 * (RFC 1035 §4.1.4 "a prior occurrence"), so a pointer loop cannot hang us.
 */
export function readName(bytes: Uint8Array, start: number): { name: string; end: number } {
  const labels: string[] = [];
  let offset = start;
  let lowest = start;
  let end = -1;
  let octets = 1;
  for (;;) {
    const length = bytes[offset];
    if (length === undefined) throw new MalformedMessageError(`name at ${start} runs past the end`);
    if (length === 0) break;
    if ((length & 0xc0) === 0xc0) {
      const low = bytes[offset + 1];
      if (low === undefined) throw new MalformedMessageError(`name pointer at ${offset} is cut off`);
      const target = ((length & 0x3f) << 8) | low;
      if (target >= lowest) throw new MalformedMessageError(`name pointer at ${offset} does not point back`);
      if (end < 0) end = offset + 2;
      offset = target;
      lowest = target;
      continue;
    }
    // 0x40 and 0x80 were extended label types (RFC 6891 §5), never deployed.
    if ((length & 0xc0) !== 0) throw new MalformedMessageError(`unknown label type at ${offset}`);
    octets += length + 1;
    if (octets > MAX_NAME_OCTETS) throw new MalformedMessageError(`name at ${start} is over ${MAX_NAME_OCTETS} octets`);
    if (offset + 1 + length > bytes.length) throw new MalformedMessageError(`label at ${offset} runs past the end`);
    labels.push(labelToText(bytes.subarray(offset + 1, offset + 1 + length)));
    offset += 1 + length;
  }
  return { name: labels.join('.'), end: end < 0 ? offset + 1 : end };
}
