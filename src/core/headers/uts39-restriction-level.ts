// Mixed-script detection after UTS #39 §5 (Unicode Security Mechanisms):
// the restriction level of one identifier (a domain label, a word of a
// display name). Scripts are read from Script_Extensions, so a character
// shared by several scripts (the Japanese long vowel mark, Arabic-Indic
// digits) does not count as a script of its own; Common and Inherited
// characters (digits, "-", combining marks) fit any script. Han, Hiragana,
// Katakana, Hangul and Bopomofo are augmented as §5.1 says, so Japanese
// and Korean count as single-script.

export type RestrictionLevel =
  /** Only ASCII. */
  | 'ascii-only'
  /** One script (augmented). */
  | 'single-script'
  /** Latin with Han and Hiragana/Katakana, with Han and Bopomofo, or with Han and Hangul. */
  | 'highly-restrictive'
  /** Latin and one other recommended script, but not Cyrillic or Greek. */
  | 'moderately-restrictive'
  /** Any mix of recommended scripts. */
  | 'minimally-restrictive'
  /** A character of a script that UTS #31 does not recommend for identifiers. */
  | 'unrestricted';

// UTS #31 Table 4, Recommended Scripts (Common and Inherited are handled apart).
const RECOMMENDED = [
  'Latin', 'Arabic', 'Armenian', 'Bengali', 'Bopomofo', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Georgian', 'Greek', 'Gujarati',
  'Gurmukhi', 'Han', 'Hangul', 'Hebrew', 'Hiragana', 'Kannada', 'Katakana', 'Khmer', 'Lao', 'Malayalam', 'Myanmar', 'Oriya',
  'Sinhala', 'Tamil', 'Telugu', 'Thaana', 'Thai', 'Tibetan',
] as const;
// §5.1: the writing systems that combine several scripts.
const AUGMENT: Record<string, string[]> = { Han: ['Japanese', 'Korean', 'HanBopomofo'], Hiragana: ['Japanese'], Katakana: ['Japanese'], Hangul: ['Korean'], Bopomofo: ['HanBopomofo'] };
const HIGHLY_RESTRICTIVE_SETS = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];
const NOT_WITH_LATIN = new Set(['Latin', 'Cyrillic', 'Greek']);
const OTHER = 'another script';

let patterns: { scx: [string, RegExp][]; script: [string, RegExp][] } | null = null;
function scriptPatterns(): NonNullable<typeof patterns> {
  patterns ??= {
    scx: RECOMMENDED.map((name) => [name, new RegExp(`\\p{Script_Extensions=${name}}`, 'u')]),
    script: RECOMMENDED.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')]),
  };
  return patterns;
}
const COMMON_OR_INHERITED = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u;

/** The recommended scripts of one character; null when it fits any script; [OTHER] outside them. */
function scriptSet(char: string): string[] | null {
  if (COMMON_OR_INHERITED.test(char)) return null;
  const found = scriptPatterns().scx.filter(([, pattern]) => pattern.test(char)).map(([name]) => name);
  return found.length > 0 ? found : [OTHER];
}

/** The Script property of each character, in order of appearance (for the reader, not for the level). */
export function scriptsOf(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    if (COMMON_OR_INHERITED.test(char)) continue;
    const name = scriptPatterns().script.find(([, pattern]) => pattern.test(char))?.[0] ?? (scriptSet(char)?.[0] ?? OTHER);
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

function coveredBy(sets: string[][], allowed: readonly string[]): boolean {
  return sets.every((set) => set.some((script) => allowed.includes(script)));
}

export function restrictionLevel(text: string): RestrictionLevel {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return 'ascii-only';
  const sets: string[][] = [];
  for (const char of text) {
    const set = scriptSet(char);
    if (set) sets.push(set);
  }
  if (sets.some((set) => set[0] === OTHER)) return 'unrestricted';
  const augmented = sets.map((set) => [...set, ...set.flatMap((script) => AUGMENT[script] ?? [])]);
  const common = augmented.reduce<string[] | null>((shared, set) => (shared === null ? set : shared.filter((s) => set.includes(s))), null);
  if (common === null || common.length > 0) return 'single-script';
  if (HIGHLY_RESTRICTIVE_SETS.some((allowed) => coveredBy(sets, allowed))) return 'highly-restrictive';
  if (RECOMMENDED.some((other) => !NOT_WITH_LATIN.has(other) && coveredBy(sets, ['Latin', other]))) return 'moderately-restrictive';
  return 'minimally-restrictive';
}
