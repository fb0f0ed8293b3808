// The tags of DKIM-Signature (RFC 6376 §3.5), ARC-Seal and
// ARC-Message-Signature (RFC 8617 §4.1.2, §4.1.3), each explained, with
// the warnings a reader needs: l= (appendable body), rsa-sha1 (RFC 8301),
// an expired x=, From not signed (RFC 6376 §5.4).

import { compactValue, parseTagList } from '../auth/tag-list.ts';
import { finding, part, text, type Explained } from './catalogue-entry.ts';
import type { DecodedPart, HeaderFinding } from '../analysis.ts';

type Meaning = ReturnType<typeof text>;

const TAGS: Record<string, Meaning> = {
  v: text('Version of the signature format.', 'Version des Signaturformats.'),
  a: text('Signing algorithm: key type and hash (RFC 6376 §3.3).', 'Signaturalgorithmus: Schlüsseltyp und Hash (RFC 6376 §3.3).'),
  b: text('The signature itself, base64.', 'Die Signatur selbst, base64.'),
  bh: text('Hash of the canonicalised body, base64 (RFC 6376 §3.7).', 'Hash des kanonisierten Inhalts, base64 (RFC 6376 §3.7).'),
  c: text('Canonicalisation header/body: "simple" tolerates no change, "relaxed" tolerates white-space and case changes (RFC 6376 §3.4).', 'Kanonisierung Header/Inhalt: „simple“ duldet keine Änderung, „relaxed“ duldet Änderungen an Leerraum und Groß-/Kleinschreibung (RFC 6376 §3.4).'),
  d: text('The signing domain: it vouches for the message; the key is published under it.', 'Die signierende Domain: Sie steht für die Nachricht ein; der Schlüssel ist unter ihr veröffentlicht.'),
  h: text('The header fields covered by the signature, in signing order.', 'Die von der Signatur abgedeckten Header-Felder, in Signaturreihenfolge.'),
  i: text('The agent or user identity the signer vouches for; must be within d= (RFC 6376 §3.5).', 'Die Identität des Agenten oder Nutzers, für die der Signierer einsteht; muss innerhalb von d= liegen (RFC 6376 §3.5).'),
  l: text('Body length limit: only this many bytes of the body are signed.', 'Längenbegrenzung: Nur so viele Bytes des Inhalts sind signiert.'),
  q: text('How to fetch the key: dns/txt is the only method (RFC 6376 §3.5).', 'Wie der Schlüssel abgerufen wird: dns/txt ist das einzige Verfahren (RFC 6376 §3.5).'),
  s: text('The selector: the key is at <s>._domainkey.<d> in DNS.', 'Der Selektor: Der Schlüssel liegt im DNS unter <s>._domainkey.<d>.'),
  t: text('When the message was signed.', 'Wann die Nachricht signiert wurde.'),
  x: text('When the signature expires.', 'Wann die Signatur abläuft.'),
  z: text('Copies of the signed header fields at signing time, for diagnosis (RFC 6376 §3.5).', 'Kopien der signierten Header-Felder zum Signaturzeitpunkt, zur Fehlersuche (RFC 6376 §3.5).'),
  cv: text('ARC chain validation status the sealer found: none (first hop), pass or fail (RFC 8617 §4.1.3).', 'ARC-Kettenprüfung, wie der Versiegler sie vorfand: none (erster Hop), pass oder fail (RFC 8617 §4.1.3).'),
};

const ARC_INSTANCE = text('The instance: 1 for the first ARC hop, counting up at each forwarder (RFC 8617 §4.2.1).', 'Die Instanz: 1 beim ersten ARC-Hop, bei jedem Weiterleiter eins mehr (RFC 8617 §4.2.1).');

function isoOf(seconds: string | undefined): string | null {
  if (!seconds || !/^\d{1,12}$/.test(seconds)) return null;
  const date = new Date(Number(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function explainSignatureTags(value: string, kind: 'dkim' | 'arc-seal' | 'arc-message-signature', now: string): Explained {
  const { tags, errors } = parseTagList(value);
  const parts: DecodedPart[] = [];
  const findings: HeaderFinding[] = [];
  for (const [name, raw] of tags) {
    const compact = ['b', 'bh', 'h', 'z'].includes(name) ? (compactValue(raw) ?? raw) : raw;
    const meaning = name === 'i' && kind !== 'dkim' ? ARC_INSTANCE : TAGS[name];
    let shown = compact;
    if (name === 't' || name === 'x') shown = `${raw} (${isoOf(raw) ?? 'not a time'})`;
    if (name === 'b' || name === 'bh') shown = compact.length > 24 ? `${compact.slice(0, 24)}…` : compact;
    parts.push(part(name, shown, meaning ?? text('A tag this format does not define; verifiers ignore it.', 'Ein in diesem Format nicht definierter Tag; Prüfer ignorieren ihn.'), meaning ? 'documented' : 'unknown'));
  }
  for (const error of errors) {
    findings.push(finding('tag-list-error', 'warning', text(`Malformed tag list: ${error}.`, `Fehlerhafte Tag-Liste: ${error}.`)));
  }
  const algorithm = tags.get('a')?.toLowerCase();
  if (algorithm === 'rsa-sha1') {
    findings.push(finding('rsa-sha1', 'warning', text('rsa-sha1 must no longer be used for signing or accepted by verifiers (RFC 8301 §3.1).', 'rsa-sha1 darf nicht mehr zum Signieren verwendet oder von Prüfern akzeptiert werden (RFC 8301 §3.1).')));
  }
  if (tags.has('l')) {
    findings.push(
      finding('body-length-limit', 'warning', text('l= limits the signed body: text appended after those bytes (a footer, or an attacker\'s content) keeps the signature valid (RFC 6376 §8.2).', 'l= begrenzt den signierten Inhalt: Text, der danach angehängt wird (eine Fußzeile oder Inhalt eines Angreifers), lässt die Signatur gültig (RFC 6376 §8.2).')),
    );
  }
  const expires = isoOf(tags.get('x'));
  if (expires && expires < now) {
    findings.push(finding('signature-expired', 'info', text(`The signature expired on ${expires}; a check today fails for that reason alone (RFC 6376 §3.5).`, `Die Signatur ist am ${expires} abgelaufen; eine Prüfung heute scheitert schon deshalb (RFC 6376 §3.5).`)));
  }
  if (kind !== 'arc-seal') {
    const signed = (compactValue(tags.get('h')) ?? '').toLowerCase().split(':').filter(Boolean);
    if (kind === 'dkim' && signed.length > 0 && !signed.includes('from')) {
      findings.push(finding('from-not-signed', 'warning', text('From is not in h=: RFC 6376 §5.4 requires signing it; verifiers treat the signature as invalid.', 'From fehlt in h=: RFC 6376 §5.4 verlangt, es zu signieren; Prüfer behandeln die Signatur als ungültig.')));
    }
    const repeated = signed.filter((h, i) => signed.indexOf(h) !== i);
    if (repeated.length > 0) {
      findings.push(finding('oversigned', 'info', text(`Listed more than once in h=: ${[...new Set(repeated)].join(', ')}. This "oversigning" stops anyone from adding another such field later (RFC 6376 §8.15).`, `Mehrfach in h= aufgeführt: ${[...new Set(repeated)].join(', ')}. Dieses „Übersignieren“ verhindert, dass später ein weiteres solches Feld hinzugefügt wird (RFC 6376 §8.15).`)));
    }
  }
  return { parts, findings };
}
