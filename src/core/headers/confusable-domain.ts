// Look-alike domains, read the way a reader and a resolver see them.
// UTS #46 (IDNA compatibility processing) maps full-width letters and the
// ideographic full stops to ASCII and drops default-ignorable characters,
// so "ｐａｙｐａｌ．com" and "pay\u00ADpal.com" both resolve as paypal.com
// while DMARC and filters compare the written form. UTS #39 gives the rest:
// skeletons for letters that only look Latin ("pɑypal"), restriction
// levels for labels that mix scripts ("pаypal" with a Cyrillic "а").

import { domainToAscii, domainToUnicode } from '../net/rfc3492-punycode.ts';
import { guessOrganizationalDomain } from '../net/organizational-domain.ts';
import { restrictionLevel, scriptsOf } from './uts39-restriction-level.ts';
import { prototypeOf, skeleton } from './uts39-skeleton.ts';
import { WELL_KNOWN_DOMAINS } from './well-known-domains.ts';

export interface DomainScripts {
  unicode: string;
  ascii: string;
  /** What UTS #46 reads: invisible characters dropped, full stops and compatibility forms mapped, lower-case. */
  mapped: string;
  /** Default-ignorable code points (zero-width, soft hyphen, bidi controls, …), in order, each once. */
  invisible: number[];
  /** Full-width and half-width forms (U+FF01–U+FF5E, U+FF61) and the IDNA full stops U+3002, U+FF0E. */
  fullWidth: number[];
  /** Combining marks written as code points of their own: IDNA2008 wants labels in NFC, so a valid domain has them only where no precomposed letter exists. */
  combining: number[];
  /** A label mixes scripts beyond what UTS #39 §5.2 calls highly restrictive. */
  mixedScript: boolean;
  /** A label of one script other than Latin, under an ASCII top-level domain, whose skeleton is all ASCII letters (a whole-script confusable). */
  latinLookalike: boolean;
  /** A label is written in characters that UTS #39 does not allow in identifiers but that look like ASCII. */
  imitatesAscii: boolean;
  /** The well-known domain this one imitates, or null. */
  imitates: string | null;
  scripts: string[];
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const FULL_WIDTH = /[\uff01-\uff5e\u3002\uff61\uff0e]/u;
const IDNA_FULL_STOPS = /[\u3002\uff0e\uff61]/gu;
// Marks of the Inherited script (U+0300–U+036F and the like), not the vowel signs of Indic scripts.
const LOOSE_MARK = /(?=\p{Script=Inherited})\p{M}/u;
const STRIPPED_MARKS = /(?=\p{Script=Inherited})\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;

function codePoints(text: string, pattern: RegExp): number[] {
  const found = new Set<number>();
  for (const char of text) if (pattern.test(char)) found.add(char.codePointAt(0)!);
  return [...found];
}

/** The form UTS #46 reads, as above. */
export function mappedDomain(domain: string): string {
  return domainToUnicode(
    Array.from(domain)
      .filter((char) => !INVISIBLE.test(char))
      .join('')
      .replace(IDNA_FULL_STOPS, '.')
      .normalize('NFKC')
      .toLowerCase(),
  );
}

/** The name label of a domain's organisational domain ("paypal" of mail.paypal.co.uk). */
export function nameLabel(domain: string): string {
  return guessOrganizationalDomain(domain).split('.')[0] ?? '';
}

/** The well-known domain whose name label has the same skeleton as this domain's, when the written form differs from it. */
export function imitatedDomain(domain: string, written: string = domain): string | null {
  const label = nameLabel(domain);
  if (!label) return null;
  // Accents are compared away too: "paypál" imitates paypal as well as "pɑypal" does.
  const shapes = [skeleton(label), skeleton(label.normalize('NFD').replace(STRIPPED_MARKS, ''))];
  for (const known of WELL_KNOWN_DOMAINS) {
    const knownLabel = nameLabel(known);
    if (!shapes.includes(skeleton(knownLabel))) continue;
    if (label !== knownLabel || written !== domain) return known;
  }
  return null;
}

export function inspectDomain(domain: string): DomainScripts {
  const written = domainToUnicode(domain.toLowerCase());
  const mapped = mappedDomain(domain);
  let mixedScript = false;
  let latinLookalike = false;
  let imitatesAscii = false;
  const scripts = new Set<string>();
  const labels = mapped.split('.');
  // A name under a top-level domain of its own script (крым.рус) is read in
  // that script; one under an ASCII top-level domain (аррӏе.com) is read as
  // Latin, which is how browsers judge whole-script confusables too.
  const asciiTld = ASCII.test(labels.at(-1) ?? '');
  for (const [position, label] of labels.entries()) {
    if (ASCII.test(label)) continue;
    scriptsOf(label).forEach((s) => scripts.add(s));
    const level = restrictionLevel(label);
    if (level === 'minimally-restrictive' || level === 'unrestricted') mixedScript = true;
    const shape = skeleton(label);
    if (!ASCII.test(shape)) continue;
    const labelScripts = scriptsOf(label);
    const readAsLatin = asciiTld && position < labels.length - 1 && /^[a-z-]+$/.test(shape);
    if (readAsLatin && level === 'single-script' && labelScripts.length > 0 && !labelScripts.includes('Latin')) latinLookalike = true;
    if (Array.from(label).some((char) => prototypeOf(char)?.allowed === false)) imitatesAscii = true;
  }
  return {
    unicode: written,
    ascii: domainToAscii(written),
    mapped,
    invisible: codePoints(written, INVISIBLE),
    fullWidth: codePoints(written, FULL_WIDTH),
    combining: codePoints(written, LOOSE_MARK),
    mixedScript,
    latinLookalike,
    imitatesAscii,
    imitates: imitatedDomain(mapped, written),
    scripts: [...scripts],
  };
}
