// The skeleton of UTS #39 §4 (Unicode Security Mechanisms): two strings
// that a reader cannot tell apart have the same skeleton. skeleton(X) is
// NFD(X), default-ignorable code points removed (the step UTS #39 added in
// Unicode 15.1), every character replaced by its prototype from
// confusables.txt, and NFD again. The skeleton is for comparing only; it is
// never shown (UTS #39 says why: "paypal.com" becomes "paypal.corn").
//
// The table holds only the prototypes that are ASCII (see
// confusables-table.ts): Mail Lab compares with ASCII domains and names,
// so a mapping into another script could never make two of them equal.

import { ASCII_SKELETON_RUNS, INVISIBLE_NAMES } from './confusables-table.ts';

export interface Prototype {
  /** What the character looks like (ASCII, one or more characters). */
  text: string;
  /** UTS #39 Identifier_Status=Allowed: a character of a living writing system, not a technical or historic one. */
  allowed: boolean;
}

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

let prototypes: Map<number, Prototype> | null = null;
let names: Map<number, string> | null = null;

// Parsed on first use: most messages are ASCII and never need it.
function prototypeTable(): Map<number, Prototype> {
  if (prototypes) return prototypes;
  const table = new Map<number, Prototype>();
  let next = 0;
  for (const entry of ASCII_SKELETON_RUNS.split('#')) {
    const colon = entry.indexOf(':');
    const head = entry.slice(0, colon);
    const text = entry.slice(colon + 1);
    const allowed = head.endsWith('!');
    const [gap, run] = (allowed ? head.slice(0, -1) : head).split('+');
    const start = next + parseInt(gap!, 16);
    const length = run ? parseInt(run, 16) : 1;
    for (let i = 0; i < length; i++) table.set(start + i, { text: length > 1 ? String.fromCodePoint(text.codePointAt(0)! + i) : text, allowed });
    next = start + length;
  }
  prototypes = table;
  return table;
}

/** The ASCII prototype of one character (a code point that NFD leaves as it is), or null. */
export function prototypeOf(char: string): Prototype | null {
  return prototypeTable().get(char.codePointAt(0)!) ?? null;
}

export function isDefaultIgnorable(char: string): boolean {
  return DEFAULT_IGNORABLE.test(char);
}

/** UTS #39 §4 skeleton, as above. Total: any string in, a string out. */
export function skeleton(text: string): string {
  const table = prototypeTable();
  let out = '';
  for (const char of text.normalize('NFD')) {
    if (DEFAULT_IGNORABLE.test(char)) continue;
    out += table.get(char.codePointAt(0)!)?.text ?? char;
  }
  return out.normalize('NFD');
}

function nameTable(): Map<number, string> {
  if (names) return names;
  names = new Map(
    INVISIBLE_NAMES.split(';').map((entry) => {
      const colon = entry.indexOf(':');
      return [parseInt(entry.slice(0, colon), 16), entry.slice(colon + 1)] as const;
    }),
  );
  return names;
}

/**
 * The Unicode name of an invisible character or an IDNA full stop, where
 * the table has it or a rule gives it (variation selectors, tag letters and
 * digits); null otherwise.
 */
export function invisibleName(codePoint: number): string | null {
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  if (codePoint === 0xe0001) return 'LANGUAGE TAG';
  if (codePoint === 0xe007f) return 'CANCEL TAG';
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) {
    const ascii = String.fromCharCode(codePoint - 0xe0000);
    if (/[a-z]/.test(ascii)) return `TAG LATIN SMALL LETTER ${ascii.toUpperCase()}`;
    if (/[A-Z]/.test(ascii)) return `TAG LATIN CAPITAL LETTER ${ascii}`;
    if (/[0-9]/.test(ascii)) return `TAG DIGIT ${['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'][Number(ascii)]}`;
    return null;
  }
  return nameTable().get(codePoint) ?? null;
}

/** "U+200B ZERO WIDTH SPACE", or "U+0251" where no name is at hand. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = invisibleName(codePoint);
  return name ? `${hex} ${name}` : hex;
}
