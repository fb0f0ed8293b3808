import { describe, expect, it } from 'vitest';
import { parameterOf, parseMimeValue } from '../../../src/core/message/rfc2231-parameters.ts';

describe('MIME parameters with RFC 2231', () => {
  it('reads plain and quoted parameters, ignoring comments', () => {
    const value = parseMimeValue('text/plain; charset="utf-8" (comment); format=flowed');
    expect(value.value).toBe('text/plain');
    expect(parameterOf(value, 'charset')).toBe('utf-8');
    expect(parameterOf(value, 'format')).toBe('flowed');
  });

  it('joins numbered sections and decodes charset and language (RFC 2231 §3, §4)', () => {
    const value = parseMimeValue("attachment; filename*0*=utf-8'de'%C3%9Cber; filename*1=sicht.pdf");
    const filename = value.parameters.find((p) => p.name === 'filename')!;
    expect(filename).toMatchObject({ value: 'Übersicht.pdf', charset: 'utf-8', language: 'de', form: 'rfc2231' });
  });

  it('decodes RFC 2047 words inside quotes and says so', () => {
    const filename = parseMimeValue('attachment; filename="=?UTF-8?B?w7xiZXIudHh0?="').parameters[0]!;
    expect(filename).toMatchObject({ value: 'über.txt', form: 'rfc2047-in-quotes' });
  });

  it('keeps a semicolon inside quotes', () => {
    expect(parameterOf(parseMimeValue('multipart/mixed; boundary="a;b"'), 'boundary')).toBe('a;b');
  });
});
