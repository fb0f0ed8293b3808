// The tokenizer: words, nested comments, angle addresses, literals, the
// ";" before the date, and damaged input that must not throw.

import { describe, expect, it } from 'vitest';
import { tokenizeReceived } from '../../../src/core/hops/received-tokens.ts';

const kinds = (text: string) => tokenizeReceived(text).tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokenizeReceived', () => {
  it('splits words, comments, literals, angle addresses and the semicolon', () => {
    expect(kinds('from a.example (b.example [192.0.2.1]) by c.example for <x@example.com>; Fri')).toEqual([
      'word:from', 'word:a.example', 'comment:b.example [192.0.2.1]', 'word:by', 'word:c.example', 'word:for', 'angle:x@example.com', 'semicolon:;', 'word:Fri',
    ]);
  });

  it('keeps nested comments whole and ends a word at "("', () => {
    expect(kinds('with Microsoft SMTPSVC(5.0.2195.6713) (a (b) c)')).toEqual(['word:with', 'word:Microsoft', 'word:SMTPSVC', 'comment:5.0.2195.6713', 'comment:a (b) c']);
  });

  it('reads doubled angle brackets as one address and a quoted string whole', () => {
    expect(kinds('for <<list@example.com>> claiming to be "x y"')).toEqual(['word:for', 'angle:<list@example.com>', 'word:claiming', 'word:to', 'word:be', 'quoted:x y']);
  });

  it('reports an unclosed comment and stray parentheses instead of failing', () => {
    const result = tokenizeReceived('a ) b (c d');
    expect(result.unclosedComment).toBe(true);
    expect(result.strayParentheses).toBe(1);
    expect(result.tokens.map((t) => t.text)).toEqual(['a', 'b', 'c d']);
  });

  it('treats a "<" or "[" that never closes as text', () => {
    expect(kinds('<<<< [x')).toEqual(['word:<<<<', 'word:[x']);
  });

  it('keeps offsets that slice back to the text as written', () => {
    const text = 'by mx.example.com ; Fri, 27 Nov 2026';
    for (const token of tokenizeReceived(text).tokens) if (token.kind === 'word') expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
