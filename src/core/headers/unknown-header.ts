// A field no entry knows: what its name alone tells. An "X-" name is a
// private field (RFC 6648 deprecated the convention, but it is everywhere);
// the word after it often names the vendor. A name one letter away from a
// known one is probably damaged in transit or by a paste.

import type { DecodedPart, LocalizedText } from '../analysis.ts';
import { part, text } from './catalogue-entry.ts';

const VENDOR_PREFIXES: [RegExp, string][] = [
  [/^x-(?:ms|microsoft|forefront|exchange|eop|originatororg|sef)\b/i, 'Microsoft'],
  [/^x-(?:google|gm|gmail)\b/i, 'Google'],
  [/^x-(?:yahoo|ymail|aol|sonic)\b/i, 'Yahoo / AOL'],
  [/^x-(?:apple|me)\b/i, 'Apple'],
  [/^x-(?:proofpoint)\b/i, 'Proofpoint'],
  [/^x-(?:ironport|ipas)\b|^ironport-/i, 'Cisco Secure Email (IronPort)'],
  [/^x-(?:barracuda|bess)\b/i, 'Barracuda'],
  [/^x-(?:mimecast)\b/i, 'Mimecast'],
  [/^x-(?:tm|tmase)\b/i, 'Trend Micro'],
  [/^x-(?:klms|kims|ksmg|kse)\b/i, 'Kaspersky'],
  [/^x-(?:sophos|sasi)\b/i, 'Sophos'],
  [/^x-(?:brightmail|symantec|messagelabs)\b/i, 'Broadcom / Symantec'],
  [/^x-(?:nai|mcafee)\b/i, 'McAfee / Trellix'],
  [/^x-(?:spam|virus|amavis)\b/i, 'a spam or virus filter'],
  [/^x-(?:ses|amz)\b/i, 'Amazon Web Services'],
  [/^x-(?:sg|sendgrid)\b/i, 'Twilio SendGrid'],
  [/^x-(?:mailgun)\b/i, 'Mailgun'],
  [/^x-(?:pm)\b/i, 'Postmark'],
  [/^x-(?:mc|mandrill|mailchimp)\b/i, 'Mailchimp'],
  [/^x-(?:yandex)\b/i, 'Yandex'],
  [/^x-(?:mailru|mru)\b/i, 'Mail.ru'],
  [/^x-(?:ui|gmx|webde)\b/i, 'United Internet (GMX, WEB.DE)'],
  [/^x-(?:zoho)\b/i, 'Zoho'],
  [/^x-(?:cloudmark|clx)\b/i, 'Cloudmark (inferred from the prefix)'],
];

export interface UnknownName {
  explanation: LocalizedText;
  parts: DecodedPart[];
}

/** Damerau-free edit distance, stopped early past 1: only "one letter off" matters here. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function describeUnknownName(name: string, knownNames: readonly string[]): UnknownName {
  const lower = name.toLowerCase();
  const parts: DecodedPart[] = [];
  const vendorGuess = VENDOR_PREFIXES.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
  const experimental = lower.startsWith('x-');
  if (experimental) {
    parts.push(part('prefix', 'X-', text('A private ("experimental") field: anyone may invent one, no registry lists it (RFC 6648).', 'Ein privates („experimentelles“) Feld: Jeder darf eines erfinden, kein Register führt es (RFC 6648).')));
  }
  if (vendorGuess) {
    parts.push(part('vendor', vendorGuess, text('Guessed from the name\'s prefix; the content is that vendor\'s own.', 'Aus dem Präfix des Namens geraten; der Inhalt ist Sache dieses Herstellers.'), 'inferred'));
  }
  // Only plausible damage is looked for: short names, one edit away, not a private X- name.
  const nearMiss = !experimental && lower.length >= 4 && lower.length <= 40 ? knownNames.find((known) => known.length >= 4 && withinOneEdit(lower, known)) : undefined;
  if (nearMiss) {
    parts.push(part('resembles', nearMiss, text(`One letter away from the known field "${nearMiss}": probably damaged in transit or when copied.`, `Nur einen Buchstaben vom bekannten Feld „${nearMiss}“ entfernt: vermutlich bei der Übertragung oder beim Kopieren beschädigt.`), 'inferred'));
  }
  const explanation = vendorGuess
    ? text(`Mail Lab does not know this field. Its name suggests ${vendorGuess}; what it means is not known here.`, `Mail Lab kennt dieses Feld nicht. Der Name deutet auf ${vendorGuess}; was es bedeutet, ist hier nicht bekannt.`)
    : text('Mail Lab does not know this field, and its meaning is not documented anywhere we know of.', 'Mail Lab kennt dieses Feld nicht, und seine Bedeutung ist nirgends dokumentiert, soweit wir wissen.');
  return { explanation, parts };
}
