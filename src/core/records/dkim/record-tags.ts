// The tags of a DKIM key record (RFC 6376 §3.6.1, RFC 8463 §4 for
// Ed25519), each explained in English and German, with what its value
// means where the value is a choice (k=, h=, s=, t= flags).

import type { LocalizedText } from '../../analysis.ts';

export interface ExplainedTag {
  name: string;
  /** The value as published (white space removed); p= shortened in `shown`. */
  value: string;
  shown: string;
  meaning: LocalizedText;
  /** What this value says, where the tag has choices; null otherwise. */
  valueMeaning: LocalizedText | null;
  /** documented: RFC 6376/8463 defines it; obsolete: RFC 4871 did; unknown: verifiers ignore it (§3.6.1). */
  status: 'documented' | 'obsolete' | 'unknown';
}

const t = (en: string, de: string): LocalizedText => ({ en, de });

const MEANINGS: Record<string, LocalizedText> = {
  v: t('Version: "DKIM1". Optional, but if present it must be the first tag (RFC 6376 §3.6.1).', 'Version: „DKIM1“. Optional, aber wenn vorhanden, muss es das erste Tag sein (RFC 6376 §3.6.1).'),
  h: t('Hash algorithms the key may be used with, colon-separated; absent means all (RFC 6376 §3.6.1).', 'Hash-Verfahren, mit denen der Schlüssel verwendet werden darf, durch Doppelpunkte getrennt; fehlt es, sind alle erlaubt (RFC 6376 §3.6.1).'),
  k: t('Key type: rsa (the default) or ed25519 (RFC 8463).', 'Schlüsseltyp: rsa (Vorgabe) oder ed25519 (RFC 8463).'),
  n: t('Notes for humans; verifiers ignore them (RFC 6376 §3.6.1).', 'Notizen für Menschen; Prüfer ignorieren sie (RFC 6376 §3.6.1).'),
  p: t('The public key, base64. Empty means the key is revoked (RFC 6376 §3.6.1).', 'Der öffentliche Schlüssel, base64. Leer heißt: Der Schlüssel ist widerrufen (RFC 6376 §3.6.1).'),
  s: t('Service types the key is for, colon-separated: "email" or "*" (all, the default) (RFC 6376 §3.6.1).', 'Dienste, für die der Schlüssel gilt, durch Doppelpunkte getrennt: „email“ oder „*“ (alle, Vorgabe) (RFC 6376 §3.6.1).'),
  t: t('Flags, colon-separated: y = the domain is testing DKIM; s = i= must be exactly d=, no subdomain (RFC 6376 §3.6.1).', 'Flags, durch Doppelpunkte getrennt: y = die Domain testet DKIM; s = i= muss genau d= sein, keine Subdomain (RFC 6376 §3.6.1).'),
  g: t('Granularity of the key (RFC 4871 only); RFC 6376 removed it and verifiers ignore it.', 'Granularität des Schlüssels (nur RFC 4871); RFC 6376 hat es gestrichen, Prüfer ignorieren es.'),
};

const UNKNOWN = t('A tag RFC 6376 does not define for key records; verifiers ignore it (§3.6.1).', 'Ein Tag, das RFC 6376 für Schlüsseleinträge nicht kennt; Prüfer ignorieren es (§3.6.1).');

const KEY_TYPES: Record<string, LocalizedText> = {
  rsa: t('RSA: every verifier supports it.', 'RSA: Jeder Prüfer unterstützt es.'),
  ed25519: t('Ed25519 (RFC 8463): short keys and signatures, but not every receiver verifies it yet; sign with an RSA key as well.', 'Ed25519 (RFC 8463): kurze Schlüssel und Signaturen, aber noch nicht jeder Empfänger prüft es; zusätzlich mit einem RSA-Schlüssel signieren.'),
};

const HASHES: Record<string, LocalizedText> = {
  sha256: t('SHA-256', 'SHA-256'),
  sha1: t('SHA-1 (no longer accepted, RFC 8301 §3.1)', 'SHA-1 (nicht mehr akzeptiert, RFC 8301 §3.1)'),
};

const FLAGS: Record<string, LocalizedText> = {
  y: t('y: testing — receivers may treat signatures as if unsigned', 'y: Test — Empfänger dürfen Signaturen wie unsigniert behandeln'),
  s: t('s: strict — i= must not be a subdomain of d=', 's: streng — i= darf keine Subdomain von d= sein'),
};

/** The colon-separated list of a tag value (h=, s=, t=), lower-cased. */
export function listOf(value: string): string[] {
  return value.toLowerCase().split(':').map((item) => item.trim()).filter(Boolean);
}

function joinMeanings(items: string[], table: Record<string, LocalizedText>): LocalizedText {
  const pick = (language: 'en' | 'de') => items.map((item) => table[item]?.[language] ?? (language === 'en' ? `${item}: unknown, ignored` : `${item}: unbekannt, ignoriert`)).join('; ');
  return { en: pick('en'), de: pick('de') };
}

function valueMeaning(name: string, value: string): LocalizedText | null {
  const lower = value.toLowerCase();
  switch (name) {
    case 'k':
      return KEY_TYPES[lower] ?? t(`"${value}" is no key type verifiers know: they cannot use this key.`, `„${value}“ ist kein Schlüsseltyp, den Prüfer kennen: Sie können den Schlüssel nicht verwenden.`);
    case 'h':
      return joinMeanings(listOf(value), HASHES);
    case 't':
      return joinMeanings(listOf(value), FLAGS);
    case 's':
      return listOf(value).some((service) => service === '*' || service === 'email')
        ? t('The key may sign e-mail.', 'Der Schlüssel darf E-Mail signieren.')
        : t('The key is not for e-mail: verifiers must not use it for mail signatures.', 'Der Schlüssel gilt nicht für E-Mail: Prüfer dürfen ihn nicht für Mail-Signaturen verwenden.');
    case 'p':
      return value === '' ? t('Revoked: signatures with this selector fail.', 'Widerrufen: Signaturen mit diesem Selektor scheitern.') : null;
    default:
      return null;
  }
}

export function explainTag(name: string, value: string): ExplainedTag {
  const meaning = MEANINGS[name];
  return {
    name,
    value,
    shown: name === 'p' && value.length > 48 ? `${value.slice(0, 24)}…${value.slice(-12)}` : value,
    meaning: meaning ?? UNKNOWN,
    valueMeaning: valueMeaning(name, value),
    status: name === 'g' ? 'obsolete' : meaning ? 'documented' : 'unknown',
  };
}
