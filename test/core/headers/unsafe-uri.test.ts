import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveScheme, listFieldUris, unsafeScheme } from '../../../src/core/headers/unsafe-uri.ts';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { fieldsOf } from './header-fields.ts';

describe('unsafe URIs in List-* fields', () => {
  it('reads the scheme through the disguises a forgiving reader undoes', () => {
    const disguised = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\r\nscript:alert(1)',
      'java\u200Bscript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      '&#37;6Aavascript:alert(1)',
      '\uFF4Aavascript:alert(1)',
    ];
    for (const uri of disguised) expect(unsafeScheme(uri), JSON.stringify(uri)).toBe('javascript');
    expect(unsafeScheme('data:text/html;base64,PHNjcmlwdD4=')).toBe('data');
    expect(unsafeScheme('VBScript:msgbox(1)')).toBe('vbscript');
    expect(unsafeScheme('file://attacker.example/share')).toBe('file');
  });

  it('leaves http, https and mailto alone, even with a javascript: text inside', () => {
    expect(unsafeScheme('https://list.example/unsubscribe?next=javascript:alert(1)')).toBeNull();
    expect(unsafeScheme('mailto:leave@list.example?subject=unsubscribe')).toBeNull();
    expect(effectiveScheme('http://list.example/')).toBe('http');
  });

  it('reads bracketed URIs with white space inside, and bare comma-separated ones', () => {
    expect(listFieldUris('<java\tscript:alert(1)>, <mailto:a@example.com>')).toEqual(['java\tscript:alert(1)', 'mailto:a@example.com']);
    expect(listFieldUris('javascript:alert(1), https://list.example/')).toEqual(['javascript:alert(1)', 'https://list.example/']);
  });

  it('flags every List-* field, and raises the problem once', async () => {
    const names = ['List-Unsubscribe', 'List-Archive', 'List-Help', 'List-Post', 'List-Subscribe', 'List-Owner'];
    const explained = await explainHeaders(fieldsOf(names.map((name) => `${name}: <java\tscript:alert(1)>`).join('\n')), { now: '2026-11-27T12:00:00Z' });
    for (const header of explained.headers) expect(header.findings.map((f) => `${f.code}/${f.severity}`), header.name).toContain('unsafe-list-uri/error');
    expect(explained.problems.map((p) => p.code)).toEqual(['unsafe-list-uri']);
    // The page links only the catalogue's references, never a value of the message.
    for (const header of explained.headers) for (const reference of header.references) expect(reference.url).toMatch(/^https:\/\//);
  });

  it('answers for any URI of Unicode characters', () => {
    const anyChar = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(fc.oneof(anyChar, fc.constantFrom('&#', '%', ';', ':', 'j', 'a')), { maxLength: 60 }), (chars) => {
        const scheme = effectiveScheme(chars.join(''));
        expect(scheme === null || /^[a-z][a-z0-9+.-]*$/.test(scheme)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
