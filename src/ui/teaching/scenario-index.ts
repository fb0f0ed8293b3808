// The scenario library's table of contents: every scenario's name and
// title, in the order of a course. It is all the page needs before a lesson
// opens; the lessons themselves (scenarios/<name>.ts, with their message and
// DNS snapshot) load when opened, so they cost the first paint nothing.

import type { LocalizedText } from '../../core/analysis.ts';

export interface ScenarioEntry {
  name: string;
  title: LocalizedText;
}

export const SCENARIO_INDEX: ScenarioEntry[] = [
  // The mail path: roles, retrieval, aliases, envelope, lists, greylisting
  { name: 'normal-path', title: { en: 'The normal path: laptop, submission, MX, LMTP, IMAP', de: 'Der normale Weg: Laptop, Einlieferung, MX, LMTP, IMAP' } },
  { name: 'pop3-pull-imap-push', title: { en: 'POP3 pull with fetchmail, and IMAP IDLE push', de: 'POP3-Abholung mit fetchmail und IMAP-IDLE-Push' } },
  { name: 'aliases-expansion', title: { en: '/etc/aliases: postmaster reaches a person', de: '/etc/aliases: postmaster erreicht einen Menschen' } },
  { name: 'bcc-envelope-only', title: { en: 'Bcc: in the envelope, not in the header', de: 'Bcc: im Umschlag, nicht im Kopf' } },
  { name: 'mailman-pipe-alias', title: { en: 'A Mailman pipe alias: the list is a program', de: 'Ein Mailman-Pipe-Alias: Die Liste ist ein Programm' } },
  { name: 'greylisting-postgrey', title: { en: 'Greylisting by postgrey, and the retry', de: 'Greylisting mit postgrey und der zweite Versuch' } },
  // Authentication: SPF, DKIM, DMARC, ARC
  { name: 'forwarding-breaks-spf', title: { en: 'Forwarding breaks SPF, DKIM survives', de: 'Weiterleitung bricht SPF, DKIM überlebt' } },
  { name: 'spf-dash-all-forwarder', title: { en: '-all or ~all? A forwarder meets a strict SPF record', de: '-all oder ~all? Ein Weiterleiter trifft einen strengen SPF-Eintrag' } },
  { name: 'mailing-list-arc', title: { en: 'A mailing-list footer breaks DKIM, ARC carries the verdict', de: 'Die Fußzeile einer Mailingliste bricht DKIM, ARC trägt das Ergebnis weiter' } },
  { name: 'spoofed-from-dmarc-reject', title: { en: 'A spoofed From stopped by DMARC p=reject', de: 'Ein gefälschtes From, gestoppt von DMARC p=reject' } },
  { name: 'opendkim-oversigned-from', title: { en: 'DKIM by OpenDKIM: relaxed/simple and an oversigned From', de: 'DKIM mit OpenDKIM: relaxed/simple und ein übersigniertes From' } },
  { name: 'dkim-revoked-key', title: { en: 'A revoked DKIM key: p= is empty', de: 'Ein widerrufener DKIM-Schlüssel: p= ist leer' } },
  { name: 'web-server-www-data', title: { en: 'Mail from a web server: www-data, a bad HELO, no SPF', de: 'Mail vom Webserver: www-data, ein falsches HELO, kein SPF' } },
  // Bounces
  { name: 'user-unknown', title: { en: 'User unknown: a bounce for a mistyped address (5.1.1)', de: 'Benutzer unbekannt: Rückläufer für eine vertippte Adresse (5.1.1)' } },
  { name: 'mailbox-full', title: { en: 'Mailbox full: refused after DATA (5.2.2)', de: 'Postfach voll: nach DATA abgewiesen (5.2.2)' } },
  { name: 'dnsbl-rejection', title: { en: 'Blocked by a DNS blocklist (554 5.7.1)', de: 'Von einer DNS-Sperrliste abgewiesen (554 5.7.1)' } },
  { name: 'relay-access-denied', title: { en: '"Relay access denied": why a server must not be an open relay', de: '„Relay access denied“: Warum ein Server kein offenes Relay sein darf' } },
];

/** The title of a listed scenario; the lesson modules take theirs from here, so it is written once. */
export function titleOf(name: string): LocalizedText {
  const entry = SCENARIO_INDEX.find((scenario) => scenario.name === name);
  if (!entry) throw new Error(`no scenario ${name} in the index`);
  return entry.title;
}
