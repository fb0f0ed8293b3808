// DNS blocklists (RFC 5782) and what their answers mean, as each list
// documents them. A list answers a listed address or domain with an A
// record in 127.0.0.0/8 whose last octets say why; nothing (NXDOMAIN) means
// not listed. Some answers are not listings at all but refusals: Spamhaus
// answers 127.255.255.254 to queries that reach it through a public
// resolver (as every DNS-over-HTTPS resolver a page can use is), .252 to a
// mistyped zone and .255 to too many queries; the DBL answers 127.0.1.255
// to an address asked as a domain. Those are reported as "cannot tell
// through this resolver", never as listed and never as clean.
//
// Sources (facts only): Spamhaus "Available Zones" return-code table
// (docs.spamhaus.com, datasets/040-zones) and its public-mirror notice on
// the 127.255.255.x codes; SpamCop, PSBL, Barracuda, Mailspike and
// UCEPROTECT each document 127.0.0.2 as "listed".

import type { LocalizedText } from '../analysis.ts';

export type BlocklistKind = 'ip' | 'domain';

export interface BlocklistCode {
  /** The A record's address, e.g. "127.0.0.2". */
  code: string;
  meaning: LocalizedText;
  /** listed: the list lists it; refusal: the list refused to answer this query. */
  kind: 'listed' | 'refusal';
}

export interface Blocklist {
  id: string;
  name: string;
  zone: string;
  kind: BlocklistKind;
  /** The list answers IPv6 queries (RFC 5782 §2.4 nibble form). */
  ipv6: boolean;
  /** Where a listed party looks itself up and asks for removal. */
  lookup: string;
  codes: BlocklistCode[];
  /** What a refusal or no answer means for this list, and what to do. */
  refusalAdvice: LocalizedText;
}

const SPAMHAUS_REFUSALS: BlocklistCode[] = [
  { code: '127.255.255.252', kind: 'refusal', meaning: { en: 'Spamhaus: typing error in the DNSBL name', de: 'Spamhaus: Tippfehler im DNSBL-Namen' } },
  { code: '127.255.255.254', kind: 'refusal', meaning: { en: 'Spamhaus: query through a public or open resolver, refused', de: 'Spamhaus: Anfrage über einen öffentlichen oder offenen Resolver, abgewiesen' } },
  { code: '127.255.255.255', kind: 'refusal', meaning: { en: 'Spamhaus: excessive number of queries, refused', de: 'Spamhaus: zu viele Anfragen, abgewiesen' } },
];

const SPAMHAUS_ADVICE: LocalizedText = {
  en: 'Spamhaus does not answer queries that come through public resolvers, which every DNS-over-HTTPS resolver a browser can reach is. Look the address up at https://check.spamhaus.org/ instead, or query from a mail server with its own recursive resolver (dig +short 7.2.0.192.zen.spamhaus.org), or with a Spamhaus DQS key.',
  de: 'Spamhaus beantwortet keine Anfragen über öffentliche Resolver, und jeder DNS-over-HTTPS-Resolver, den ein Browser erreicht, ist einer. Die Adresse stattdessen unter https://check.spamhaus.org/ nachschlagen, oder von einem Mailserver mit eigenem rekursivem Resolver fragen (dig +short 7.2.0.192.zen.spamhaus.org), oder mit einem Spamhaus-DQS-Schlüssel.',
};

const LISTED_2 = (list: string): BlocklistCode[] => [{ code: '127.0.0.2', kind: 'listed', meaning: { en: `listed by ${list}`, de: `von ${list} gelistet` } }];

export const GENERIC_ADVICE = (list: string, lookup: string): LocalizedText => ({
  en: `${list} gave no usable answer through this resolver. Look the address up at ${lookup}, or query from a server with its own resolver.`,
  de: `${list} gab über diesen Resolver keine verwertbare Antwort. Die Adresse unter ${lookup} nachschlagen oder von einem Server mit eigenem Resolver fragen.`,
});

const code = (address: string, en: string, de: string): BlocklistCode => ({ code: address, kind: 'listed', meaning: { en, de } });

