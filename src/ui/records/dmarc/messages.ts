// The DMARC bench's texts (src/ui/records/dmarc).

export const DMARC_EN = {
  'records.dmarc.intro': 'Paste a DMARC record or name a domain: every tag explained and the report addresses checked. Or write a policy, step by step from none to reject.',
} as const;

export const DMARC_DE: Record<keyof typeof DMARC_EN, string> = {
  'records.dmarc.intro': 'Fügen Sie einen DMARC-Eintrag ein oder nennen Sie eine Domain: jedes Tag erklärt und die Berichtsadressen geprüft. Oder schreiben Sie eine Richtlinie, Schritt für Schritt von none bis reject.',
};
