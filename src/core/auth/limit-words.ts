// The RFC 8601 word for a DKIM signature that a verification limit kept
// from being verified (verification-limits.ts), with its reason.

import type { LocalizedText } from '../analysis.ts';
import type { DkimWord } from './dkim-words.ts';
import { MAX_BODY_HASHES, MAX_DKIM_SIGNATURES } from './verification-limits.ts';

const LIMITED_MAPPING: LocalizedText = {
  en: 'mailauth was not asked to verify this signature; RFC 8601 §2.7.1 reports a signature that was not processed as neutral',
  de: 'mailauth sollte diese Signatur nicht prüfen; RFC 8601 §2.7.1 meldet eine nicht verarbeitete Signatur als neutral',
};

/** RFC 6376 §6.1 lets a verifier stop; RFC 8601 §2.7.1 calls a signature that was not processed neutral. */
export function limitedWord(limit: 'signatures' | 'body-hashes'): DkimWord {
  return {
    result: 'neutral',
    reason:
      limit === 'signatures'
        ? {
            en: `not verified: only the first ${MAX_DKIM_SIGNATURES} DKIM signatures of a message are (RFC 6376 §6.1)`,
            de: `nicht geprüft: nur die ersten ${MAX_DKIM_SIGNATURES} DKIM-Signaturen einer Nachricht werden geprüft (RFC 6376 §6.1)`,
          }
        : {
            en: `not verified: it would need a body hash beyond the ${MAX_BODY_HASHES} different ones computed per message`,
            de: `nicht geprüft: sie bräuchte einen Body-Hash über die ${MAX_BODY_HASHES} verschiedenen hinaus, die je Nachricht berechnet werden`,
          },
    mapping: LIMITED_MAPPING,
  };
}

/** A key refused for its exponent is a local policy, as RSA keys under 1024 bits are (RFC 8301 §3.2). */
export function refusedKeyWord(exponentBits: number): DkimWord {
  return {
    result: 'policy',
    reason: {
      en: `the key's RSA public exponent has ${exponentBits} bits, above Mail Lab's limit of 2^32+1 (65537 is the norm): refused before verifying`,
      de: `der öffentliche RSA-Exponent des Schlüssels hat ${exponentBits} Bit, mehr als die Grenze von Mail Lab (2^32+1; üblich ist 65537): vor der Prüfung abgelehnt`,
    },
    mapping: {
      en: 'mailauth says neutral (invalid public key), as Mail Lab refused the key record; RFC 8601 §2.7.1 reports a signature refused by local policy as policy',
      de: 'mailauth sagt neutral (ungültiger öffentlicher Schlüssel), weil Mail Lab den Schlüsseleintrag abgelehnt hat; RFC 8601 §2.7.1 meldet eine nach lokaler Richtlinie abgelehnte Signatur als policy',
    },
  };
}
