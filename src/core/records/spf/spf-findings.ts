// What the SPF bench warns about, beyond syntax: the pitfalls RFC 7208
// names (ptr §5.5, "+all", the lookup limits §4.6.4, two records §4.5,
// the 255-octet string and 512-octet answer of §3.3–3.4, the SPF RR type
// removed in §3.1) and the one the seed warns of: "-all" breaks mail that
// is forwarded, sent through lists, or sent by "recommend this page" forms.

import type { RecordFinding } from '../record-finding.ts';
import { finding } from '../record-finding.ts';
import { octetLength } from '../txt-input.ts';
import type { SpfRecord } from './spf-record.ts';
import type { SpfEvaluation, SpfTreeNode } from './spf-tree.ts';

export interface SpfFindingContext {
  record: SpfRecord;
  /** The character-strings of the record as pasted or published. */
  strings: string[];
  /** The owner name, where known: for the size of the answer. */
  name: string | null;
  /** Every TXT record at the name (each as its strings), when looked up. */
  published: string[][] | null;
  evaluation: SpfEvaluation | null;
}

// RFC 1035 §2.3.4: a UDP answer without EDNS holds 512 octets; RFC 7208 §3.4
// asks SPF records to fit so no receiver needs TCP.
const UDP_ANSWER_OCTETS = 512;
const STRING_OCTETS = 255;

/** The answer's size on the wire: header, question, and each TXT record with a compressed owner name. */
export function answerOctets(name: string, records: string[][]): number {
  const nameOctets = name === '' ? 1 : name.split('.').reduce((sum, label) => sum + octetLength(label) + 1, 1);
  const question = nameOctets + 4;
  const answers = records.reduce((sum, strings) => sum + 2 + 10 + strings.reduce((size, text) => size + 1 + octetLength(text), 0), 0);
  return 12 + question + answers;
}

function includesWithoutSpf(node: SpfTreeNode): string[] {
  return node.terms.flatMap((term) => (term.child === null ? [] : term.name === 'include' && term.child.found === 'none' ? [term.child.domain] : includesWithoutSpf(term.child)));
}

