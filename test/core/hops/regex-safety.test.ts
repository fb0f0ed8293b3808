// Every regular expression under src/core/hops (and the date reader in
// src/core/message/date-words.ts) reads hostile text, so
// none may backtrack catastrophically. This reads their sources and checks
// the rule the modules follow: no unbounded quantifier ("+", "*", "{n,}")
// except a lone character class repeated in a global replace (/\s+/g,
// linear by construction), and no quantified group that contains an
// unbounded quantifier (the "(a+)+" shape). The time a 1 MB header of
// hostile fields takes is measured in test/bench/received-parse.ts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOPS = new URL('../../../src/core/hops/', import.meta.url).pathname;

/** Regex literals and `new RegExp(...)` sources of one file. */
function regexSources(code: string): string[] {
  const found: string[] = [];
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  for (let i = 0; i < withoutComments.length; i++) {
    if (withoutComments[i] !== '/') continue;
    const before = withoutComments.slice(0, i).trimEnd();
    if (!/[=(,:!&|?{};]$|return$/.test(before)) continue;
    let j = i + 1;
    let inClass = false;
    for (; j < withoutComments.length && withoutComments[j] !== '\n'; j++) {
      const c = withoutComments[j];
      if (c === '\\') j++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
    }
    if (withoutComments[j] === '/') {
      found.push(withoutComments.slice(i + 1, j) + withoutComments.slice(j).match(/^\/([a-z]*)/)![1]!.replace(/^(.)/, '/$1'));
      i = j;
    }
  }
  for (const match of withoutComments.matchAll(/new RegExp\(\s*`([^`]*)`/g)) found.push(match[1]!);
  return found;
}

/** Unbounded quantifiers outside character classes and escapes. */
function unboundedQuantifiers(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (!inClass && (c === '+' || c === '*') && source[i - 1] !== '(' && source[i - 1] !== '?') count++;
    else if (!inClass && c === '{' && /^\{\d+,\}/.test(source.slice(i))) count++;
  }
  return count;
}

// The date reader of Received fields is in message/, as the Date field shares it.
const DATE_WORDS = new URL('../../../src/core/message/date-words.ts', import.meta.url).pathname;
const files = [...readdirSync(HOPS).filter((name) => name.endsWith('.ts')).map((name) => join(HOPS, name)), DATE_WORDS];
const all = files.flatMap((file) => regexSources(readFileSync(file, 'utf8')).map((source) => ({ file: file.split('/src/core/')[1]!, source })));

describe('regular expressions in src/core/hops', () => {
  it('finds the patterns it checks', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(all.length).toBeGreaterThan(40);
  });

  it('have no unbounded quantifier, except a lone class in a global replace', () => {
    const offenders = all.filter(({ source }) => unboundedQuantifiers(source) > 0 && !/^\\s[+*]\/g$/.test(source));
    expect(offenders).toEqual([]);
  });

  it('the audit itself catches the catastrophic shapes', () => {
    expect(unboundedQuantifiers('(a+)+$')).toBe(2);
    expect(unboundedQuantifiers('^(?:\\.\\d{1,3}){3}$')).toBe(0);
    expect(unboundedQuantifiers('x{2,}')).toBe(1);
    expect(unboundedQuantifiers('[+*]{1,3}')).toBe(0);
  });
});
