// Virus scanners, content filters and greylisting: amavisd-new, ClamAV,
// milter-greylist, postgrey, SQLgrey, and the appliances of Proofpoint,
// Cisco IronPort and Trend Micro. Their vendors document the names; what
// each opaque value inside encodes mostly they do not.

import { findGreylisting } from '../hops/greylisting.ts';
import { finding, part, text, vendor, type CatalogueEntry, type ExplainContext, type Explained } from './catalogue-entry.ts';

// The X-Greylist formats are read by the Received-chain code, which also
// ties the delay to a hop; the field's own explanation reuses that reader.
function explainGreylist(_value: string, context: ExplainContext): Explained {
  const [evidence] = findGreylisting([context.fields[context.index]!], [], null, null);
  if (!evidence) return {};
  const parts = [];
  if (evidence.delaySeconds !== null) parts.push(part('delay', `${evidence.delaySeconds} s`, evidence.text));
  if (evidence.software) parts.push(part('software', evidence.software, null));
  if (parts.length === 0) parts.push(part('form', 'unrecognised', evidence.text, 'unknown'));
  return { parts };
}

function explainVirusStatus(value: string): Explained {
  if (/infected|virus found|\bfound\b/i.test(value) && !/clean/i.test(value)) {
    return { findings: [finding('virus-found', 'error', text(`A virus scanner reported: ${value.trim().slice(0, 200)}`, `Ein Virenscanner meldete: ${value.trim().slice(0, 200)}`))] };
  }
  return {};
}

