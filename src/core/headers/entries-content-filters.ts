// Virus scanners, content filters and greylisting: amavisd-new, ClamAV,
// milter-greylist, postgrey, SQLgrey, the stamps of the OpenDKIM and
// OpenDMARC milters, and the appliances of Proofpoint, Cisco IronPort and
// Trend Micro. Their vendors document the names; what each opaque value
// inside encodes mostly they do not.

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

// "OpenDKIM Filter v2.11.0 mail.example.com 4Yh8Vr0KpSz9sVx": product, version,
// host, job ID. Bounded pieces, one pass: no backtracking to exploit.
const MILTER_STAMP = /^\s{0,8}([A-Za-z][\w-]{0,40}(?: [A-Za-z][\w-]{0,40}){0,3}) v([0-9][\w.+~-]{0,40}) ([^\s;]{1,255}) ([^\s;]{1,64})\s{0,8}$/;

/**
 * OpenDKIM's and OpenDMARC's SoftwareHeader stamp. The job ID is the MTA's
 * queue ID (Postfix and Sendmail hand it to milters as the macro {i}), so
 * the Received field carrying the same id marks the step the filter ran in.
 */
function explainMilterStamp(value: string, context: ExplainContext): Explained {
  const match = MILTER_STAMP.exec(value);
  if (!match) return { parts: [part('form', value.trim().slice(0, 200), text('Not the "Product Filter vVersion host job-ID" form the filter writes.', 'Nicht die Form „Produkt Filter vVersion Host Job-ID“, die der Filter schreibt.'), 'unknown')] };
  const [, product, version, host, jobId] = match;
  const received = context.fields.find((f) => f.name.toLowerCase() === 'received' && f.value.includes(`id ${jobId}`));
  const job = received
    ? text(`The MTA's queue ID of the message when the filter saw it; the Received field on line ${received.line} has the same id: the filter ran in that step.`, `Die Warteschlangen-ID des MTA, als der Filter die Nachricht sah; das Received-Feld in Zeile ${received.line} hat dieselbe ID: Der Filter lief in diesem Schritt.`)
    : text('The MTA\'s queue ID of the message when the filter saw it; no Received field here carries it.', 'Die Warteschlangen-ID des MTA, als der Filter die Nachricht sah; kein Received-Feld hier trägt sie.');
  return {
    parts: [
      part('software', product!, null),
      part('version', version!, null),
      part('host', host!, text('The host the filter ran on, as it names itself.', 'Der Rechner, auf dem der Filter lief, wie er sich selbst nennt.'), 'inferred'),
      part('job-id', jobId!, job, received ? 'documented' : 'inferred'),
    ],
  };
}

export const CONTENT_FILTER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'dkim-filter',
    names: ['dkim-filter'],
    references: [vendor('opendkim.conf(5): SoftwareHeader', 'http://www.opendkim.org/opendkim.conf.5.html')],
    summary: text(
      'Written by the OpenDKIM milter (with SoftwareHeader on) where it signed or verified the message: its name and version, the host it ran on and the MTA\'s queue ID. It marks the step, not a result; the result is in Authentication-Results.',
      'Vom OpenDKIM-Milter geschrieben (bei eingeschaltetem SoftwareHeader), wo er die Nachricht signierte oder prüfte: Name und Version, der Rechner, auf dem er lief, und die Warteschlangen-ID des MTA. Es markiert den Schritt, kein Ergebnis; das steht in Authentication-Results.',
    ),
    knowledge: 'documented',
    explain: explainMilterStamp,
  },
  {
    id: 'dmarc-filter',
    names: ['dmarc-filter'],
    references: [vendor('opendmarc.conf(5): SoftwareHeader', 'https://github.com/trusteddomainproject/OpenDMARC/blob/master/opendmarc/opendmarc.conf.5.in')],
    summary: text(
      'Written by the OpenDMARC milter (with SoftwareHeader on) where it evaluated DMARC: its name and version, the host it ran on and the MTA\'s queue ID. The verdict itself is in the Authentication-Results it wrote beside it.',
      'Vom OpenDMARC-Milter geschrieben (bei eingeschaltetem SoftwareHeader), wo er DMARC auswertete: Name und Version, der Rechner, auf dem er lief, und die Warteschlangen-ID des MTA. Das Urteil selbst steht im Authentication-Results, das er daneben schrieb.',
    ),
    knowledge: 'documented',
    explain: explainMilterStamp,
  },
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
      'Proofpoint\'s gateway: X-Proofpoint-Spam-Details lists its rule scores and X-Proofpoint-Virus-Version its engine versions. Proofpoint does not publish what each value means. Inferred from the names and the values (rule names with scores, engine versions).',
      'Das Gateway von Proofpoint: X-Proofpoint-Spam-Details listet seine Regelwerte, X-Proofpoint-Virus-Version die Engine-Versionen. Proofpoint veröffentlicht nicht, was jeder Wert bedeutet. Erschlossen aus Namen und Werten (Regelnamen mit Punkten, Engine-Versionen).',
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
      'Cisco Secure Email (IronPort) gateway: whether its anti-spam and anti-virus engines scanned the message; the encoded values are Cisco-internal and undocumented. Inferred from the names and the values seen.',
      'Das Gateway Cisco Secure Email (IronPort): ob seine Anti-Spam- und Anti-Viren-Engines die Nachricht prüften; die kodierten Werte sind Cisco-intern und undokumentiert. Erschlossen aus den Namen und den gesehenen Werten.',
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
      'Marks of security gateways (Symantec/Broadcom Brightmail and MessageLabs StarScan, McAfee and MX Logic, Sophos, Barracuda, Mimecast): the message passed such a filter. Their values are the vendor\'s own and undocumented. Inferred from the names, which carry each vendor\'s product name, and the values.',
      'Spuren von Sicherheits-Gateways (Symantec/Broadcom Brightmail und MessageLabs StarScan, McAfee und MX Logic, Sophos, Barracuda, Mimecast): Die Nachricht lief durch einen solchen Filter. Ihre Werte sind herstellereigen und undokumentiert. Erschlossen aus den Namen, die den Produktnamen des Herstellers tragen, und den Werten.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'trend-micro',
    names: ['x-imss-scan-details'],
    pattern: /^x-(?:tm-as-|tmase-)/,
    references: [vendor('Trend Micro: X-headers added by the Anti-spam engine', 'https://docs.trendmicro.com/')],
    summary: text(
      'Trend Micro\'s scanner: X-TM-AS-Result and X-TMASE-Result carry its spam verdict and score; the codes inside are only partly documented. Inferred from the names and the values seen.',
      'Der Scanner von Trend Micro: X-TM-AS-Result und X-TMASE-Result tragen sein Spam-Urteil und seine Punktzahl; die Codes darin sind nur teilweise dokumentiert. Erschlossen aus den Namen und den gesehenen Werten.',
    ),
    knowledge: 'inferred',
  },
];
