// The texts of the DKIM record findings (read-record.ts), in English and
// German; {name} marks a value filled in.

import type { LocalizedText } from '../../analysis.ts';
import type { CopyArtefact } from './clean-record.ts';

const t = (en: string, de: string): LocalizedText => ({ en, de });

export const FINDING_TEXT = {
  'record-too-large': t('The text is longer than {limit} KiB, far more than any key record: it is not read.', 'Der Text ist länger als {limit} KiB, weit mehr als jeder Schlüsseleintrag: Er wird nicht gelesen.'),
  empty: t('There is no record here: paste the TXT value or what opendkim-genkey wrote.', 'Hier steht kein Eintrag: den TXT-Wert oder die Ausgabe von opendkim-genkey einfügen.'),
  'not-a-tag': t('"{part}" is not a tag=value pair: verifiers discard the record (RFC 6376 §3.2).', '„{part}“ ist kein Tag=Wert-Paar: Prüfer verwerfen den Eintrag (RFC 6376 §3.2).'),
  'duplicate-tag': t('The tag {tag}= appears more than once: the record is invalid (RFC 6376 §3.2).', 'Das Tag {tag}= kommt mehrfach vor: Der Eintrag ist ungültig (RFC 6376 §3.2).'),
  'bad-version': t('v={value}: a record whose v= is not DKIM1 is discarded (RFC 6376 §3.6.1).', 'v={value}: Ein Eintrag, dessen v= nicht DKIM1 ist, wird verworfen (RFC 6376 §3.6.1).'),
  'version-not-first': t('v=DKIM1 must be the first tag (RFC 6376 §3.6.1); strict verifiers discard the record.', 'v=DKIM1 muss das erste Tag sein (RFC 6376 §3.6.1); strenge Prüfer verwerfen den Eintrag.'),
  'no-key': t('There is no p= tag: the record holds no key, and every signature with this selector fails (RFC 6376 §3.6.1).', 'Es gibt kein p=-Tag: Der Eintrag enthält keinen Schlüssel, jede Signatur mit diesem Selektor scheitert (RFC 6376 §3.6.1).'),
  revoked: t('p= is empty: the key is revoked, and signatures with this selector fail (RFC 6376 §3.6.1). Publish a new key under a new selector.', 'p= ist leer: Der Schlüssel ist widerrufen, Signaturen mit diesem Selektor scheitern (RFC 6376 §3.6.1). Einen neuen Schlüssel unter einem neuen Selektor veröffentlichen.'),
  'unknown-key-type': t('k={type} is no key type verifiers support (rsa, or ed25519 per RFC 8463): they cannot use the key.', 'k={type} ist kein Schlüsseltyp, den Prüfer unterstützen (rsa, oder ed25519 nach RFC 8463): Sie können den Schlüssel nicht verwenden.'),
  'key-base64': t('p= is not valid base64: a character was changed, lost or added in the copy.', 'p= ist kein gültiges base64: Beim Kopieren wurde ein Zeichen verändert, verloren oder hinzugefügt.'),
  'key-der': t('p= is base64 but no public key: the DER structure is broken or cut short (a string lost in the copy?).', 'p= ist base64, aber kein öffentlicher Schlüssel: Die DER-Struktur ist kaputt oder abgeschnitten (beim Kopieren ein String verloren?).'),
  'key-algorithm': t('p= holds a public key of an algorithm DKIM does not use.', 'p= enthält einen öffentlichen Schlüssel eines Verfahrens, das DKIM nicht verwendet.'),
  'key-ed25519-length': t('An Ed25519 key must be exactly 32 bytes (RFC 8463 §4.2); this one is not.', 'Ein Ed25519-Schlüssel muss genau 32 Bytes lang sein (RFC 8463 §4.2); dieser ist es nicht.'),
  'key-type-mismatch': t('k={declared}, but p= holds an {found} key: verifiers fail every signature.', 'k={declared}, aber p= enthält einen {found}-Schlüssel: Prüfer lassen jede Signatur scheitern.'),
  'ed25519-spki': t('The Ed25519 key is wrapped in a SubjectPublicKeyInfo; RFC 8463 §4.2 wants the bare 32 bytes in p=, and verifiers reject the wrapped form.', 'Der Ed25519-Schlüssel steckt in einer SubjectPublicKeyInfo; RFC 8463 §4.2 verlangt die blanken 32 Bytes in p=, Prüfer lehnen die verpackte Form ab.'),
  'rsa-too-small': t('The RSA key has {bits} bits: verifiers must not accept keys under 1024 bits (RFC 8301 §3.2). Make a 2048-bit key.', 'Der RSA-Schlüssel hat {bits} Bit: Prüfer dürfen Schlüssel unter 1024 Bit nicht akzeptieren (RFC 8301 §3.2). Einen 2048-Bit-Schlüssel erzeugen.'),
  'rsa-weak': t('The RSA key has {bits} bits: accepted, but weak; signers should use at least 2048 (RFC 8301 §3.2).', 'Der RSA-Schlüssel hat {bits} Bit: akzeptiert, aber schwach; Signierer sollten mindestens 2048 verwenden (RFC 8301 §3.2).'),
  'rsa-very-large': t('The RSA key has {bits} bits: verifiers need only handle up to 4096 (RFC 8301 §3.2), so some may fail it.', 'Der RSA-Schlüssel hat {bits} Bit: Prüfer müssen nur bis 4096 beherrschen (RFC 8301 §3.2), manche scheitern daran.'),
  'rsa-pkcs1': t('p= is a bare RSAPublicKey, not the SubjectPublicKeyInfo RFC 6376 §3.6.1 names; most verifiers accept it, some do not.', 'p= ist ein blanker RSAPublicKey, nicht die SubjectPublicKeyInfo aus RFC 6376 §3.6.1; die meisten Prüfer akzeptieren das, manche nicht.'),
  'sha1-only': t('h= allows only sha1: signatures can only use rsa-sha1, which verifiers no longer accept (RFC 8301 §3.1). Remove h= or write h=sha256.', 'h= erlaubt nur sha1: Signaturen können nur rsa-sha1 verwenden, das Prüfer nicht mehr akzeptieren (RFC 8301 §3.1). h= entfernen oder h=sha256 schreiben.'),
  'no-known-hash': t('h= names no hash verifiers know: no signature can use this key. Remove h= or write h=sha256.', 'h= nennt kein Hash-Verfahren, das Prüfer kennen: Keine Signatur kann den Schlüssel verwenden. h= entfernen oder h=sha256 schreiben.'),
  'not-for-email': t('s={value}: the key is not for e-mail, and verifiers must not use it for mail signatures (RFC 6376 §3.6.1).', 's={value}: Der Schlüssel gilt nicht für E-Mail, Prüfer dürfen ihn nicht für Mail-Signaturen verwenden (RFC 6376 §3.6.1).'),
  testing: t('t=y: the domain says it is testing DKIM; receivers may treat its signatures as if unsigned (RFC 6376 §3.6.1). Remove it once signing works.', 't=y: Die Domain testet DKIM nach eigener Aussage; Empfänger dürfen ihre Signaturen wie unsigniert behandeln (RFC 6376 §3.6.1). Entfernen, sobald das Signieren funktioniert.'),
  'strict-identity': t('t=s: a signature\'s i= must be exactly its d=, not a subdomain (RFC 6376 §3.6.1).', 't=s: Das i= einer Signatur muss genau ihr d= sein, keine Subdomain (RFC 6376 §3.6.1).'),
  'unknown-tag': t('{tag}= is not a key record tag; verifiers ignore it (RFC 6376 §3.6.1).', '{tag}= ist kein Tag von Schlüsseleinträgen; Prüfer ignorieren es (RFC 6376 §3.6.1).'),
  'obsolete-g': t('g= comes from RFC 4871 and was removed in RFC 6376; verifiers ignore it, and it can go.', 'g= stammt aus RFC 4871 und wurde in RFC 6376 gestrichen; Prüfer ignorieren es, es kann weg.'),
  'string-too-long': t('A quoted string holds {octets} octets: one DNS string holds at most 255 (RFC 1035 §3.3), so the zone will not load it. Split it into several quoted strings.', 'Ein String in Anführungszeichen hat {octets} Oktette: Ein DNS-String fasst höchstens 255 (RFC 1035 §3.3), die Zone lädt ihn so nicht. In mehrere Strings in Anführungszeichen aufteilen.'),
  'needs-splitting': t('The value is {octets} octets long: in a zone file it must be split into strings of at most 255 octets (RFC 1035 §3.3), as the zone-file form below does; most providers\' forms split it for you.', 'Der Wert ist {octets} Oktette lang: In einer Zonendatei muss er in Strings von höchstens 255 Oktetten geteilt werden (RFC 1035 §3.3), wie es die Zonendatei-Form unten tut; die Formulare der meisten Anbieter teilen ihn selbst.'),
} satisfies Record<string, LocalizedText>;

