// The SPF bench's texts (src/ui/records/spf).

export const SPF_EN = {
  'records.spf.intro': 'Paste an SPF record or name a domain: every term explained, the lookups it costs, and its pitfalls. Or write a new one below.',
} as const;

export const SPF_DE: Record<keyof typeof SPF_EN, string> = {
  'records.spf.intro': 'Fügen Sie einen SPF-Eintrag ein oder nennen Sie eine Domain: jeder Teil erklärt, die Abfragen, die er kostet, und seine Fallstricke. Oder schreiben Sie unten einen neuen.',
};
