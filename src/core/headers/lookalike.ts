// Findings for a From (Reply-To, Sender) address that imitates another:
// its domain (see confusable-domain.ts for how it is read) and its display
// name, where invisible characters, look-alike letters and a domain written
// in the name stand in for the real sender. A look-alike of a well-known
// domain, or a name that claims a domain the address is not in, is an
// error; the same tricks without a victim in sight are warnings.

import type { HeaderFinding } from '../analysis.ts';
import { sameOrganization } from '../net/organizational-domain.ts';
import { finding, text } from './catalogue-entry.ts';
import { imitatedDomain, inspectDomain, mappedDomain, nameLabel, type DomainScripts } from './confusable-domain.ts';
import { describeCodePoint, skeleton } from './uts39-skeleton.ts';
import { WELL_KNOWN_DOMAINS } from './well-known-domains.ts';

// Names are listed up to this many; the rest are counted.
const MAX_NAMED = 4;
// A display name is a few words; longer ones are padding (deception.ts stops at the same length).
const MAX_NAME_CHARS = 1000;
// Domain-like tokens in a display name are compared up to this many.
const MAX_CLAIMS = 5;

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{Nd}.@-]/u;
// Top-level domains that people write in display names ("PayPal.com Service"):
// a name token ending in one of them is read as a domain, "Mr.Smith" is not.
const CLAIMED_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'io', 'co', 'de', 'at', 'ch', 'uk', 'fr', 'it', 'es', 'nl', 'eu', 'us', 'ca', 'au', 'example', 'test']);

function named(codePoints: number[]): string {
  const shown = codePoints.slice(0, MAX_NAMED).map(describeCodePoint).join(', ');
  return codePoints.length > MAX_NAMED ? `${shown}, +${codePoints.length - MAX_NAMED}` : shown;
}

function imitation(domain: DomainScripts): { en: string; de: string } {
  return domain.imitates ? { en: `, which imitates ${domain.imitates}`, de: `, was ${domain.imitates} nachahmt` } : { en: '', de: '' };
}

