// What the DMARC bench warns about: a record receivers ignore (no v=DMARC1
// first, no valid p=, RFC 7489 §6.6.3), values out of range, report
// addresses that are broken or unauthorised (§7.1), and what a policy
// means for the roll-out (p=none only watches; pct/t soften it).

import { finding, type RecordFinding } from '../record-finding.ts';
import type { DmarcTagRow } from './check-dmarc.ts';
import type { ReportUri } from './report-uris.ts';

export interface DmarcFindingContext {
  record: string;
  rows: DmarcTagRow[];
  unknownTags: string[];
  tagErrors: string[];
  reportUris: ReportUri[];
  publishedCount: number;
  domainKnown: boolean;
}

export function dmarcFindings(context: DmarcFindingContext): RecordFinding[] {
  const out: RecordFinding[] = [];
  const row = (name: string) => context.rows.find((r) => r.name === name)!;
  if (!/^\s*v\s*=\s*DMARC1\s*(;|$)/.test(context.record)) out.push(finding('dmarc-version', 'error', 'The record must start with "v=DMARC1;" — receivers ignore it otherwise (RFC 7489 §6.3).', 'Der Eintrag muss mit „v=DMARC1;“ beginnen — sonst ignorieren ihn Empfänger (RFC 7489 §6.3).'));
  if (context.publishedCount > 1) out.push(finding('dmarc-two-records', 'error', `${context.publishedCount} DMARC records: receivers then apply none (RFC 7489 §6.6.3).`, `${context.publishedCount} DMARC-Einträge: Empfänger wenden dann keinen an (RFC 7489 §6.6.3).`));
  for (const error of context.tagErrors) out.push(finding('dmarc-syntax', 'error', `Tag list: ${error} (RFC 7489 §6.4).`, `Tag-Liste: ${error} (RFC 7489 §6.4).`));
  for (const r of context.rows.filter((r) => r.problem)) out.push(finding('dmarc-value', r.name === 'p' ? 'error' : 'warning', `${r.problem!.en}.`, `${r.problem!.de}.`));
  const p = row('p');
  if (p.value === null) out.push(finding('dmarc-no-policy', 'error', 'No p=: the record is invalid without a policy (RFC 7489 §6.3); a receiver may treat it as p=none at best.', 'Kein p=: ohne Richtlinie ist der Eintrag ungültig (RFC 7489 §6.3); ein Empfänger behandelt ihn bestenfalls wie p=none.'));
  else if (p.value.toLowerCase() === 'none') out.push(finding('dmarc-monitor', 'note', 'p=none only watches: failing mail is delivered as before and reported. Right for the start; move on to quarantine once the reports show only your own servers.', 'p=none beobachtet nur: durchfallende Mail wird wie bisher zugestellt und berichtet. Richtig für den Anfang; zu quarantine wechseln, sobald die Berichte nur eigene Server zeigen.'));
  const pct = row('pct').value;
  if (pct !== null && Number(pct) < 100) out.push(finding('dmarc-pct', 'note', `pct=${pct}: the policy applies to ${pct}% of failing mail, the rest gets the next milder one. A roll-out step; RFC 9989 (DMARCbis) drops pct for t=y.`, `pct=${pct}: die Richtlinie gilt für ${pct} % der durchfallenden Mail, der Rest erhält die nächst mildere. Ein Einführungsschritt; RFC 9989 (DMARCbis) ersetzt pct durch t=y.`));
  if (row('rua').value === null) out.push(finding('dmarc-no-rua', 'warning', 'No rua=: nobody sends you aggregate reports, so you cannot see who sends as your domain before tightening the policy.', 'Kein rua=: niemand sendet Ihnen Sammelberichte, Sie sehen also nicht, wer als Ihre Domain sendet, bevor Sie die Richtlinie verschärfen.'));
  if (row('ruf').value !== null) out.push(finding('dmarc-ruf', 'note', 'ruf= asks for failure reports with message content: few receivers send them (privacy), and those that do may send personal data of your correspondents.', 'ruf= fordert Fehlerberichte mit Nachrichteninhalt an: wenige Empfänger senden sie (Datenschutz), und die es tun, senden evtl. personenbezogene Daten.'));
  for (const uri of context.reportUris) {
    if (uri.problem) out.push(finding('dmarc-uri', 'error', `${uri.tag}: ${uri.problem.en}.`, `${uri.tag}: ${uri.problem.de}.`));
    const auth = uri.authorisation;
    if (auth?.status === 'not-authorised') out.push(finding('dmarc-uri-unauthorised', 'error', `${uri.address} is in another organisation, and ${auth.name} holds no "v=DMARC1" record: receivers send it no reports (RFC 7489 §7.1). Its owner must publish ${auth.name}. IN TXT "v=DMARC1".`, `${uri.address} liegt in einer anderen Organisation, und ${auth.name} enthält keinen „v=DMARC1“-Eintrag: Empfänger senden dorthin keine Berichte (RFC 7489 §7.1). Dessen Inhaber muss ${auth.name}. IN TXT "v=DMARC1" veröffentlichen.`));
    if (auth?.status === 'authorised') out.push(finding('dmarc-uri-authorised', 'note', `${uri.address} is in another organisation and authorises these reports at ${auth.name} (RFC 7489 §7.1).`, `${uri.address} liegt in einer anderen Organisation und erlaubt diese Berichte unter ${auth.name} (RFC 7489 §7.1).`));
    if (auth?.status === 'cannot-tell') out.push(finding('dmarc-uri-unknown', 'warning', `${auth.name} could not be looked up: whether ${uri.address} accepts the reports is unknown.`, `${auth.name} konnte nicht abgefragt werden: ob ${uri.address} die Berichte annimmt, ist unbekannt.`));
  }
  if (!context.domainKnown && context.reportUris.some((uri) => uri.address !== null)) out.push(finding('dmarc-uri-unchecked', 'note', 'The domain is not known (paste the zone line with its _dmarc name, or name the domain), so report addresses in other organisations were not checked for their authorisation (RFC 7489 §7.1).', 'Die Domain ist unbekannt (die Zonenzeile mit ihrem _dmarc-Namen einfügen oder die Domain nennen), daher wurde die Berechtigung von Berichtsadressen in anderen Organisationen nicht geprüft (RFC 7489 §7.1).'));
  for (const name of context.unknownTags) out.push(finding('dmarc-unknown-tag', 'warning', `${name}= is no DMARC tag: receivers ignore it (RFC 7489 §6.3).`, `${name}= ist kein DMARC-Tag: Empfänger ignorieren es (RFC 7489 §6.3).`));
  return out;
}
