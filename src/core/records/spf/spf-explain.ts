// Every SPF term in words (RFC 7208 §4.6.2 qualifiers, §5 mechanisms, §6
// modifiers, §7 macros), English and German, with the macros of a term
// expanded for the example the RFC itself uses (§7.4): sender
// strong-bad@email.example.com, client 192.0.2.3, HELO mx.example.org.

import type { LocalizedText } from '../../analysis.ts';
import { expandMacros } from '../../auth/spf-macro.ts';
import { parseIp } from '../../net/ip-address.ts';
import { macroUses, type MacroUse } from './spf-macro-syntax.ts';
import type { SpfQualifier, SpfTerm } from './spf-record.ts';

export interface ExplainedSpfTerm {
  term: SpfTerm;
  /** What the term does. */
  meaning: LocalizedText;
  /** What its qualifier makes of a match; null for a modifier. */
  qualifier: LocalizedText | null;
  /** Each macro of the term in words, and the term's target expanded for the RFC's example. */
  macros: { use: MacroUse; meaning: LocalizedText }[];
  example: { values: string; expanded: string } | null;
}

const QUALIFIER: Record<SpfQualifier, LocalizedText> = {
  '+': { en: '+ (pass, the default when none is written): a match authorises the client', de: '+ (pass, die Vorgabe ohne Angabe): ein Treffer erlaubt den Client' },
  '-': { en: '- (fail): a match says the client is not authorised; receivers may reject', de: '- (fail): ein Treffer sagt, der Client ist nicht erlaubt; Empfänger dürfen abweisen' },
  '~': { en: '~ (softfail): a match says the client is probably not authorised; receivers accept but mark', de: '~ (softfail): ein Treffer sagt, der Client ist wahrscheinlich nicht erlaubt; Empfänger nehmen an, markieren aber' },
  '?': { en: '? (neutral): a match says nothing either way, as if there were no record', de: '? (neutral): ein Treffer sagt weder ja noch nein, als gäbe es keinen Eintrag' },
};

const MACRO_LETTER: Record<string, LocalizedText> = {
  s: { en: 'the sender address (MAIL FROM, or postmaster@HELO)', de: 'die Absenderadresse (MAIL FROM oder postmaster@HELO)' },
  l: { en: 'the local part of the sender', de: 'der lokale Teil des Absenders' },
  o: { en: 'the domain of the sender', de: 'die Domain des Absenders' },
  d: { en: 'the domain whose record is being evaluated', de: 'die Domain, deren Eintrag gerade ausgewertet wird' },
  i: { en: 'the client address (IPv6 as dotted nibbles)', de: 'die Client-Adresse (IPv6 als Nibbles mit Punkten)' },
  p: { en: 'the client’s validated reverse name — slow and discouraged (§5.5, §7.3)', de: 'der geprüfte Reverse-Name des Clients — langsam, wird abgeraten (§5.5, §7.3)' },
  v: { en: '"in-addr" for IPv4, "ip6" for IPv6', de: '„in-addr“ für IPv4, „ip6“ für IPv6' },
  h: { en: 'the HELO/EHLO name', de: 'der HELO/EHLO-Name' },
  c: { en: 'the client address in its usual text form (exp= text only)', de: 'die Client-Adresse in üblicher Schreibweise (nur im exp=-Text)' },
  r: { en: 'the receiving host’s name (exp= text only)', de: 'der Name des empfangenden Hosts (nur im exp=-Text)' },
  t: { en: 'the current time in seconds (exp= text only)', de: 'die aktuelle Zeit in Sekunden (nur im exp=-Text)' },
  '%': { en: 'a literal "%"', de: 'ein wörtliches „%“' },
  _: { en: 'a space', de: 'ein Leerzeichen' },
  '-': { en: 'a URL-encoded space, "%20"', de: 'ein URL-kodiertes Leerzeichen, „%20“' },
};

function macroMeaning(use: MacroUse): LocalizedText {
  const base = MACRO_LETTER[use.letter] ?? { en: use.letter, de: use.letter };
  if (use.letter === '%' || use.letter === '_' || use.letter === '-') return base;
  const parts: LocalizedText[] = [base];
  if (use.delimiters !== '.') parts.push({ en: `split at "${use.delimiters}"`, de: `getrennt an „${use.delimiters}“` });
  if (use.reverse) parts.push({ en: 'parts reversed', de: 'Teile umgedreht' });
  if (use.keep !== null) parts.push({ en: `only the last ${use.keep} part(s) kept`, de: `nur die letzten ${use.keep} Teil(e) behalten` });
  if (use.urlEncoded) parts.push({ en: 'URL-encoded', de: 'URL-kodiert' });
  return { en: parts.map((part) => part.en).join(', '), de: parts.map((part) => part.de).join(', ') };
}

