// Sample messages to try Mail Lab with, each with the DNS answers it needs
// frozen beside it, so a sample gives the same verdict offline, in class,
// years from now. Loaded only when chosen, to keep the first paint small.

import type { LocalizedText } from '../../core/analysis.ts';

export interface Sample {
  message: string;
  zone: unknown;
  /** The day the sample was signed: signatures are checked as of then. */
  now: string;
}

export interface SampleInfo {
  id: string;
  title: LocalizedText;
  load(): Promise<Sample>;
}

const SIGNED_ON = '2026-11-27T12:00:00Z';

async function sample(message: Promise<{ default: string }>, zone: Promise<{ default: unknown }>): Promise<Sample> {
  const [text, records] = await Promise.all([message, zone]);
  return { message: text.default, zone: records.default, now: SIGNED_ON };
}

export const SAMPLES: SampleInfo[] = [
  {
    id: 'plain',
    title: { en: 'Sent from a laptop through the company server', de: 'Vom Laptop über den Firmenserver verschickt' },
    load: () => sample(import('./plain.eml?raw'), import('./plain.zone.json')),
  },
  {
    id: 'forwarded',
    title: { en: 'Through a mailing list and a forwarder (ARC)', de: 'Über eine Mailingliste und eine Weiterleitung (ARC)' },
    load: () => sample(import('./forwarded.eml?raw'), import('./forwarded.zone.json')),
  },
  {
    id: 'headers-only',
    title: { en: 'Header only, as pasted from a mail client', de: 'Nur der Kopf, wie aus einem Mailprogramm kopiert' },
    load: () => sample(import('./headers-only.eml?raw'), import('./headers-only.zone.json')),
  },
];
