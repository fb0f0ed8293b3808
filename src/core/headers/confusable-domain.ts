// Look-alike domains: internationalised labels that mix scripts
// ("pаypal" with a Cyrillic "а"), or that are written wholly in letters
// that look Latin. Unicode's confusables list (UTS #39) is large; the
// letters below are the ones attackers use for Latin look-alikes, and the
// result is always shown with the punycode form, which cannot deceive.

import { domainToAscii, domainToUnicode } from '../net/rfc3492-punycode.ts';

export interface DomainScripts {
  unicode: string;
  ascii: string;
  /** A label holds letters of more than one script. */
  mixedScript: boolean;
  /** Every letter of a non-Latin label looks like a Latin letter. */
  latinLookalike: boolean;
  scripts: string[];
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Han', /\p{Script=Han}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
];

// Cyrillic, Greek and Armenian letters whose glyphs match Latin ones (a subset of UTS #39).
const LATIN_LOOKALIKES = new Set(Array.from('аеорсухіјѕԁԛԝһӏԛвкмнтАВЕКМНОРСТХІЈЅαοτυνικρεΑΒΕΖΗΙΚΜΝΟΡΤΥΧօսոհ'));

function scriptsOf(label: string): string[] {
  const found: string[] = [];
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
    if (!found.includes(script)) found.push(script);
  }
  return found;
}

export function inspectDomain(domain: string): DomainScripts {
  const unicode = domainToUnicode(domain.toLowerCase());
  const ascii = domainToAscii(unicode);
  let mixedScript = false;
  let latinLookalike = false;
  const all = new Set<string>();
  for (const label of unicode.split('.')) {
    const scripts = scriptsOf(label);
    scripts.forEach((s) => all.add(s));
    if (scripts.length > 1) mixedScript = true;
    const letters = Array.from(label).filter((c) => /\p{L}/u.test(c));
    if (scripts.length === 1 && scripts[0] !== 'Latin' && letters.length > 0 && letters.every((c) => LATIN_LOOKALIKES.has(c))) latinLookalike = true;
  }
  return { unicode, ascii, mixedScript, latinLookalike, scripts: [...all] };
}
