// An SPF record read term by term (RFC 7208 §4.6.1 and the ABNF of §12).
// This is Mail Lab's one SPF parser: the workbench, the domain checklist
// (src/core/sender/domain-policies.ts) and the verdict's tracer
// (src/core/auth/spf-trace.ts) all read terms through it. A term the ABNF
// does not allow carries its reason; any such term makes the whole record
// a permerror (§4.6: "syntax errors ... result in permerror").

import type { LocalizedText } from '../../analysis.ts';
import { parseIpv4, parseIpv6 } from '../../net/ip-address.ts';
import { checkMacroString } from './spf-macro-syntax.ts';

export type SpfQualifier = '+' | '-' | '~' | '?';
export const SPF_MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type SpfMechanism = (typeof SPF_MECHANISMS)[number];

export interface SpfTerm {
  /** As written. */
  text: string;
  kind: 'mechanism' | 'modifier';
  /** Lower-case mechanism or modifier name ("ip4", "redirect", an unknown modifier's name). */
  name: string;
  /** The qualifier in force ("+" when none is written, §4.6.2); null for a modifier. */
  qualifier: SpfQualifier | null;
  qualifierWritten: boolean;
  /** The domain-spec, network or modifier value; null when the term has none. */
  argument: string | null;
  /** The prefix lengths written after the argument (§5.6); null when not written. */
  cidr4: number | null;
  cidr6: number | null;
  /** The argument holds macros (§7): its target is known only at evaluation. */
  macros: boolean;
  /** Why the term breaks the ABNF, or null. */
  error: LocalizedText | null;
}

export interface SpfRecord {
  text: string;
  /** The record starts with "v=spf1" followed by a space or its end (§4.5). */
  versioned: boolean;
  terms: SpfTerm[];
  /** Syntax errors of the record as a whole (a repeated redirect/exp, a control character). */
  errors: LocalizedText[];
  /** No error at all, in the record or any term: evaluation would not stop with permerror for its syntax. */
  valid: boolean;
}

const QUALIFIERS = new Set(['+', '-', '~', '?']);
const VERSION = /^v=spf1(?: |$)/i;
const MODIFIER = /^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/s;
const CIDR4 = /^\/(0|[1-9]\d?)$/;
const DUAL_CIDR = /^(?:\/(0|[1-9]\d?))?(?:\/\/(0|[1-9]\d{0,2}))?$/;

/** Is `text` an SPF record at all (RFC 7208 §4.5: "v=spf1" then a space or the end)? */
export function isSpfRecord(text: string): boolean {
  return VERSION.test(text);
}

function fault(en: string, de: string): LocalizedText {
  return { en, de };
}

/** domain-spec = macro-string domain-end (§7.1): a literal end must be a top label that is not all digits. */
function checkDomainSpec(spec: string): LocalizedText | null {
  if (spec === '') return fault('the domain is missing', 'die Domain fehlt');
  const macro = checkMacroString(spec, 'domain');
  if (macro) return macro;
  if (/%\{[^}]*\}\.?$/.test(spec)) return null;
  const labels = spec.replace(/\.$/, '').split('.');
  const top = labels[labels.length - 1]!;
  if (labels.length < 2) return fault(`"${spec}" is not a fully qualified domain (§7.1 domain-end)`, `„${spec}“ ist keine vollständige Domain (§7.1 domain-end)`);
  if (!/^[A-Za-z0-9-]+$/.test(top) || /^\d+$/.test(top) || top.startsWith('-') || top.endsWith('-')) {
    return fault(`"${top}" cannot end a domain (§7.1 toplabel: letters and digits, not all digits)`, `„${top}“ kann keine Domain abschließen (§7.1 toplabel: Buchstaben und Ziffern, nicht nur Ziffern)`);
  }
  return null;
}

