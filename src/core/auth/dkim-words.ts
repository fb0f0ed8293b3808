// The RFC 8601 word, and the reason in both languages, for what mailauth
// said about one DKIM signature. mailauth's default mode is softer than
// RFC 6376: it says "neutral" for a body-hash mismatch, a missing or revoked
// key and an expired signature, and accepts some syntax errors with a
// warning. Each word we change carries a `mapping` that says why.

import type { AuthResult, LocalizedText } from '../analysis.ts';
import type { MailauthDkimResult } from './mailauth-adapter.ts';

export interface DkimWord {
  result: AuthResult;
  reason: LocalizedText;
  mapping: LocalizedText | null;
}

type Status = MailauthDkimResult['status'];

const KEY_PROBLEMS: Record<string, LocalizedText> = {
  'no key': { en: 'no key record was found for this selector', de: 'für diesen Selektor wurde kein Schlüsseleintrag gefunden' },
  'unknown key version': { en: 'the key record has an unknown version (v=)', de: 'der Schlüsseleintrag hat eine unbekannte Version (v=)' },
  'unknown key type': { en: 'the key record has an unknown key type (k=)', de: 'der Schlüsseleintrag hat einen unbekannten Schlüsseltyp (k=)' },
  'invalid public key': { en: 'the key record holds no usable public key', de: 'der Schlüsseleintrag enthält keinen brauchbaren öffentlichen Schlüssel' },
  'inappropriate hash algorithm': {
    en: 'the key record does not allow this hash algorithm (h=)',
    de: 'der Schlüsseleintrag erlaubt dieses Hash-Verfahren nicht (h=)',
  },
  'key not for email': { en: 'the key record is not meant for email (s=)', de: 'der Schlüsseleintrag ist nicht für E-Mail bestimmt (s=)' },
};

const KEY_MAPPING: LocalizedText = {
  en: 'mailauth says neutral; RFC 6376 §6.1.2 makes a missing or unusable key a PERMFAIL, which RFC 8601 §2.7.1 reports as permerror',
  de: 'mailauth sagt neutral; nach RFC 6376 §6.1.2 ist ein fehlender oder unbrauchbarer Schlüssel ein PERMFAIL, den RFC 8601 §2.7.1 als permerror meldet',
};

// Warnings of mailauth's default mode that RFC 6376 makes a PERMFAIL: a
// signature with them must not pass. RFC 8601 §2.7.1 reports a signature
// with syntax errors as neutral.
const FATAL_WARNINGS: Record<string, LocalizedText> = {
  'tag-syntax': {
    en: 'the signature has a syntax error: an invalid d=, s=, t=, x= or l= value, or a repeated tag (RFC 6376 §3.5)',
    de: 'die Signatur hat einen Syntaxfehler: ein ungültiger Wert in d=, s=, t=, x= oder l=, oder ein doppeltes Tag (RFC 6376 §3.5)',
  },
  'identity-domain': {
    en: 'the i= domain is neither d= nor a subdomain of it (RFC 6376 §6.1.1)',
    de: 'die Domain in i= ist weder d= noch eine Subdomain davon (RFC 6376 §6.1.1)',
  },
  'invalid-v': {
    en: 'the signature has an unknown version (v= must be 1, RFC 6376 §6.1.1)',
    de: 'die Signatur hat eine unbekannte Version (v= muss 1 sein, RFC 6376 §6.1.1)',
  },
};

function fatalWarning(status: Status): DkimWord | null {
  const missing = (status.warnings ?? []).filter((w) => w.startsWith('missing-')).map((w) => `${w.slice('missing-'.length)}=`);
  const warning = status.warnings?.find((w) => w in FATAL_WARNINGS) ?? (missing.length > 0 ? 'missing-tags' : undefined);
  if (!warning) return null;
  const list = missing.join(', ');
  return {
    result: 'neutral',
    reason:
      warning === 'missing-tags'
        ? { en: `the signature lacks the required tag(s) ${list} (RFC 6376 §3.5)`, de: `der Signatur fehlen vorgeschriebene Tags: ${list} (RFC 6376 §3.5)` }
        : FATAL_WARNINGS[warning]!,
    mapping: {
      en: `mailauth's default mode accepts this with the warning "${warning}"; RFC 6376 makes it a PERMFAIL, which RFC 8601 §2.7.1 reports as neutral (syntax error)`,
      de: `mailauth akzeptiert das im Standardmodus mit der Warnung „${warning}“; nach RFC 6376 ist es ein PERMFAIL, den RFC 8601 §2.7.1 als neutral (Syntaxfehler) meldet`,
    },
  };
}

/** The reason of a temperror whose failed key lookup is known (RFC 6376 §6.1.2 TEMPFAIL, key unavailable). */
export function keyUnavailable(cause: LocalizedText): LocalizedText {
  return { en: `the key could not be fetched: ${cause.en}`, de: `der Schlüssel konnte nicht abgerufen werden: ${cause.de}` };
}

