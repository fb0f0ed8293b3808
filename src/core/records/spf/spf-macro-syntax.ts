// The syntax of SPF macro strings (RFC 7208 §7.1), and the macros one
// holds, for the workbench to explain. Expansion itself is
// src/core/auth/spf-macro.ts, shared with the verdict's tracer.

import type { LocalizedText } from '../../analysis.ts';

/** Where the string stands: a domain-spec or modifier value, or the exp= TXT text (which alone may use c, r, t). */
export type MacroContext = 'domain' | 'explanation';

export interface MacroUse {
  /** As written, e.g. "%{ir}" or "%%". */
  text: string;
  /** Lower-case letter; "%" "_" "-" for the escapes. */
  letter: string;
  /** Upper-case letter: the value is URL-encoded (§7.3). */
  urlEncoded: boolean;
  /** Right-hand parts kept (§7.3 DIGIT); null for all. */
  keep: number | null;
  reverse: boolean;
  /** Delimiters the value is split on; "." when none is written. */
  delimiters: string;
}

const LETTERS = new Set(['s', 'l', 'o', 'd', 'i', 'p', 'h', 'v']);
const EXPLANATION_ONLY = new Set(['c', 'r', 't']);
const MACRO_BODY = /^([A-Za-z])(\d*)([rR]?)([.\-+,/_=]*)$/;

type Scan = { uses: MacroUse[]; error: LocalizedText | null };

function scan(text: string, context: MacroContext): Scan {
  const uses: MacroUse[] = [];
  const fault = (en: string, de: string): Scan => ({ uses, error: { en, de } });
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '%') {
      // macro-literal = %x21-24 / %x26-7E; the explanation text may hold spaces too (§6.2).
      if ((c < '!' || c > '~') && !(context === 'explanation' && c === ' ')) return fault(`"${text}" holds a character a macro string cannot (§7.1)`, `„${text}“ enthält ein Zeichen, das ein Makro-String nicht enthalten darf (§7.1)`);
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      uses.push({ text: `%${next}`, letter: next, urlEncoded: false, keep: null, reverse: false, delimiters: '' });
      i++;
      continue;
    }
    if (next !== '{') return fault(`"%" must be followed by "{", "%", "_" or "-" (§7.1): "${text}"`, `auf „%“ muss „{“, „%“, „_“ oder „-“ folgen (§7.1): „${text}“`);
    const close = text.indexOf('}', i + 2);
    if (close < 0) return fault(`an unclosed macro "%{" in "${text}" (§7.1)`, `ein nicht geschlossenes Makro „%{“ in „${text}“ (§7.1)`);
    const body = text.slice(i + 2, close);
    const match = MACRO_BODY.exec(body);
    const letter = match?.[1]!.toLowerCase() ?? '';
    if (!match || !(LETTERS.has(letter) || (context === 'explanation' && EXPLANATION_ONLY.has(letter)))) {
      return fault(`"%{${body}}" is no macro${EXPLANATION_ONLY.has(letter) ? ` here ("${letter}" only in exp= text)` : ''} (§7.2)`, `„%{${body}}“ ist hier kein Makro${EXPLANATION_ONLY.has(letter) ? ` („${letter}“ nur im exp=-Text)` : ''} (§7.2)`);
    }
    // §7.3: "If a DIGIT is specified, the value MUST be nonzero."
    if (match[2] !== '' && Number(match[2]) === 0) return fault(`"%{${body}}" keeps zero parts (§7.3: the digit must be nonzero)`, `„%{${body}}“ behält null Teile (§7.3: die Ziffer darf nicht null sein)`);
    uses.push({ text: `%{${body}}`, letter, urlEncoded: match[1] !== letter, keep: match[2] === '' ? null : Number(match[2]), reverse: match[3] !== '', delimiters: match[4] || '.' });
    i = close;
  }
  return { uses, error: null };
}

/** The reason `text` is no macro-string in `context`, or null when it is one. */
export function checkMacroString(text: string, context: MacroContext): LocalizedText | null {
  return scan(text, context).error;
}

/** The macros `text` uses, in order; [] when it has none or is broken. */
export function macroUses(text: string, context: MacroContext = 'domain'): MacroUse[] {
  const { uses, error } = scan(text, context);
  return error ? [] : uses;
}
