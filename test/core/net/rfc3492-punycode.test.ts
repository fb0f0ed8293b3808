import { describe, expect, it } from 'vitest';
import { domainToAscii, domainToUnicode, punycodeDecode, punycodeEncode } from '../../../src/core/net/rfc3492-punycode.ts';

// RFC 3492 §7.1 sample strings.
const SAMPLES: [string, string][] = [
  ['ليهمابتكلموشعربي؟', 'egbpdaj6bu4bxfgehfvwxn'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pročprostěnemluvíčesky', 'Proprostnemluvesky-uyb24dma41a'],
  ['почемужеонинеговорятпорусски', 'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  ['3年B組金八先生', '3B-ww4c5e180e575a65lsy2b'],
  ['-> $1.00 <-', '-> $1.00 <--'],
];

describe('RFC 3492 punycode', () => {
  it.each(SAMPLES)('encodes %s as %s and back', (unicode, ascii) => {
    expect(punycodeEncode(unicode)).toBe(ascii);
    expect(punycodeDecode(ascii.toLowerCase())?.toLowerCase()).toBe(unicode.toLowerCase());
  });

  it('converts whole domains both ways', () => {
    expect(domainToUnicode('xn--bcher-kva.example')).toBe('bücher.example');
    expect(domainToAscii('Bücher.Example')).toBe('xn--bcher-kva.example');
    expect(domainToUnicode('xn--80ak6aa92e.com')).toBe('аррӏе.com');
  });

  it('fails where delta would pass 2^31 − 1 (RFC 3492 §6.4), and only there', () => {
    expect(punycodeEncode(`${'a'.repeat(1926)}\u{10FFFF}`)).toMatch(/^a{1926}-/);
    expect(punycodeEncode(`${'a'.repeat(1927)}\u{10FFFF}`)).toBeNull();
  });

  it('leaves invalid or oversized labels as written', () => {
    expect(punycodeDecode('a'.repeat(64))).toBeNull();
    expect(punycodeDecode('99999999999999')).toBeNull();
    expect(domainToUnicode('xn--!!!.example')).toBe('xn--!!!.example');
  });
});