export function domainFindings(rawDomain: string): HeaderFinding[] {
  const domain = inspectDomain(rawDomain);
  const shown = JSON.stringify(domain.unicode);
  const real = domain.ascii;
  const also = imitation(domain);
  const found: HeaderFinding[] = [];
  if (domain.invisible.length > 0) {
    found.push(
      finding(
        'invisible-character',
        'error',
        text(
          `The domain ${shown} holds invisible characters (${named(domain.invisible)}). No valid domain does (IDNA2008); mail programs show it as ${domain.mapped}${also.en}, and a resolver that drops them (UTS #46) looks up ${domain.mapped}. Its real form is ${real}.`,
          `Die Domain ${shown} enthält unsichtbare Zeichen (${named(domain.invisible)}). Keine gültige Domain tut das (IDNA2008); Mailprogramme zeigen sie als ${domain.mapped}${also.de}, und ein Resolver, der sie verwirft (UTS #46), fragt nach ${domain.mapped}. Ihre echte Form ist ${real}.`,
        ),
      ),
    );
  }
  if (domain.fullWidth.length > 0) {
    found.push(
      finding(
        'fullwidth-domain',
        'error',
        text(
          `The domain ${shown} is written with full-width letters or full stops (${named(domain.fullWidth)}). It reads as ${domain.mapped}${also.en}, and IDNA maps it to that (UTS #46), but filters and DMARC compare the written form ${real}.`,
          `Die Domain ${shown} ist mit Vollbreiten-Buchstaben oder -Punkten geschrieben (${named(domain.fullWidth)}). Sie liest sich als ${domain.mapped}${also.de}, und IDNA bildet sie darauf ab (UTS #46), aber Filter und DMARC vergleichen die geschriebene Form ${real}.`,
        ),
      ),
    );
  }
  if (domain.combining.length > 0) {
    found.push(
      finding(
        'combining-mark',
        domain.imitates ? 'error' : 'warning',
        text(
          `The domain ${shown} carries combining marks written apart from their letters (${named(domain.combining)}): a dot or accent that is easy to overlook${also.en}. Its real form is ${real}.`,
          `Die Domain ${shown} trägt kombinierende Zeichen, getrennt von ihren Buchstaben geschrieben (${named(domain.combining)}): ein leicht übersehener Punkt oder Akzent${also.de}. Ihre echte Form ist ${real}.`,
        ),
      ),
    );
  }
  if (domain.mixedScript || domain.latinLookalike) {
    found.push(
      finding(
        'lookalike-domain',
        'error',
        text(
          `The domain ${domain.unicode} ${domain.mixedScript ? `mixes scripts (${domain.scripts.join(', ')})` : 'is written in letters that look Latin'}: ${domain.imitates ? `it imitates ${domain.imitates}` : 'it may imitate another domain'}. Its real form is ${real}.`,
          `Die Domain ${domain.unicode} ${domain.mixedScript ? `mischt Schriften (${domain.scripts.join(', ')})` : 'ist in Buchstaben geschrieben, die lateinisch aussehen'}: ${domain.imitates ? `Sie ahmt ${domain.imitates} nach` : 'Sie kann eine andere Domain nachahmen'}. Ihre echte Form ist ${real}.`,
        ),
      ),
    );
  } else if (found.length === 0 && (domain.imitates || domain.imitatesAscii)) {
    found.push(
      finding(
        'confusable-domain',
        domain.imitates ? 'error' : 'warning',
        text(
          domain.imitates
            ? `The domain ${domain.unicode} looks like ${domain.imitates} (same UTS #39 skeleton) but is not it. Its real form is ${real}.`
            : `The domain ${domain.unicode} is written with characters that only look like ASCII letters (UTS #39): it reads as ${skeleton(domain.mapped)}, but its real form is ${real}.`,
          domain.imitates
            ? `Die Domain ${domain.unicode} sieht aus wie ${domain.imitates} (gleiches UTS-#39-Skelett), ist es aber nicht. Ihre echte Form ist ${real}.`
            : `Die Domain ${domain.unicode} ist mit Zeichen geschrieben, die nur wie ASCII-Buchstaben aussehen (UTS #39): Sie liest sich als ${skeleton(domain.mapped)}, ihre echte Form ist aber ${real}.`,
        ),
      ),
    );
  }
  if (found.length === 0 && domain.unicode !== domain.ascii) {
    found.push(finding('idn-domain', 'info', text(`Internationalised domain ${domain.unicode}, technically ${real}.`, `Internationalisierte Domain ${domain.unicode}, technisch ${real}.`)));
  }
  return found;
}

/** Invisible characters between two characters of a Latin word ("Pay\u200BPal"); ZWJ in emoji and ZWNJ in Persian or Indic names sit elsewhere. */
function invisiblesInWords(name: string): number[] {
  const chars = Array.from(name);
  const found = new Set<number>();
  for (let i = 1; i < chars.length - 1; i++) {
    if (!INVISIBLE.test(chars[i]!)) continue;
    let before = i - 1;
    while (before > 0 && INVISIBLE.test(chars[before]!)) before--;
    let after = i + 1;
    while (after < chars.length - 1 && INVISIBLE.test(chars[after]!)) after++;
    if (LATIN_WORD_CHAR.test(chars[before]!) && LATIN_WORD_CHAR.test(chars[after]!)) found.add(chars[i]!.codePointAt(0)!);
  }
  return [...found];
}

