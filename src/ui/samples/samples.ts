// Sample messages to try Mail Lab with, each with the DNS answers it needs
// frozen beside it, so a sample gives the same verdict offline, in class,
// years from now. Loaded only when chosen, to keep the first paint small.
// The files are made by test/cases/generate/samples-ui.ts from the same
// definitions as the fixture cases test/cases/sample-*, which the Node and
// Chromium runners check; signatures are real, made with the generator's
// test keys, and every name and address is a documentation one.

import type { LocalizedText } from '../../core/analysis.ts';

export interface Sample {
  message: string;
  zone: unknown;
  /** Shortly after the sample was delivered: signatures and delays are checked as of then. */
  now: string;
}

export interface SampleInfo {
  id: string;
  title: LocalizedText;
  load(): Promise<Sample>;
}

async function sample(message: Promise<{ default: string }>, zone: Promise<{ default: unknown }>, now: string): Promise<Sample> {
  const [text, records] = await Promise.all([message, zone]);
  return { message: text.default, zone: records.default, now };
}

export const SAMPLES: SampleInfo[] = [
  {
    // Every role on the path: submission, content filter, relay, LMTP delivery; SPF, DKIM, DMARC pass.
    id: 'normal',
    title: { en: 'A normal message: laptop, company server, recipient’s mailbox', de: 'Eine ganz normale Nachricht: Laptop, Firmenserver, Postfach' },
    load: () => sample(import('./normal.eml?raw'), import('./normal.zone.json'), '2026-11-24T08:30:00Z'),
  },
  {
    // The footer breaks the author's DKIM body hash, SPF is the list's, DMARC fails; the list's ARC seal passes.
    id: 'mailing-list',
    title: { en: 'Through a mailing list: the footer breaks DKIM, ARC records what the list checked', de: 'Über eine Mailingliste: Die Fußzeile macht DKIM ungültig, ARC hält fest, was die Liste geprüft hat' },
    load: () => sample(import('./mailing-list.eml?raw'), import('./mailing-list.zone.json'), '2026-11-23T13:30:00Z'),
  },
  {
    // Look-alike IDN, an address in the display name, Reply-To elsewhere, SPF softfail, no DKIM, a forged Authentication-Results.
    id: 'phishing',
    title: { en: 'Phishing: a look-alike domain and a forged verdict', de: 'Phishing: eine Doppelgänger-Domain und ein gefälschtes Prüfergebnis' },
    load: () => sample(import('./phishing.eml?raw'), import('./phishing.zone.json'), '2026-11-26T07:00:00Z'),
  },
  {
    // Postfix DSN (RFC 3464), 5.1.1 user unknown, with the signed original returned whole.
    id: 'bounce',
    title: { en: 'A bounce: the recipient’s address does not exist (5.1.1)', de: 'Unzustellbar: Die Empfängeradresse gibt es nicht (5.1.1)' },
    load: () => sample(import('./bounce.eml?raw'), import('./bounce.zone.json'), '2026-11-23T16:00:00Z'),
  },
  {
    // postgrey's X-Greylist and a retry-sized delay at the boundary; one server's clock runs five minutes fast.
    id: 'greylisting',
    title: { en: 'Greylisted and slow: a retry after 21 minutes, and a server clock that runs fast', de: 'Greylisting und Verspätung: zweiter Versuch nach 21 Minuten, und eine Serveruhr geht vor' },
    load: () => sample(import('./greylisting.eml?raw'), import('./greylisting.zone.json'), '2026-11-25T10:00:00Z'),
  },
  {
    // Exchange Online's MAPI and internal hops and X-MS-* fields, then Gmail; two ARC sets (Microsoft, Google).
    id: 'office365',
    title: { en: 'From Microsoft 365 to Gmail: Exchange inside, Google outside', de: 'Von Microsoft 365 zu Gmail: Exchange innen, Google außen' },
    load: () => sample(import('./office365.eml?raw'), import('./office365.zone.json'), '2026-11-26T13:30:00Z'),
  },
];
