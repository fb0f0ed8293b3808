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
//
// Most messages' names and domains are ASCII, and the skeleton of ASCII
// text needs only the seven mappings of confusables.txt whose source is
// ASCII (below; uts39.test.ts holds them to the table): NFD leaves ASCII as
// it is and no ASCII character is default-ignorable. So the table (and the
// names of invisible characters) is a chunk of its own, loaded by
// withConfusables() only when a check met a character outside ASCII.

type ConfusablesTable = typeof import('./confusables-table.ts');

export interface Prototype {
  /** What the character looks like (ASCII, one or more characters). */
  text: string;
  /** UTS #39 Identifier_Status=Allowed: a character of a living writing system, not a technical or historic one. */
  allowed: boolean;
}

/** confusables.txt's mappings of ASCII sources: '"' → "''", 0 → O, 1 and I and | → l, ` → ', m → rn. */
export const ASCII_PROTOTYPES: ReadonlyMap<number, Prototype> = new Map([
  [0x22, { text: "''", allowed: false }],
  [0x30, { text: 'O', allowed: true }],
  [0x31, { text: 'l', allowed: true }],
  [0x49, { text: 'l', allowed: true }],
  [0x60, { text: "'", allowed: false }],
  [0x6d, { text: 'rn', allowed: true }],
  [0x7c, { text: 'l', allowed: false }],
]);

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const ASCII_TEXT = /^[\x00-\x7f]*$/;

export type ConfusablesLoader = () => Promise<ConfusablesTable>;
const LOAD_TABLE: ConfusablesLoader = () => import('./confusables-table.ts');

let loaded: ConfusablesTable | null = null;
// Set when a check needed the table for a character outside ASCII and it
// was not there; withConfusables() then loads it and runs the check again.
let missed = false;
let prototypes: Map<number, Prototype> | null = null;
let names: Map<number, string> | null = null;

function table(): ConfusablesTable | null {
  if (!loaded) missed = true;
  return loaded;
}

/** Loads the table; false when its chunk could not be loaded (the checks then see ASCII mappings only). */
export async function loadConfusables(loader: ConfusablesLoader = LOAD_TABLE): Promise<boolean> {
  if (loaded) return true;
  try {
    loaded = await loader();
    return true;
  } catch {
    // A chunk that could not be fetched: the caller reports it.
    return false;
  }
}

/**
 * Runs a check that reads skeletons, prototypes or character names. When
 * it met a character outside ASCII before the table was loaded, the table
 * is loaded and the check runs again, so its result is the table's.
 * `loaded` is false when the table was needed but could not be loaded.
 */
export async function withConfusables<T>(check: () => T, loader?: ConfusablesLoader): Promise<{ result: T; loaded: boolean }> {
  missed = false;
  const first = check();
  if (!missed) return { result: first, loaded: true };
  if (!(await loadConfusables(loader))) return { result: first, loaded: false };
  return { result: check(), loaded: true };
}

function prototypeTable(): ReadonlyMap<number, Prototype> {
  if (prototypes) return prototypes;
  const source = table();
  if (!source) return ASCII_PROTOTYPES;
  const parsed = new Map<number, Prototype>();
  let next = 0;
  for (const entry of source.ASCII_SKELETON_RUNS.split('#')) {
    const colon = entry.indexOf(':');
    const head = entry.slice(0, colon);
    const text = entry.slice(colon + 1);
    const allowed = head.endsWith('!');
    const [gap, run] = (allowed ? head.slice(0, -1) : head).split('+');
    const start = next + parseInt(gap!, 16);
    const length = run ? parseInt(run, 16) : 1;
    for (let i = 0; i < length; i++) parsed.set(start + i, { text: length > 1 ? String.fromCodePoint(text.codePointAt(0)! + i) : text, allowed });
    next = start + length;
  }
  prototypes = parsed;
  return parsed;
}

/** The whole table's prototypes, ASCII sources included; null until it is loaded. For the test that holds ASCII_PROTOTYPES to it. */
export function loadedPrototypes(): ReadonlyMap<number, Prototype> | null {
  return loaded ? prototypeTable() : null;
}

/** The ASCII prototype of one character (a code point that NFD leaves as it is), or null. */
export function prototypeOf(char: string): Prototype | null {
  const codePoint = char.codePointAt(0)!;
  return (codePoint < 0x80 ? ASCII_PROTOTYPES : prototypeTable()).get(codePoint) ?? null;
}

export function isDefaultIgnorable(char: string): boolean {
  return DEFAULT_IGNORABLE.test(char);
}

/** UTS #39 §4 skeleton, as above. Total: any string in, a string out. */
export function skeleton(text: string): string {
  const ascii = ASCII_TEXT.test(text);
  const mapping = ascii ? ASCII_PROTOTYPES : prototypeTable();
  let out = '';
  for (const char of ascii ? text : text.normalize('NFD')) {
    if (!ascii && DEFAULT_IGNORABLE.test(char)) continue;
    out += mapping.get(char.codePointAt(0)!)?.text ?? char;
  }
  return ascii ? out : out.normalize('NFD');
}

function nameTable(): Map<number, string> | null {
  if (names) return names;
  const source = table();
  if (!source) return null;
  names = new Map(
    source.INVISIBLE_NAMES.split(';').map((entry) => {
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
  return nameTable()?.get(codePoint) ?? null;
}

/** "U+200B ZERO WIDTH SPACE", or "U+0251" where no name is at hand. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = invisibleName(codePoint);
  return name ? `${hex} ${name}` : hex;
}