/** Domains the name names, as a reader sees them (full-width forms and invisibles undone), that are not in the From domain's organisation. */
function claimedDomains(mapped: string, fromDomain: string): string[] {
  const claims: string[] = [];
  for (const token of mapped.split(/[\s"'<>()[\],;:!?/|]+/)) {
    if (claims.length >= MAX_CLAIMS || token.includes('@')) continue;
    const candidate = token.replace(/^\.+|\.+$/g, '');
    const labels = candidate.split('.');
    if (labels.length < 2 || !CLAIMED_TLDS.has(labels.at(-1)!) || labels.some((label) => !/^[\p{L}\p{N}-]{1,63}$/u.test(label))) continue;
    if (!sameOrganization(candidate, fromDomain)) claims.push(candidate);
  }
  return claims;
}

/** The well-known domain whose name a word spells with look-alike or invisible characters ("PɑyPɑl", "Pay\u200BPal"). */
function brandSpelledBy(word: string): string | null {
  if (/^[\x20-\x7e]*$/.test(word)) return null;
  const shape = skeleton(Array.from(word).filter((char) => !INVISIBLE.test(char)).join(''));
  return WELL_KNOWN_DOMAINS.find((known) => skeleton(nameLabel(known)) === shape) ?? null;
}

function isWellKnown(domain: string): boolean {
  return imitatedDomain(domain) !== null || WELL_KNOWN_DOMAINS.some((known) => nameLabel(known) === nameLabel(domain));
}

export function displayNameFindings(displayName: string, fromDomain: string): HeaderFinding[] {
  const name = displayName.slice(0, MAX_NAME_CHARS);
  const mapped = mappedDomain(name.replace(/\s+/g, ' '));
  const claims = claimedDomains(mapped, fromDomain);
  const fromName = nameLabel(mappedDomain(fromDomain));
  const brand =
    name
      .toLowerCase()
      .split(/[\s"'<>()[\],;:!?/|.]+/)
      .map(brandSpelledBy)
      .find((known) => known !== null && nameLabel(known) !== fromName) ?? null;
  const obfuscated = mapped !== name.replace(/\s+/g, ' ').toLowerCase();
  const found: HeaderFinding[] = [];
  const invisible = invisiblesInWords(name);
  const claimText = claims.length > 0 ? { en: ` It names ${claims.join(', ')}, but the address is in ${fromDomain}.`, de: ` Er nennt ${claims.join(', ')}, die Adresse liegt aber in ${fromDomain}.` } : { en: '', de: '' };
  if (invisible.length > 0) {
    found.push(
      finding(
        'invisible-character',
        claims.length > 0 || brand ? 'error' : 'warning',
        text(
          `The display name hides invisible characters inside its words (${named(invisible)}), which keep filters from matching what the reader sees.${claimText.en}`,
          `Der Anzeigename versteckt unsichtbare Zeichen in seinen Wörtern (${named(invisible)}), damit Filter nicht finden, was der Leser sieht.${claimText.de}`,
        ),
      ),
    );
  }
  if (brand) {
    found.push(
      finding(
        'confusable-name',
        'error',
        text(
          `The display name spells ${nameLabel(brand)} with look-alike characters (UTS #39 skeleton), but the address is in ${fromDomain}, not ${brand}.`,
          `Der Anzeigename schreibt ${nameLabel(brand)} mit ähnlich aussehenden Zeichen (UTS-#39-Skelett), die Adresse liegt aber in ${fromDomain}, nicht ${brand}.`,
        ),
      ),
    );
  }
  if (claims.length > 0 && invisible.length === 0) {
    const serious = obfuscated || claims.some(isWellKnown);
    found.push(
      finding(
        'display-name-domain',
        serious ? 'error' : 'warning',
        text(
          `The display name names the domain ${claims.join(', ')}${obfuscated ? ' (written with full-width or look-alike characters)' : ''}, but the address is in ${fromDomain}. Mail programs that show only the name make it look like mail from ${claims[0]}.`,
          `Der Anzeigename nennt die Domain ${claims.join(', ')}${obfuscated ? ' (mit Vollbreiten- oder ähnlich aussehenden Zeichen geschrieben)' : ''}, die Adresse liegt aber in ${fromDomain}. Mailprogramme, die nur den Namen zeigen, lassen sie wie Mail von ${claims[0]} aussehen.`,
        ),
      ),
    );
  }
  return found;
}
