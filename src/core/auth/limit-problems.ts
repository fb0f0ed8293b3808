// The problems that say a verification limit was reached, with the numbers
// of this message, in English and German. The limits and the attacks they
// stop are in verification-limits.ts.

import type { Problem } from '../analysis.ts';
import { problem } from '../problems.ts';
import type { LimitedSignature } from './mailauth-adapter.ts';
import type { RefusedKey } from './rsa-key-guard.ts';
import { MAX_DNS_QUERIES } from '../../dns/query-budget.ts';
import { MAX_BODY_HASHES, MAX_DKIM_SIGNATURES, MAX_HEADER_BYTES, MAX_HEADER_LINES, MAX_HEADER_WHITESPACE_RUN, type HeaderSize } from './verification-limits.ts';

/** Thousands grouped by hand, so Node and the worker write the same text whatever their ICU data. */
function grouped(n: number, separator: string): string {
  let digits = String(n);
  let out = '';
  while (digits.length > 3) {
    out = separator + digits.slice(-3) + out;
    digits = digits.slice(0, -3);
  }
  return digits + out;
}
const groupedEn = (n: number) => grouped(n, ',');
const groupedDe = (n: number) => grouped(n, '.');

export function headerLimitProblem(size: HeaderSize): Problem {
  const measure =
    size.lines > MAX_HEADER_LINES
      ? { en: `${groupedEn(size.lines)} lines, over the limit of ${groupedEn(MAX_HEADER_LINES)}`, de: `${groupedDe(size.lines)} Zeilen, mehr als die Grenze von ${groupedDe(MAX_HEADER_LINES)}` }
      : size.bytes > MAX_HEADER_BYTES
        ? { en: `${groupedEn(size.bytes)} bytes, over the limit of ${groupedEn(MAX_HEADER_BYTES)}`, de: `${groupedDe(size.bytes)} Bytes, mehr als die Grenze von ${groupedDe(MAX_HEADER_BYTES)}` }
        : {
            en: `a run of ${groupedEn(size.whitespaceRun)} white-space octets, over the limit of ${groupedEn(MAX_HEADER_WHITESPACE_RUN)}`,
            de: `eine Folge von ${groupedDe(size.whitespaceRun)} Leerraum-Bytes, mehr als die Grenze von ${groupedDe(MAX_HEADER_WHITESPACE_RUN)}`,
          };
  return problem('header-too-large', {
    detail: {
      en: `The header section has ${measure.en}: DKIM, ARC and DMARC were not checked, as a header this large can hold the verifier for minutes; SPF, the hops and the header explanations are shown.`,
      de: `Der Kopf hat ${measure.de}: DKIM, ARC und DMARC wurden nicht geprüft, denn ein so großer Kopf kann die Prüfung minutenlang aufhalten; SPF, die Stationen und die Erklärungen der Kopffelder werden gezeigt.`,
    },
  });
}

export function signatureLimitProblems(limited: LimitedSignature[]): Problem[] {
  const problems: Problem[] = [];
  const overCount = limited.filter((entry) => entry.limit === 'signatures').length;
  if (overCount > 0) {
    problems.push(
      problem('dkim-signature-limit', {
        detail: {
          en: `The message carries more than ${groupedEn(MAX_DKIM_SIGNATURES)} DKIM signatures: the first ${groupedEn(MAX_DKIM_SIGNATURES)} were verified, ${groupedEn(overCount)} more were not (RFC 6376 §6.1 lets a verifier limit the signatures it tries, against denial of service).`,
          de: `Die Nachricht trägt mehr als ${groupedDe(MAX_DKIM_SIGNATURES)} DKIM-Signaturen: Die ersten ${groupedDe(MAX_DKIM_SIGNATURES)} wurden geprüft, ${groupedDe(overCount)} weitere nicht (RFC 6376 §6.1 erlaubt einem Prüfer, die Zahl der geprüften Signaturen zu begrenzen, gegen Überlastungsangriffe).`,
        },
      }),
    );
  }
  const bodyCount = limited.length - overCount;
  if (bodyCount > 0) {
    problems.push(
      problem('dkim-body-hash-limit', {
        detail: {
          en: `The DKIM signatures ask for more than ${groupedEn(MAX_BODY_HASHES)} different body hashes (each distinct c=, a= and l= means hashing the whole body again): ${groupedEn(bodyCount)} signatures needing a further one were not verified.`,
          de: `Die DKIM-Signaturen verlangen mehr als ${groupedDe(MAX_BODY_HASHES)} verschiedene Body-Hashes (jede andere Kombination von c=, a= und l= heißt, den ganzen Text erneut zu hashen): ${groupedDe(bodyCount)} Signaturen, die einen weiteren bräuchten, wurden nicht geprüft.`,
        },
      }),
    );
  }
  return problems;
}

export function refusedKeyProblem(refused: RefusedKey[]): Problem | null {
  if (refused.length === 0) return null;
  const names = [...new Set(refused.map((key) => key.name))].join(', ');
  const bits = Math.max(...refused.map((key) => key.exponentBits));
  return problem('rsa-exponent-too-large', {
    detail: {
      en: `The key record ${names} has an RSA public exponent of ${groupedEn(bits)} bits; Mail Lab refuses exponents above 2^32+1 (65,537 is the norm), as each verification with such a key costs as much as making a signature. Signatures with it were not verified.`,
      de: `Der Schlüsseleintrag ${names} hat einen öffentlichen RSA-Exponenten von ${groupedDe(bits)} Bit; Mail Lab lehnt Exponenten über 2^32+1 ab (üblich ist 65.537), denn jede Prüfung mit einem solchen Schlüssel kostet so viel wie das Signieren. Signaturen damit wurden nicht geprüft.`,
    },
  });
}

export function dnsLimitProblem(refused: string[]): Problem {
  const first = refused.slice(0, 3).join(', ');
  return problem('dns-query-limit', {
    detail: {
      en: `The analysis asked ${groupedEn(MAX_DNS_QUERIES)} DNS questions, the limit per analysis; ${groupedEn(refused.length)} more were not sent (${first}${refused.length > 3 ? ', …' : ''}) and count as DNS errors.`,
      de: `Die Analyse hat ${groupedDe(MAX_DNS_QUERIES)} DNS-Abfragen gestellt, die Grenze je Analyse; ${groupedDe(refused.length)} weitere wurden nicht gesendet (${first}${refused.length > 3 ? ', …' : ''}) und gelten als DNS-Fehler.`,
    },
  });
}