/** RFC 6376 §6.1.2 puts key problems before the body hash (§6.1.3); mailauth checks the hash first. */
export function dkimWordFor(status: Status, rr: string | undefined): DkimWord {
  const fatal = fatalWarning(status);
  if (fatal) return fatal;
  const comment = status.comment ?? '';
  switch (status.result) {
    case 'pass':
      return { result: 'pass', reason: { en: 'signature verified', de: 'Signatur bestätigt' }, mapping: null };
    case 'fail':
      return {
        result: 'fail',
        reason: {
          en: 'the header signature does not verify: signed header fields were changed',
          de: 'die Kopfsignatur stimmt nicht: signierte Kopffelder wurden verändert',
        },
        mapping: null,
      };
    case 'policy':
      return {
        result: 'policy',
        reason:
          status.policy?.['dkim-rules'] === 'weak-algorithm'
            ? { en: 'rsa-sha1 signatures must not be considered valid (RFC 8301 §3.1)', de: 'rsa-sha1-Signaturen dürfen nicht als gültig gelten (RFC 8301 §3.1)' }
            : { en: 'the RSA key is shorter than 1024 bits (RFC 8301 §3.2)', de: 'der RSA-Schlüssel ist kürzer als 1024 Bit (RFC 8301 §3.2)' },
        mapping: null,
      };
    case 'temperror': {
      // mailauth's cause is an error code ("ESERVFAIL"); authenticate.ts puts
      // our words for the failed key lookup in its place where it knows them.
      const cause = comment.replace(/^DNS failure: /, '');
      return {
        result: 'temperror',
        reason: { en: `the key could not be fetched: ${cause}`, de: 'der Schlüssel konnte nicht abgerufen werden' },
        mapping: null,
      };
    }
    case 'neutral':
      break;
    default:
      return { result: 'neutral', reason: { en: comment || status.result, de: comment || status.result }, mapping: null };
  }
  if (comment === 'body hash did not verify') {
    return {
      result: 'fail',
      reason: {
        en: 'the body hash does not match: the body was changed after signing',
        de: 'der Body-Hash stimmt nicht: der Text wurde nach dem Signieren verändert',
      },
      mapping: {
        en: 'mailauth says neutral; RFC 6376 §6.1.3 makes a body-hash mismatch a PERMFAIL, which RFC 8601 §2.7.1 reports as fail',
        de: 'mailauth sagt neutral; nach RFC 6376 §6.1.3 ist ein falscher Body-Hash ein PERMFAIL, den RFC 8601 §2.7.1 als fail meldet',
      },
    };
  }
  if (comment === 'expired') {
    return {
      result: 'fail',
      reason: { en: 'the signature has expired (x= is in the past)', de: 'die Signatur ist abgelaufen (x= liegt in der Vergangenheit)' },
      mapping: {
        en: 'mailauth says neutral; an expired signature is not valid (RFC 6376 §3.5 x=, §6.1.1), reported as fail',
        de: 'mailauth sagt neutral; eine abgelaufene Signatur ist nicht gültig (RFC 6376 §3.5 x=, §6.1.1) und wird als fail gemeldet',
      },
    };
  }
  if (comment in KEY_PROBLEMS) {
    const revoked = comment === 'invalid public key' && rr !== undefined && /(^|;)\s*p=\s*(;|$)/.test(rr);
    return {
      result: 'permerror',
      reason: revoked
        ? { en: 'the key has been revoked (empty p=, RFC 6376 §3.6.1)', de: 'der Schlüssel wurde widerrufen (leeres p=, RFC 6376 §3.6.1)' }
        : KEY_PROBLEMS[comment]!,
      mapping: KEY_MAPPING,
    };
  }
  const text = comment || 'the signature could not be processed';
  return { result: 'neutral', reason: { en: text, de: comment || 'die Signatur konnte nicht verarbeitet werden' }, mapping: null };
}

/**
 * RFC 6376 §6.1.2: a key unfit for the a= algorithm is a PERMFAIL
 * ("inappropriate key algorithm"). mailauth's default mode hands such a
 * key to the crypto library, which says "bad signature" or throws.
 */
export function keyAlgorithmMismatch(algorithm: string, engine: MailauthDkimResult | undefined): DkimWord | null {
  if (!engine?.publicKey) return null;
  const keyType = engine.modulusLength !== undefined ? 'RSA' : 'Ed25519';
  const wanted = algorithm.split('-')[0];
  if (wanted === keyType.toLowerCase() || (wanted !== 'rsa' && wanted !== 'ed25519')) return null;
  return {
    result: 'permerror',
    reason: {
      en: `the published key is an ${keyType} key, unfit for a ${algorithm} signature (RFC 6376 §6.1.2)`,
      de: `der veröffentlichte Schlüssel ist ein ${keyType}-Schlüssel und passt nicht zu einer ${algorithm}-Signatur (RFC 6376 §6.1.2)`,
    },
    mapping: {
      en: `mailauth says ${engine.status.result}; RFC 6376 §6.1.2 makes a key of the wrong type a PERMFAIL (inappropriate key algorithm), reported as permerror`,
      de: `mailauth sagt ${engine.status.result}; nach RFC 6376 §6.1.2 ist ein Schlüssel des falschen Typs ein PERMFAIL (unpassender Schlüsselalgorithmus), gemeldet als permerror`,
    },
  };
}

export const SKIPPED_MAPPING: LocalizedText = {
  en: 'mailauth skips this signature without a result; RFC 8601 §2.7.1 reports a signature that cannot be processed as neutral',
  de: 'mailauth überspringt diese Signatur ohne Ergebnis; RFC 8601 §2.7.1 meldet eine nicht verarbeitbare Signatur als neutral',
};