export const CONTENT_FILTER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-virus-scanned',
    names: ['x-virus-scanned', 'x-viruschecked', 'x-virus-checked'],
    references: [vendor('amavisd-new: X-Virus-Scanned ($X_HEADER_LINE)', 'https://www.ijs.si/software/amavisd/amavisd-new-docs.html')],
    summary: text(
      'A virus scanner (amavisd-new, ClamAV, a provider\'s gateway) checked the message, and says so with its name and host. It does not say the result.',
      'Ein Virenscanner (amavisd-new, ClamAV, das Gateway eines Anbieters) hat die Nachricht geprüft und nennt sich mit Namen und Host. Das Ergebnis steht hier nicht.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'x-virus-status',
    names: ['x-virus-status', 'x-dti-virus-check', 'x-zoho-virus-status', 'x-gmx-antivirus'],
    references: [vendor('clamav-milter: X-Virus-Status', 'https://docs.clamav.net/manual/Usage/Scanning.html#clamav-milter')],
    summary: text('The result of a virus scan: "Clean", or "Infected" with the name of what was found.', 'Das Ergebnis eines Virenscans: „Clean“ oder „Infected“ mit dem Namen des Fundes.'),
    knowledge: 'documented',
    explain: explainVirusStatus,
  },
  {
    id: 'x-amavis',
    names: [],
    pattern: /^x-amavis-/,
    references: [vendor('amavisd-new documentation', 'https://www.ijs.si/software/amavisd/amavisd-new-docs.html')],
    summary: text(
      'amavisd-new, the content filter between the mail server and virus and spam scanners: X-Amavis-Alert names what it blocked, X-Amavis-Modified says it changed the message, X-Amavis-Hold that it held it.',
      'amavisd-new, der Inhaltsfilter zwischen Mailserver und Viren- und Spamscannern: X-Amavis-Alert nennt, was er blockierte, X-Amavis-Modified, dass er die Nachricht veränderte, X-Amavis-Hold, dass er sie zurückhielt.',
    ),
    knowledge: 'documented',
    explain: (value) => (/INFECTED|BANNED|SPAM/i.test(value) ? { findings: [finding('amavis-alert', 'warning', text(`amavisd-new reported: ${value.trim().slice(0, 200)}`, `amavisd-new meldete: ${value.trim().slice(0, 200)}`))] } : {}),
  },
  {
    id: 'x-greylist',
    names: ['x-greylist'],
    references: [vendor('milter-greylist', 'https://hcpnet.free.fr/milter-greylist/'), vendor('postgrey', 'https://postgrey.schweikert.ch/')],
    summary: text(
      'Greylisting: the receiver refused the first delivery attempt temporarily, because real mail servers retry and many spam tools do not. The field says how long the message was held up.',
      'Greylisting: Der Empfänger hat den ersten Zustellversuch vorübergehend abgewiesen, weil echte Mailserver es erneut versuchen und viele Spam-Werkzeuge nicht. Das Feld sagt, wie lange die Nachricht aufgehalten wurde.',
    ),
    knowledge: 'documented',
    explain: explainGreylist,
  },
  {
    id: 'proofpoint',
    names: [],
    pattern: /^x-proofpoint-/,
    references: [vendor('Proofpoint Email Protection', 'https://www.proofpoint.com/us/products/email-security-and-protection')],
    summary: text(
      'Proofpoint\'s gateway: X-Proofpoint-Spam-Details lists its rule scores and X-Proofpoint-Virus-Version its engine versions. Proofpoint does not publish what each value means.',
      'Das Gateway von Proofpoint: X-Proofpoint-Spam-Details listet seine Regelwerte, X-Proofpoint-Virus-Version die Engine-Versionen. Proofpoint veröffentlicht nicht, was jeder Wert bedeutet.',
    ),
    knowledge: 'inferred',
    explain: (value) => ({
      parts: [...value.matchAll(/\b([a-z]{2,30})=(-?\d{1,10})\b/g)].slice(0, 40).map((m) => part(m[1]!, m[2]!, null, 'unknown')),
    }),
  },
  {
    id: 'ironport',
    names: ['x-ironport-av', 'x-ironport-anti-spam-filtered', 'x-ironport-anti-spam-result', 'ironport-sdr', 'ironport-data', 'ironport-hdrordr', 'ironport-phdr', 'x-ipas-result'],
    references: [vendor('Cisco Secure Email: message headers', 'https://www.cisco.com/c/en/us/support/security/email-security-appliance/series.html')],
    summary: text(
      'Cisco Secure Email (IronPort) gateway: whether its anti-spam and anti-virus engines scanned the message; the encoded values are Cisco-internal and undocumented.',
      'Das Gateway Cisco Secure Email (IronPort): ob seine Anti-Spam- und Anti-Viren-Engines die Nachricht prüften; die kodierten Werte sind Cisco-intern und undokumentiert.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'kaspersky',
    names: [],
    pattern: /^x-(?:klms|kims|rlms|rims|ksmg|kse)-/,
    references: [vendor('Kaspersky Secure Mail Gateway: X-headers', 'https://support.kaspersky.com/KSMG/2.0.1/en-US/205767.htm')],
    summary: text(
      'Kaspersky\'s mail gateway: rule IDs, the action taken, anti-virus and anti-spam status, rate and method, sender authentication.',
      'Das Mail-Gateway von Kaspersky: Regelkennungen, ergriffene Aktion, Anti-Viren- und Anti-Spam-Status, Bewertung und Verfahren, Absenderauthentifizierung.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'security-gateways',
    names: ['x-brightmail-tracker', 'x-nai-header', 'x-sophos-senderhistory', 'x-spasign', 'x-mantsh', 'x-starscan-received', 'x-starscan-version', 'x-mx-bounce'],
    pattern: /^x-(?:barracuda|mimecast|sophos|messagelabs|sasi|mxl)-/,
    references: [{ title: 'RFC 6648 (private X- fields; the vendors publish no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' }],
    summary: text(
      'Marks of security gateways (Symantec/Broadcom Brightmail and MessageLabs StarScan, McAfee and MX Logic, Sophos, Barracuda, Mimecast): the message passed such a filter. Their values are the vendor\'s own and undocumented.',
      'Spuren von Sicherheits-Gateways (Symantec/Broadcom Brightmail und MessageLabs StarScan, McAfee und MX Logic, Sophos, Barracuda, Mimecast): Die Nachricht lief durch einen solchen Filter. Ihre Werte sind herstellereigen und undokumentiert.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'trend-micro',
    names: ['x-imss-scan-details'],
    pattern: /^x-(?:tm-as-|tmase-)/,
    references: [vendor('Trend Micro: X-headers added by the Anti-spam engine', 'https://docs.trendmicro.com/')],
    summary: text(
      'Trend Micro\'s scanner: X-TM-AS-Result and X-TMASE-Result carry its spam verdict and score; the codes inside are only partly documented.',
      'Der Scanner von Trend Micro: X-TM-AS-Result und X-TMASE-Result tragen sein Spam-Urteil und seine Punktzahl; die Codes darin sind nur teilweise dokumentiert.',
    ),
    knowledge: 'inferred',
  },
];