export const ARTEFACT_TEXT: Record<CopyArtefact, LocalizedText> = {
  'line-breaks': t('The paste had line breaks; the clean value has none.', 'Der eingefügte Text hatte Zeilenumbrüche; der bereinigte Wert hat keine.'),
  'spaces-in-values': t('Values held spaces (a key split by the copy); verifiers skip them (RFC 6376 §3.2), but some DNS panels do not: the clean value has none.', 'Werte enthielten Leerzeichen (ein beim Kopieren geteilter Schlüssel); Prüfer überspringen sie (RFC 6376 §3.2), manche DNS-Oberflächen nicht: Der bereinigte Wert hat keine.'),
  'stray-quotes': t('Quotes were left in from a copy; in a provider\'s form they would become part of the record. The clean value has none.', 'Anführungszeichen sind vom Kopieren übrig geblieben; im Formular eines Anbieters würden sie Teil des Eintrags. Der bereinigte Wert hat keine.'),
  'backslash-escapes': t('Zone-file escapes such as \\; were decoded (RFC 1035 §5.1).', 'Zonendatei-Escapes wie \\; wurden aufgelöst (RFC 1035 §5.1).'),
  'invisible-characters': t('Invisible characters (zero-width spaces, control characters) were removed: they would break the key.', 'Unsichtbare Zeichen (Leerzeichen ohne Breite, Steuerzeichen) wurden entfernt: Sie würden den Schlüssel zerstören.'),
};

export type DkimFindingCode = keyof typeof FINDING_TEXT | `copy-${CopyArtefact}`;
