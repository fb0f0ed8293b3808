// Authentication fields: DKIM-Signature (RFC 6376), its historic
// predecessor DomainKey-Signature (RFC 4870), Google's internal
// X-Google-DKIM-Signature, Authentication-Results (RFC 8601), the ARC set
// (RFC 8617), Received-SPF (RFC 7208 §9.1) and BIMI (IETF draft).
// Whether a receiver's verdict is trusted is decided in
// verdict-comparison.ts, which knows the trust boundary; here each field
// is only read.

import { parseTagList } from '../auth/tag-list.ts';
import { parseAuthenticationResults, parseReceivedSpf, type MethodResult } from './authentication-results.ts';
import { finding, part, rfc, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';
import { explainSignatureTags } from './dkim-tags.ts';
import type { DecodedPart } from '../analysis.ts';

const METHOD_MEANINGS: Record<string, ReturnType<typeof text>> = {
  spf: text('SPF: may the sending IP send for the envelope domain (RFC 7208)?', 'SPF: Darf die sendende IP für die Umschlag-Domain senden (RFC 7208)?'),
  dkim: text('DKIM: a domain\'s signature over header and body (RFC 6376).', 'DKIM: die Signatur einer Domain über Header und Inhalt (RFC 6376).'),
  dmarc: text('DMARC: does SPF or DKIM pass for the From domain, and what does its owner ask for (RFC 7489, RFC 9989)?', 'DMARC: Besteht SPF oder DKIM für die From-Domain, und was verlangt ihr Inhaber (RFC 7489, RFC 9989)?'),
  arc: text('ARC: the chain of earlier receivers\' results across forwarders (RFC 8617).', 'ARC: die Kette der Ergebnisse früherer Empfänger über Weiterleiter hinweg (RFC 8617).'),
  iprev: text('iprev: the client IP has a reverse name that resolves back to it (RFC 8601 §3).', 'iprev: Die Client-IP hat einen Reverse-Namen, der wieder auf sie zeigt (RFC 8601 §3).'),
  auth: text('auth: the client logged in with SMTP AUTH (RFC 4954).', 'auth: Der Client hat sich mit SMTP AUTH angemeldet (RFC 4954).'),
  'dkim-atps': text('DKIM-ATPS: the From domain authorises a third-party signer (RFC 6541).', 'DKIM-ATPS: Die From-Domain erlaubt einen fremden Signierer (RFC 6541).'),
  'sender-id': text('Sender ID: Microsoft\'s experimental check of the purported responsible address (RFC 4406, historic).', 'Sender ID: Microsofts experimentelle Prüfung der verantwortlichen Adresse (RFC 4406, historisch).'),
  domainkeys: text('DomainKeys: the predecessor of DKIM (RFC 4870, historic).', 'DomainKeys: der Vorgänger von DKIM (RFC 4870, historisch).'),
  bimi: text('BIMI: whether a brand logo may be shown (IETF draft).', 'BIMI: ob ein Markenlogo angezeigt werden darf (IETF-Entwurf).'),
  compauth: text('Microsoft composite authentication: SPF, DKIM, DMARC and Microsoft\'s own signals combined; not an RFC method.', 'Microsofts zusammengesetzte Authentifizierung: SPF, DKIM, DMARC und Microsofts eigene Signale zusammen; keine RFC-Methode.'),
};

// Microsoft documents these compauth reason codes (message-headers-eop-mdo).
function compauthReason(code: string): ReturnType<typeof text> | null {
  const exact: Record<string, ReturnType<typeof text>> = {
    '000': text('Failed explicit authentication: DMARC failed with p=quarantine or p=reject.', 'Explizite Authentifizierung fehlgeschlagen: DMARC fail bei p=quarantine oder p=reject.'),
    '001': text('Failed implicit authentication: no records, or only weak ones (~all, ?all, p=none).', 'Implizite Authentifizierung fehlgeschlagen: keine oder nur schwache Einträge (~all, ?all, p=none).'),
    '002': text('An admin prohibited this sender/domain pair from sending spoofed mail.', 'Ein Admin hat diesem Absender-Domain-Paar gefälschte Mail verboten.'),
    '010': text('DMARC failed with p=reject or quarantine for one of the organisation\'s own domains.', 'DMARC fail bei p=reject oder quarantine für eine eigene Domain der Organisation.'),
    '130': text('Passed because the ARC result overrode a DMARC failure.', 'Bestanden, weil das ARC-Ergebnis einen DMARC-Fehlschlag überstimmte.'),
  };
  if (exact[code]) return exact[code]!;
  const first = code[0];
  if (first === '1' || first === '7') return text('Passed composite authentication; the last two digits are Microsoft-internal.', 'Zusammengesetzte Authentifizierung bestanden; die letzten zwei Ziffern sind Microsoft-intern.');
  if (first === '2') return text('Soft-passed implicit authentication.', 'Implizite Authentifizierung eingeschränkt bestanden (softpass).');
  if (first === '3') return text('Not checked for composite authentication.', 'Nicht auf zusammengesetzte Authentifizierung geprüft.');
  if (first === '4' || first === '9') return text('Bypassed composite authentication.', 'Zusammengesetzte Authentifizierung umgangen.');
  if (first === '6') return text('Failed implicit authentication for one of the organisation\'s own domains.', 'Implizite Authentifizierung für eine eigene Domain der Organisation fehlgeschlagen.');
  return null;
}

function describeMethod(result: MethodResult): DecodedPart[] {
  const known = METHOD_MEANINGS[result.method];
  const extra = [...result.comments.map((c) => `(${c})`), ...Object.entries(result.properties).map(([k, v]) => `${k}=${v}`)].join(' ');
  const parts = [part(result.method, `${result.written}${extra ? ` ${extra}` : ''}`, known ?? null, known ? 'documented' : 'unknown')];
  if (result.nonStandard) {
    parts.push(part(`${result.method}:word`, result.written, text(`Not an RFC 8601 word: ${result.nonStandard}${result.result ? `; read as "${result.result}"` : ''}.`, `Kein RFC-8601-Wort: ${result.nonStandard}${result.result ? `; gelesen als „${result.result}“` : ''}.`), result.method === 'dmarc' || result.method === 'compauth' ? 'documented' : 'inferred'));
  }
  if (result.method === 'compauth' && result.reason) {
    const meaning = compauthReason(result.reason);
    parts.push(part('compauth:reason', result.reason, meaning, meaning ? 'documented' : 'unknown'));
  }
  if (result.properties['action']) {
    parts.push(part(`${result.method}:action`, result.properties['action'], text('Microsoft: the action taken after DMARC (none, oreject = reject overridden by policy, pct.quarantine, pct.reject, permerror, temperror).', 'Microsoft: die Aktion nach DMARC (none, oreject = Ablehnung durch Richtlinie übersteuert, pct.quarantine, pct.reject, permerror, temperror).')));
  }
  return parts;
}

function explainAuthenticationResults(arc: boolean) {
  return (value: string): Explained => {
    const parsed = parseAuthenticationResults(value, arc);
    const parts: DecodedPart[] = [];
    if (parsed.instance !== null) parts.push(part('i', String(parsed.instance), text('ARC instance this copy belongs to.', 'ARC-Instanz, zu der diese Kopie gehört.')));
    parts.push(
      parsed.authservId
        ? part('authserv-id', parsed.authservId, text('The receiver that wrote these results (RFC 8601 §2.5). Only a receiver inside your own domain is to be believed.', 'Der Empfänger, der diese Ergebnisse schrieb (RFC 8601 §2.5). Glauben darf man nur einem Empfänger der eigenen Domain.'))
        : part('authserv-id', '(none)', text('No authserv-id: Microsoft writes the field this way, which RFC 8601 §2.2 does not allow; who wrote it can only be told from its position.', 'Keine authserv-id: Microsoft schreibt das Feld so, was RFC 8601 §2.2 nicht erlaubt; wer es schrieb, lässt sich nur aus seiner Position ablesen.'), 'documented'),
    );
    for (const result of parsed.results) parts.push(...describeMethod(result));
    return { parts };
  };
}

function explainReceivedSpf(value: string): Explained {
  const spf = parseReceivedSpf(value);
  const parts = [part('result', spf.written, METHOD_MEANINGS['spf']!)];
  if (spf.nonStandard) parts.push(part('result:word', spf.written, text(`Not an RFC 7208 result: ${spf.nonStandard}.`, `Kein RFC-7208-Ergebnis: ${spf.nonStandard}.`), 'inferred'));
  if (spf.comment) parts.push(part('comment', spf.comment, null));
  for (const [key, v] of Object.entries(spf.properties)) parts.push(part(key, v, null));
  return { parts };
}

function explainBimiTags(value: string): Explained {
  const { tags } = parseTagList(value);
  const meanings: Record<string, ReturnType<typeof text>> = {
    v: text('BIMI version.', 'BIMI-Version.'),
    s: text('The selector of the BIMI record: <s>._bimi.<domain>.', 'Der Selektor des BIMI-Eintrags: <s>._bimi.<domain>.'),
    l: text('Where the logo (SVG) is.', 'Wo das Logo (SVG) liegt.'),
    a: text('Where the mark certificate (VMC/CMC) is.', 'Wo das Markenzertifikat (VMC/CMC) liegt.'),
  };
  return { parts: [...tags].map(([k, v]) => part(k, v, meanings[k] ?? null, meanings[k] ? 'documented' : 'unknown')) };
}

const BIMI_DRAFT = vendor('IETF draft: Brand Indicators for Message Identification', 'https://datatracker.ietf.org/doc/draft-brand-indicators-for-message-identification/');

export const AUTHENTICATION_ENTRIES: CatalogueEntry[] = [
  {
    id: 'dkim-signature',
    names: ['dkim-signature'],
    references: [rfc(6376, '3.5')],
    summary: text('A DKIM signature: the domain in d= vouches for the listed header fields and the body.', 'Eine DKIM-Signatur: Die Domain in d= steht für die genannten Header-Felder und den Inhalt ein.'),
    knowledge: 'documented',
    explain: (value, context) => explainSignatureTags(value, 'dkim', context.now),
  },
  {
    id: 'x-google-dkim-signature',
    names: ['x-google-dkim-signature'],
    references: [rfc(6376, '3.5'), vendor('Google Workspace: DKIM', 'https://support.google.com/a/answer/174124')],
    summary: text(
      'Google\'s internal DKIM signature (d=1e100.net), in DKIM syntax under another name, so no other verifier checks it. Google does not document it. Inferred from the value, which has DKIM syntax with d=1e100.net.',
      'Googles interne DKIM-Signatur (d=1e100.net), in DKIM-Syntax unter anderem Namen, damit kein anderer Prüfer sie prüft. Google dokumentiert sie nicht. Erschlossen aus dem Wert, der DKIM-Syntax mit d=1e100.net hat.',
    ),
    knowledge: 'inferred',
    explain: (value, context) => explainSignatureTags(value, 'dkim', context.now),
  },
  {
    id: 'domainkey-signature',
    names: ['domainkey-signature'],
    references: [rfc(4870)],
    summary: text('A DomainKeys signature, the historic predecessor of DKIM; no longer verified anywhere.', 'Eine DomainKeys-Signatur, der historische Vorgänger von DKIM; wird nirgends mehr geprüft.'),
    knowledge: 'documented',
    explain: (value) => ({ parts: [...parseTagList(value).tags].map(([k, v]) => part(k, v.length > 40 ? `${v.slice(0, 40)}…` : v, null)) }),
  },
  {
    id: 'authentication-results',
    names: ['authentication-results', 'x-ms-exchange-authentication-results'],
    references: [rfc(8601, '2.2'), vendor('Microsoft: Authentication-results message header', 'https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo#authentication-results-message-header')],
    summary: text(
      'What a receiver found when it checked SPF, DKIM, DMARC and more. Anyone can write this field; Mail Lab believes only the one written by the receiving side and compares it with its own check.',
      'Was ein Empfänger bei der Prüfung von SPF, DKIM, DMARC und mehr feststellte. Jeder kann dieses Feld schreiben; Mail Lab glaubt nur dem der Empfängerseite und vergleicht es mit der eigenen Prüfung.',
    ),
    knowledge: 'documented',
    explain: explainAuthenticationResults(false),
  },
  {
    id: 'authentication-results-copy',
    names: ['authentication-results-original', 'x-original-authentication-results', 'x-me-authentication-results', 'x-auth-result', 'x-spf-result', 'x-dmarc-policy'],
    references: [rfc(8601, '5')],
    summary: text(
      'Authentication results under another name: a copy kept by a forwarder or list (Google Groups writes X-Original-Authentication-Results) or a vendor\'s own field. Not part of RFC 8601, so not compared. Inferred from the names and the values, which have the syntax of Authentication-Results.',
      'Authentifizierungsergebnisse unter anderem Namen: eine Kopie, die ein Weiterleiter oder eine Liste aufbewahrt (Google Groups schreibt X-Original-Authentication-Results), oder ein herstellereigenes Feld. Nicht Teil von RFC 8601, daher nicht verglichen. Erschlossen aus den Namen und den Werten, die die Syntax von Authentication-Results haben.',
    ),
    knowledge: 'inferred',
    explain: explainAuthenticationResults(false),
  },
  {
    id: 'arc-authentication-results',
    names: ['arc-authentication-results'],
    references: [rfc(8617, '4.1.1')],
    summary: text(
      'An ARC copy of the Authentication-Results a receiver wrote before forwarding, so that the next receiver can see what the message looked like before a list or forwarder changed it.',
      'Eine ARC-Kopie der Authentication-Results eines Empfängers vor dem Weiterleiten, damit der nächste Empfänger sieht, wie die Nachricht war, bevor eine Liste oder ein Weiterleiter sie änderte.',
    ),
    knowledge: 'documented',
    explain: explainAuthenticationResults(true),
  },
  {
    id: 'arc-message-signature',
    names: ['arc-message-signature'],
    references: [rfc(8617, '4.1.2')],
    summary: text('A DKIM-like signature of the message by a forwarder in the ARC chain.', 'Eine DKIM-ähnliche Signatur der Nachricht durch einen Weiterleiter in der ARC-Kette.'),
    knowledge: 'documented',
    explain: (value, context) => explainSignatureTags(value, 'arc-message-signature', context.now),
  },
  {
    id: 'arc-seal',
    names: ['arc-seal'],
    references: [rfc(8617, '4.1.3')],
    summary: text('Seals the ARC set of one forwarder and records whether the chain before it was valid (cv=).', 'Versiegelt den ARC-Satz eines Weiterleiters und hält fest, ob die Kette davor gültig war (cv=).'),
    knowledge: 'documented',
    explain: (value, context) => explainSignatureTags(value, 'arc-seal', context.now),
  },
  {
    id: 'received-spf',
    names: ['received-spf'],
    references: [rfc(7208, '9.1')],
    summary: text('The SPF result a receiver found, with the client IP, HELO and envelope sender it checked.', 'Das SPF-Ergebnis eines Empfängers, mit der geprüften Client-IP, HELO und dem Umschlag-Absender.'),
    knowledge: 'documented',
    explain: explainReceivedSpf,
  },
  {
    id: 'bimi-selector',
    names: ['bimi-selector'],
    references: [BIMI_DRAFT],
    summary: text('Written by the sender: which BIMI record (selector) holds its logo.', 'Vom Absender geschrieben: welcher BIMI-Eintrag (Selektor) sein Logo enthält.'),
    knowledge: 'documented',
    explain: explainBimiTags,
  },
  {
    id: 'bimi-location',
    names: ['bimi-location', 'bimi-indicator'],
    references: [BIMI_DRAFT],
    summary: text(
      'Written by the receiver after a BIMI check: where the logo and its certificate are (BIMI-Location), or the logo itself, base64 (BIMI-Indicator). A sender must not write them.',
      'Vom Empfänger nach einer BIMI-Prüfung geschrieben: wo Logo und Zertifikat liegen (BIMI-Location) oder das Logo selbst, base64 (BIMI-Indicator). Ein Absender darf sie nicht schreiben.',
    ),
    knowledge: 'documented',
    explain: (value, context) => (context.fields[context.index]!.name.toLowerCase() === 'bimi-location' ? explainBimiTags(value) : {}),
  },
  {
    id: 'x-authentication-warning',
    names: ['x-authentication-warning'],
    references: [vendor('Costales, sendmail (O\'Reilly): X-Authentication-Warning', 'https://oreilly.com/library/view/sendmail-3rd-edition/1565928393/re859.html')],
    summary: text(
      'Sendmail: a local user set a sender address other than their own, or the client\'s identity did not match; a hint of possible forgery.',
      'Sendmail: Ein lokaler Nutzer hat eine fremde Absenderadresse gesetzt, oder die Identität des Clients passte nicht; ein Hinweis auf mögliche Fälschung.',
    ),
    knowledge: 'documented',
    explain: () => ({ findings: [finding('sendmail-authentication-warning', 'info', text('Sendmail recorded a mismatch of the sender\'s identity.', 'Sendmail hat eine Abweichung der Absenderidentität vermerkt.'))] }),
  },
];