function readMechanism(text: string): SpfTerm {
  const written = QUALIFIERS.has(text[0]!);
  const qualifier = (written ? text[0] : '+') as SpfQualifier;
  const body = written ? text.slice(1) : text;
  const cut = body.search(/[:/]/);
  const name = (cut < 0 ? body : body.slice(0, cut)).toLowerCase();
  const rest = cut < 0 ? '' : body.slice(cut);
  const term: SpfTerm = { text, kind: 'mechanism', name, qualifier, qualifierWritten: written, argument: null, cidr4: null, cidr6: null, macros: false, error: null };
  const fail = (error: LocalizedText) => ({ ...term, error });
  if (!(SPF_MECHANISMS as readonly string[]).includes(name)) {
    return fail(fault(`"${name}" is no SPF mechanism, and no modifier either (no "=") (§5, §6)`, `„${name}“ ist kein SPF-Mechanismus und auch kein Modifikator (kein „=“) (§5, §6)`));
  }
  switch (name as SpfMechanism) {
    case 'all':
      return rest === '' ? term : fail(fault('"all" takes no argument (§5.1)', '„all“ nimmt kein Argument (§5.1)'));
    case 'include':
    case 'exists': {
      if (!rest.startsWith(':')) return fail(fault(`"${name}" needs ":domain" (§5.2, §5.7)`, `„${name}“ braucht „:domain“ (§5.2, §5.7)`));
      const spec = rest.slice(1);
      const error = checkDomainSpec(spec);
      return { ...term, argument: spec, macros: spec.includes('%'), error };
    }
    case 'a':
    case 'mx':
    case 'ptr': {
      // The domain-spec may itself hold ":" and "/" (§7.1); only a trailing dual-cidr-length is one.
      let spec = '';
      let cidr = rest;
      if (rest.startsWith(':')) {
        const trailing = /(?:\/\d+)?(?:\/\/\d+)?$/.exec(rest.slice(1))!;
        spec = rest.slice(1, rest.length - trailing[0].length);
        cidr = trailing[0];
        const error = checkDomainSpec(spec);
        if (error) return { ...term, argument: spec, error };
      }
      const withSpec = { ...term, argument: rest.startsWith(':') ? spec : null, macros: spec.includes('%') };
      if (cidr === '') return withSpec;
      if (name === 'ptr') return { ...withSpec, error: fault('"ptr" takes no prefix length (§5.5)', '„ptr“ nimmt keine Präfixlänge (§5.5)') };
      const dual = DUAL_CIDR.exec(cidr);
      const cidr4 = dual?.[1] !== undefined ? Number(dual[1]) : null;
      const cidr6 = dual?.[2] !== undefined ? Number(dual[2]) : null;
      if (!dual || (cidr4 ?? 0) > 32 || (cidr6 ?? 0) > 128) {
        return { ...withSpec, error: fault(`"${cidr}" is no prefix length: /0–/32 for IPv4, //0–//128 for IPv6 (§5.6)`, `„${cidr}“ ist keine Präfixlänge: /0–/32 für IPv4, //0–//128 für IPv6 (§5.6)`) };
      }
      return { ...withSpec, cidr4, cidr6 };
    }
    case 'ip4':
    case 'ip6': {
      if (!rest.startsWith(':')) return fail(fault(`"${name}" needs ":network" (§5.6)`, `„${name}“ braucht „:Netz“ (§5.6)`));
      const slash = rest.indexOf('/');
      const network = slash < 0 ? rest.slice(1) : rest.slice(1, slash);
      const cidr = slash < 0 ? '' : rest.slice(slash);
      const withNet = { ...term, argument: network };
      const parsed = name === 'ip4' ? parseIpv4(network) : parseIpv6(network);
      if (!parsed || (name === 'ip4' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(network))) {
        return { ...withNet, error: fault(`"${network}" is no ${name === 'ip4' ? 'IPv4' : 'IPv6'} address (§5.6)`, `„${network}“ ist keine ${name === 'ip4' ? 'IPv4' : 'IPv6'}-Adresse (§5.6)`) };
      }
      if (cidr === '') return withNet;
      const match = name === 'ip4' ? CIDR4.exec(cidr) : /^\/(0|[1-9]\d{0,2})$/.exec(cidr);
      const length = match ? Number(match[1]) : NaN;
      if (!match || length > (name === 'ip4' ? 32 : 128)) {
        return { ...withNet, error: fault(`"${cidr}" is no prefix length for ${name} (§5.6)`, `„${cidr}“ ist keine Präfixlänge für ${name} (§5.6)`) };
      }
      return name === 'ip4' ? { ...withNet, cidr4: length } : { ...withNet, cidr6: length };
    }
  }
}

function readModifier(text: string, name: string, value: string): SpfTerm {
  const lower = name.toLowerCase();
  const term: SpfTerm = { text, kind: 'modifier', name: lower, qualifier: null, qualifierWritten: false, argument: value, cidr4: null, cidr6: null, macros: value.includes('%'), error: null };
  if (lower === 'redirect' || lower === 'exp') return { ...term, error: checkDomainSpec(value) };
  // §6: an unknown modifier is ignored, but its value must still be a macro-string.
  return { ...term, error: checkMacroString(value, 'domain') };
}

/** One term, as separated by spaces (§4.6.1). */
export function parseSpfTerm(text: string): SpfTerm {
  const modifier = MODIFIER.exec(text);
  // "ip4:1.2.3.4=x" is no modifier: a modifier's name has no ":" or "/".
  if (modifier) return readModifier(text, modifier[1]!, modifier[2]!);
  return readMechanism(text);
}

export function parseSpfRecord(text: string): SpfRecord {
  const errors: LocalizedText[] = [];
  const versioned = VERSION.test(text);
  if (!versioned) errors.push(fault('the record does not start with "v=spf1" (§4.5)', 'der Eintrag beginnt nicht mit „v=spf1“ (§4.5)'));
  // §4.6.1: terms are separated by spaces only; a tab, CR or LF is part of a term and breaks it.
  if (/[\x00-\x1f\x7f]/.test(text)) errors.push(fault('the record holds a control character; only spaces separate terms (§4.6.1)', 'der Eintrag enthält ein Steuerzeichen; nur Leerzeichen trennen Terme (§4.6.1)'));
  if (/[^\x00-\x7f]/.test(text)) errors.push(fault('the record holds a character outside US-ASCII (§4.6.1, §12)', 'der Eintrag enthält ein Zeichen außerhalb von US-ASCII (§4.6.1, §12)'));
  const words = (versioned ? text.slice(6) : text).split(' ').filter((word) => word !== '');
  const terms = words.map(parseSpfTerm);
  for (const name of ['redirect', 'exp']) {
    if (terms.filter((term) => term.kind === 'modifier' && term.name === name).length > 1) {
      errors.push(fault(`"${name}=" appears more than once (§6)`, `„${name}=“ kommt mehr als einmal vor (§6)`));
    }
  }
  return { text, versioned, terms, errors, valid: errors.length === 0 && terms.every((term) => term.error === null) };
}

/** The mechanisms and modifiers that cost a DNS lookup against the limit of 10 (§4.6.4). */
export function costsLookup(term: SpfTerm): boolean {
  if (term.kind === 'modifier') return term.name === 'redirect';
  return term.name === 'include' || term.name === 'a' || term.name === 'mx' || term.name === 'ptr' || term.name === 'exists';
}
