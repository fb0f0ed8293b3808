// The redaction switches a share offers, in the order the page lists them,
// with what each one does in both languages. The names are part of the
// share format (a link lists the switches that were on) and of the CLI's
// --redact option, so they never change meaning; a new kind of redaction
// gets a new name.

import type { LocalizedText } from '../analysis.ts';

export const REDACTION_SWITCHES = ['body', 'local-parts', 'addresses', 'display-names', 'ip-addresses', 'internal-hosts', 'message-ids', 'tenant-ids'] as const;

export type RedactionSwitch = (typeof REDACTION_SWITCHES)[number];

export interface RedactionSwitchInfo {
  name: RedactionSwitch;
  label: LocalizedText;
  /** What is replaced, by what, and what the recipient loses. */
  explanation: LocalizedText;
}

export const REDACTION_SWITCH_INFO: Record<RedactionSwitch, RedactionSwitchInfo> = {
  body: {
    name: 'body',
    label: { en: 'Leave out the body', de: 'Nachrichtentext weglassen' },
    explanation: {
      en: 'Only the header is shared. DKIM body hashes can then no longer be checked; the header signatures still can.',
      de: 'Nur der Kopf wird geteilt. DKIM-Body-Hashes lassen sich dann nicht mehr prüfen, die Signaturen über den Kopf weiterhin.',
    },
  },
  'local-parts': {
    name: 'local-parts',
    label: { en: 'Local parts of addresses', de: 'Lokalteile der Adressen' },
    explanation: {
      en: 'The part before the @ becomes user1, user2, …; the domains stay, so SPF and DMARC can still be followed.',
      de: 'Der Teil vor dem @ wird zu user1, user2, …; die Domains bleiben, damit SPF und DMARC nachvollziehbar bleiben.',
    },
  },
  addresses: {
    name: 'addresses',
    label: { en: 'Whole addresses', de: 'Ganze Adressen' },
    explanation: {
      en: 'Every mail address becomes user1@redacted.invalid, … Domains named elsewhere (DKIM d=, the DNS answers) stay.',
      de: 'Jede E-Mail-Adresse wird zu user1@redacted.invalid, … Domains, die anderswo stehen (DKIM d=, die DNS-Antworten), bleiben.',
    },
  },
  'display-names': {
    name: 'display-names',
    label: { en: 'Names of senders and recipients', de: 'Namen von Absendern und Empfängern' },
    explanation: {
      en: 'The display names in From, To, Cc, Reply-To and similar fields become "Person 1", "Person 2", …, here and wherever the same name appears.',
      de: 'Die Anzeigenamen in From, To, Cc, Reply-To und ähnlichen Feldern werden zu „Person 1“, „Person 2“, …, dort und überall, wo derselbe Name vorkommt.',
    },
  },
  'ip-addresses': {
    name: 'ip-addresses',
    label: { en: 'IP addresses', de: 'IP-Adressen' },
    explanation: {
      en: 'Public addresses become documentation addresses (192.0.2.x, 2001:db8::x), private ones other private addresses (10.0.0.x, fd00::x); loopback stays. SPF rules that named a network can then no longer match.',
      de: 'Öffentliche Adressen werden zu Dokumentationsadressen (192.0.2.x, 2001:db8::x), private zu anderen privaten (10.0.0.x, fd00::x); Loopback bleibt. SPF-Regeln, die ein Netz nennen, greifen dann nicht mehr.',
    },
  },
  'internal-hosts': {
    name: 'internal-hosts',
    label: { en: 'Host names of internal hops', de: 'Hostnamen interner Stationen' },
    explanation: {
      en: 'Names of servers inside the receiving organisation (hops between private addresses, .local, .lan, .internal and dotless names) become host-1.redacted.invalid, …',
      de: 'Namen der Server innerhalb der empfangenden Organisation (Stationen zwischen privaten Adressen, .local, .lan, .internal und Namen ohne Punkt) werden zu host-1.redacted.invalid, …',
    },
  },
  'message-ids': {
    name: 'message-ids',
    label: { en: 'Message-IDs', de: 'Message-IDs' },
    explanation: {
      en: 'Message-ID, In-Reply-To, References and their copies in the text become id-1@redacted.invalid, …; a unique part built into other ids (a MIME boundary) becomes id-1 there too',
      de: 'Message-ID, In-Reply-To, References und ihre Kopien im Text werden zu id-1@redacted.invalid, …; ein eindeutiger Teil, der in andere Kennungen eingebaut ist (eine MIME-Grenze), wird auch dort zu id-1',
    },
  },
  'tenant-ids': {
    name: 'tenant-ids',
    label: { en: 'Tenant and account IDs', de: 'Mandanten- und Konto-IDs' },
    explanation: {
      en: 'GUIDs and opaque identifiers in vendor fields (Microsoft X-MS-Exchange-*, X-Microsoft-*, Google X-Google-*, X-Gm-*, Feedback-ID and others) become placeholder IDs. Rule numbers and scores stay.',
      de: 'GUIDs und undurchsichtige Kennungen in Herstellerfeldern (Microsoft X-MS-Exchange-*, X-Microsoft-*, Google X-Google-*, X-Gm-*, Feedback-ID und andere) werden zu Platzhalter-IDs. Regelnummern und Bewertungen bleiben.',
    },
  },
};

/** Reads a comma-separated list such as the CLI's --redact value; returns the unknown names apart. */
export function parseRedactionList(list: string): { switches: RedactionSwitch[]; unknown: string[] } {
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if ((REDACTION_SWITCHES as readonly string[]).includes(name)) wanted.add(name);
    else if (name === 'all') REDACTION_SWITCHES.forEach((s) => wanted.add(s));
    else unknown.push(raw.trim());
  }
  return { switches: REDACTION_SWITCHES.filter((s) => wanted.has(s)), unknown };
}