export const DEFAULT_BLOCKLISTS: readonly Blocklist[] = [
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    zone: 'zen.spamhaus.org',
    kind: 'ip',
    ipv6: true,
    lookup: 'https://check.spamhaus.org/',
    codes: [
      code('127.0.0.2', 'SBL: a known spam source or spam operation', 'SBL: bekannte Spam-Quelle oder Spam-Betrieb'),
      code('127.0.0.3', 'SBL CSS: snowshoe spam, listed automatically', 'SBL CSS: Snowshoe-Spam, automatisch gelistet'),
      code('127.0.0.4', 'XBL: an exploited or infected host (CBL data)', 'XBL: ein gekaperter oder infizierter Rechner (CBL-Daten)'),
      code('127.0.0.5', 'XBL (code reserved, currently unused)', 'XBL (Code reserviert, derzeit unbenutzt)'),
      code('127.0.0.6', 'XBL (code reserved, currently unused)', 'XBL (Code reserviert, derzeit unbenutzt)'),
      code('127.0.0.7', 'XBL (code reserved, currently unused)', 'XBL (Code reserviert, derzeit unbenutzt)'),
      code('127.0.0.9', 'DROP: a hijacked or criminal network (always with SBL)', 'DROP: gekapertes oder kriminelles Netz (immer mit SBL)'),
      code('127.0.0.10', 'PBL, set by the ISP: this range should not send mail directly', 'PBL, vom Provider gesetzt: dieser Bereich soll Mail nicht direkt senden'),
      code('127.0.0.11', 'PBL, set by Spamhaus: this range should not send mail directly', 'PBL, von Spamhaus gesetzt: dieser Bereich soll Mail nicht direkt senden'),
      code('127.0.0.30', 'BCL: a botnet controller', 'BCL: ein Botnetz-Steuerserver'),
      ...SPAMHAUS_REFUSALS,
    ],
    refusalAdvice: SPAMHAUS_ADVICE,
  },
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    zone: 'dbl.spamhaus.org',
    kind: 'domain',
    ipv6: false,
    lookup: 'https://check.spamhaus.org/',
    codes: [
      code('127.0.1.2', 'low-reputation (spam) domain', 'Domain mit schlechtem Ruf (Spam)'),
      code('127.0.1.4', 'phishing domain', 'Phishing-Domain'),
      code('127.0.1.5', 'malware domain', 'Schadsoftware-Domain'),
      code('127.0.1.6', 'botnet command-and-control domain', 'Botnetz-Steuerdomain'),
      code('127.0.1.102', 'abused legitimate domain (spam)', 'missbrauchte legitime Domain (Spam)'),
      code('127.0.1.103', 'abused legitimate redirector', 'missbrauchter legitimer Umleiter'),
      code('127.0.1.104', 'abused legitimate domain (phishing)', 'missbrauchte legitime Domain (Phishing)'),
      code('127.0.1.105', 'abused legitimate domain (malware)', 'missbrauchte legitime Domain (Schadsoftware)'),
      code('127.0.1.106', 'abused legitimate domain (botnet C&C)', 'missbrauchte legitime Domain (Botnetz-Steuerung)'),
      { code: '127.0.1.255', kind: 'refusal', meaning: { en: 'DBL: an IP address was asked of a domain list', de: 'DBL: eine IP-Adresse wurde bei einer Domain-Liste angefragt' } },
      ...SPAMHAUS_REFUSALS,
    ],
    refusalAdvice: SPAMHAUS_ADVICE,
  },
  { id: 'spamcop', name: 'SpamCop', zone: 'bl.spamcop.net', kind: 'ip', ipv6: false, lookup: 'https://www.spamcop.net/bl.shtml', codes: LISTED_2('SpamCop'), refusalAdvice: GENERIC_ADVICE('SpamCop', 'https://www.spamcop.net/bl.shtml') },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation',
    zone: 'b.barracudacentral.org',
    kind: 'ip',
    ipv6: false,
    lookup: 'https://www.barracudacentral.org/lookups',
    codes: LISTED_2('Barracuda'),
    refusalAdvice: {
      en: 'Barracuda answers only DNS servers registered with it; a public resolver may get no answer. Look the address up at https://www.barracudacentral.org/lookups.',
      de: 'Barracuda antwortet nur bei ihm registrierten DNS-Servern; ein öffentlicher Resolver bekommt womöglich keine Antwort. Die Adresse unter https://www.barracudacentral.org/lookups nachschlagen.',
    },
  },
  { id: 'psbl', name: 'PSBL (Passive Spam Block List)', zone: 'psbl.surriel.com', kind: 'ip', ipv6: false, lookup: 'https://psbl.org/', codes: LISTED_2('PSBL'), refusalAdvice: GENERIC_ADVICE('PSBL', 'https://psbl.org/') },
  { id: 'mailspike', name: 'Mailspike', zone: 'bl.mailspike.net', kind: 'ip', ipv6: false, lookup: 'https://mailspike.io/', codes: LISTED_2('Mailspike'), refusalAdvice: GENERIC_ADVICE('Mailspike', 'https://mailspike.io/') },
  { id: 'uceprotect-1', name: 'UCEPROTECT level 1', zone: 'dnsbl-1.uceprotect.net', kind: 'ip', ipv6: false, lookup: 'https://www.uceprotect.net/en/rblcheck.php', codes: LISTED_2('UCEPROTECT'), refusalAdvice: GENERIC_ADVICE('UCEPROTECT', 'https://www.uceprotect.net/en/rblcheck.php') },
];

/** The settings a user keeps: which lists, by zone; a known zone brings its code table (blocklist-choice.ts). */
export interface BlocklistChoice {
  zone: string;
  kind: BlocklistKind;
}

export const DEFAULT_BLOCKLIST_CHOICES: readonly BlocklistChoice[] = DEFAULT_BLOCKLISTS.map((list) => ({ zone: list.zone, kind: list.kind }));