export function spfFindings(context: SpfFindingContext): RecordFinding[] {
  const { record, evaluation } = context;
  const out: RecordFinding[] = [];
  for (const error of record.errors) out.push(finding('spf-syntax', 'error', `${error.en}: a permerror.`, `${error.de}: ein permerror.`));
  for (const term of record.terms.filter((t) => t.error)) out.push(finding('spf-syntax', 'error', `"${term.text}": ${term.error!.en}: a permerror.`, `„${term.text}“: ${term.error!.de}: ein permerror.`));
  const spfCount = (context.published ?? []).filter((strings) => /^v=spf1( |$)/i.test(strings.join(''))).length;
  if (spfCount > 1) out.push(finding('spf-two-records', 'error', `${spfCount} SPF records at one name: RFC 7208 §4.5 makes that a permerror for every message. Merge them into one.`, `${spfCount} SPF-Einträge unter einem Namen: nach RFC 7208 §4.5 ein permerror für jede Nachricht. Zu einem zusammenführen.`));
  const long = context.strings.filter((text) => octetLength(text) > STRING_OCTETS);
  if (long.length > 0) out.push(finding('spf-long-string', 'error', `A string of ${octetLength(long[0]!)} octets: one TXT character-string holds at most 255 (RFC 1035 §3.3). Publish it split into strings of 255 octets or less, "…" "…"; receivers join them with nothing (RFC 7208 §3.3).`, `Eine Zeichenkette mit ${octetLength(long[0]!)} Oktetten: eine TXT-Zeichenkette fasst höchstens 255 (RFC 1035 §3.3). In Zeichenketten zu höchstens 255 Oktetten aufgeteilt veröffentlichen, "…" "…"; Empfänger fügen sie ohne Trenner zusammen (RFC 7208 §3.3).`));
  const size = answerOctets(context.name ?? '', context.published ?? [context.strings]);
  if (size > UDP_ANSWER_OCTETS) out.push(finding('spf-answer-512', 'warning', `The TXT answer is about ${size} octets, over 512: receivers without EDNS must retry over TCP, and some give temperror (RFC 7208 §3.4). Shorten the record or move other TXT records away from this name.`, `Die TXT-Antwort hat etwa ${size} Oktette, über 512: Empfänger ohne EDNS müssen per TCP neu fragen, manche geben temperror (RFC 7208 §3.4). Den Eintrag kürzen oder andere TXT-Einträge von diesem Namen entfernen.`));
  const mechanisms = record.terms.filter((term) => term.kind === 'mechanism');
  if (mechanisms.some((term) => term.name === 'ptr')) out.push(finding('spf-ptr', 'warning', '"ptr" is slow, depends on reverse DNS the sender may not control, and RFC 7208 §5.5 says it SHOULD NOT be used; some receivers ignore it. Name the addresses with ip4:/ip6: or a.', '„ptr“ ist langsam, hängt von Reverse-DNS ab, das der Absender oft nicht verwaltet, und RFC 7208 §5.5 sagt, es SHOULD NOT be used; manche Empfänger ignorieren es. Die Adressen mit ip4:/ip6: oder a nennen.'));
  const all = mechanisms.find((term) => term.name === 'all');
  const redirect = record.terms.find((term) => term.kind === 'modifier' && term.name === 'redirect');
  if (all?.qualifier === '+') out.push(finding('spf-plus-all', 'error', `"${all.text}" lets every server on the Internet pass as this domain: the record authorises nobody in particular.`, `„${all.text}“ lässt jeden Server im Internet als diese Domain durch: der Eintrag erlaubt niemand Bestimmtes.`));
  if (all?.qualifier === '?') out.push(finding('spf-neutral-all', 'warning', '"?all" gives neutral to everyone not named: receivers treat that as no SPF at all (RFC 7208 §8.2). Use ~all, or -all once every sender is listed.', '„?all“ gibt allen nicht Genannten neutral: Empfänger behandeln das wie gar kein SPF (RFC 7208 §8.2). ~all verwenden, oder -all, sobald alle Absender genannt sind.'));
  if (all?.qualifier === '-') out.push(finding('spf-dash-all', 'note', '"-all" fails every server not named. That is right once all your senders are listed, but it breaks mail that is forwarded to another provider, mail sent through mailing lists that keep your envelope sender, and "recommend this page" forms that send in a visitor\'s name. Many start with ~all and rely on DKIM and DMARC, which survive forwarding.', '„-all“ lässt jeden nicht genannten Server durchfallen. Das ist richtig, sobald alle Absender genannt sind, bricht aber Weiterleitungen zu einem anderen Anbieter, Mailinglisten, die den Envelope-Absender nicht umschreiben, und „Seite empfehlen“-Formulare, die im Namen des Besuchers senden. Viele beginnen mit ~all und verlassen sich auf DKIM und DMARC, die Weiterleitungen überstehen.'));
  if (!all && !redirect) out.push(finding('spf-no-all', 'warning', 'Neither "all" nor "redirect=": every server not named gets neutral (RFC 7208 §4.7). End the record with ~all or -all.', 'Weder „all“ noch „redirect=“: jeder nicht genannte Server erhält neutral (RFC 7208 §4.7). Den Eintrag mit ~all oder -all beenden.'));
  if (all && redirect) out.push(finding('spf-redirect-ignored', 'note', `"${redirect.text}" is never used: with "all" in the record, redirect= is ignored (RFC 7208 §6.1).`, `„${redirect.text}“ wird nie verwendet: mit „all“ im Eintrag wird redirect= ignoriert (RFC 7208 §6.1).`));
  if (all && mechanisms.indexOf(all) < mechanisms.length - 1) out.push(finding('spf-after-all', 'warning', `Terms after "${all.text}" are never evaluated (RFC 7208 §5.1).`, `Terme nach „${all.text}“ werden nie ausgewertet (RFC 7208 §5.1).`));
  if (evaluation) {
    if (evaluation.lookups > evaluation.limits.lookups) out.push(finding('spf-lookup-limit', 'error', `${evaluation.lookups} DNS lookups when every include and redirect is followed: over the limit of 10 (RFC 7208 §4.6.4), first passed at ${evaluation.overLimit?.at ?? '—'}. Receivers stop there with permerror. Remove includes you do not use, or flatten (see the generator).`, `${evaluation.lookups} DNS-Abfragen, wenn jedem include und redirect gefolgt wird: über der Grenze von 10 (RFC 7208 §4.6.4), zuerst überschritten bei ${evaluation.overLimit?.at ?? '—'}. Empfänger hören dort mit permerror auf. Unbenutzte includes entfernen oder abflachen (siehe Generator).`));
    if (evaluation.voidLookups > evaluation.limits.voidLookups) out.push(finding('spf-void-limit', 'error', `${evaluation.voidLookups} lookups find no name or no record: over the limit of 2 void lookups (RFC 7208 §4.6.4), so receivers give permerror.`, `${evaluation.voidLookups} Abfragen finden keinen Namen oder keinen Eintrag: über der Grenze von 2 leeren Abfragen (RFC 7208 §4.6.4), Empfänger geben permerror.`));
    for (const domain of includesWithoutSpf(evaluation.root)) out.push(finding('spf-include-none', 'error', `include:${domain} — ${domain} publishes no SPF record, so the include is a permerror (RFC 7208 §5.2) for every client that reaches it.`, `include:${domain} — ${domain} veröffentlicht keinen SPF-Eintrag, das include ist also ein permerror (RFC 7208 §5.2) für jeden Client, der es erreicht.`));
  }
  return out;
}

/**
 * RFC 4408 also allowed the record as DNS type SPF (99); RFC 7208 §3.1
 * removed it and §14.1 made it obsolete: receivers read TXT only. A zone
 * that still has one is told, the more so when it says something else.
 */
export function spfTypeFindings(domain: string, records: string[][]): RecordFinding[] {
  const spf = records.filter((strings) => /^v=spf1( |$)/i.test(strings.join('')));
  if (spf.length === 0) return [];
  const text = spf[0]!.join('');
  return [
    finding(
      'spf-rr-type',
      'warning',
      `${domain} still publishes a record of the obsolete DNS type SPF (99): "${text}". RFC 7208 §3.1 removed that type and receivers read TXT only, so this one is ignored — and misleads whoever edits it instead of the TXT record. Delete it from the zone.`,
      `${domain} veröffentlicht noch einen Eintrag des veralteten DNS-Typs SPF (99): „${text}“. RFC 7208 §3.1 hat diesen Typ gestrichen, Empfänger lesen nur TXT; dieser wird also ignoriert — und führt in die Irre, wer ihn statt des TXT-Eintrags ändert. Aus der Zone löschen.`,
    ),
  ];
}