const EXAMPLE = { sender: 'strong-bad@email.example.com', domain: 'email.example.com', ip: parseIp('192.0.2.3')!, helo: 'mx.example.org' };
const EXAMPLE_TEXT = 'sender strong-bad@email.example.com, client 192.0.2.3, HELO mx.example.org (RFC 7208 §7.4)';

function meaningOf(term: SpfTerm, where: string): LocalizedText {
  const target = term.argument || where;
  const v4 = term.cidr4 !== null ? `/${term.cidr4}` : '';
  const v6 = term.cidr6 !== null ? ` (IPv6: /${term.cidr6})` : '';
  const net = (term.cidr4 ?? term.cidr6) !== null ? { en: ` with prefix /${term.cidr4 ?? term.cidr6}`, de: ` mit Präfix /${term.cidr4 ?? term.cidr6}` } : { en: '', de: '' };
  switch (term.name) {
    case 'all':
      return { en: 'matches every client: the record’s last word for whoever matched nothing before (§5.1); terms after it are never read', de: 'trifft jeden Client: das letzte Wort des Eintrags für alle, die vorher nichts trafen (§5.1); Terme danach werden nie gelesen' };
    case 'include':
      return { en: `evaluates the SPF record of ${target}; it matches only when that record gives pass (§5.2). Costs one DNS lookup, plus those of ${target}'s record`, de: `wertet den SPF-Eintrag von ${target} aus; trifft nur, wenn dieser pass ergibt (§5.2). Kostet eine DNS-Abfrage, dazu die des Eintrags von ${target}` };
    case 'a':
      return { en: `matches when the client is one of the addresses (A/AAAA) of ${target}${v4 || v6 ? `, in the network ${v4}${v6}` : ''} (§5.3). One DNS lookup`, de: `trifft, wenn der Client eine der Adressen (A/AAAA) von ${target} ist${v4 || v6 ? `, im Netz ${v4}${v6}` : ''} (§5.3). Eine DNS-Abfrage` };
    case 'mx':
      return { en: `matches when the client is an address of one of ${target}'s mail exchangers (MX)${v4 || v6 ? `, in the network ${v4}${v6}` : ''} (§5.4). One lookup, and at most 10 MX names`, de: `trifft, wenn der Client eine Adresse eines Mailservers (MX) von ${target} ist${v4 || v6 ? `, im Netz ${v4}${v6}` : ''} (§5.4). Eine Abfrage, höchstens 10 MX-Namen` };
    case 'ptr':
      return { en: `matches when the client's reverse name, confirmed forward, ends in ${target} (§5.5). Slow, unreliable, and "SHOULD NOT be used"`, de: `trifft, wenn der Reverse-Name des Clients, vorwärts bestätigt, auf ${target} endet (§5.5). Langsam, unzuverlässig, „SHOULD NOT be used“` };
    case 'ip4':
    case 'ip6':
      return { en: `matches when the client is ${term.argument}${net.en} (§5.6). No DNS lookup`, de: `trifft, wenn der Client ${term.argument}${net.de} ist (§5.6). Keine DNS-Abfrage` };
    case 'exists':
      return { en: `matches when ${target} has any A record, whatever its address (§5.7); mostly used with macros. One DNS lookup`, de: `trifft, wenn ${target} irgendeinen A-Eintrag hat, gleich welche Adresse (§5.7); meist mit Makros. Eine DNS-Abfrage` };
    case 'redirect':
      return { en: `when no mechanism matched (and there is no "all"), ${term.argument}'s record decides instead (§6.1). One DNS lookup`, de: `wenn kein Mechanismus traf (und es kein „all“ gibt), entscheidet stattdessen der Eintrag von ${term.argument} (§6.1). Eine DNS-Abfrage` };
    case 'exp':
      return { en: `on fail, the TXT record at ${term.argument} is the explanation a receiver may show the sender (§6.2); it costs no counted lookup`, de: `bei fail ist der TXT-Eintrag unter ${term.argument} die Erklärung, die ein Empfänger dem Absender zeigen darf (§6.2); keine gezählte Abfrage` };
    default:
      return term.kind === 'modifier'
        ? { en: `an unknown modifier: receivers ignore it (§6)`, de: `ein unbekannter Modifikator: Empfänger ignorieren ihn (§6)` }
        : { en: 'no SPF mechanism: the record is a permerror', de: 'kein SPF-Mechanismus: der Eintrag ist ein permerror' };
  }
}

/** `where` is the domain the record is published at, or a phrase standing for it. */
export function explainSpfTerm(term: SpfTerm, where: string): ExplainedSpfTerm {
  const uses = term.argument && term.macros ? macroUses(term.argument) : [];
  const expanded = uses.length > 0 ? expandMacros(term.argument!, EXAMPLE) : null;
  return {
    term,
    meaning: term.error ?? meaningOf(term, where),
    qualifier: term.qualifier ? QUALIFIER[term.qualifier] : null,
    macros: uses.map((use) => ({ use, meaning: macroMeaning(use) })),
    example: expanded === null ? null : { values: EXAMPLE_TEXT, expanded },
  };
}
