// The DKIM bench's texts (src/ui/records/dkim).

export const DKIM_EN = {
  'records.dkim.intro': 'Paste a DKIM record (or what opendkim-genkey wrote), or name a domain and selector: every tag explained and the key read. Or make a key pair in this page.',
} as const;

export const DKIM_DE: Record<keyof typeof DKIM_EN, string> = {
  'records.dkim.intro': 'Fügen Sie einen DKIM-Eintrag ein (oder was opendkim-genkey geschrieben hat) oder nennen Sie Domain und Selektor: jedes Tag erklärt und der Schlüssel gelesen. Oder erzeugen Sie ein Schlüsselpaar in dieser Seite.',
};
