import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { genericNameSigns, looksGeneric } from '../../../src/core/sender/generic-reverse-name.ts';
import { parseIp } from '../../../src/core/net/ip-address.ts';

const ip = parseIp('198.51.100.7')!;

describe('generic reverse names', () => {
  it.each([
    ['198-51-100-7.dyn.isp.example', ['dyn'], true],
    ['7.100.51.198.dhcp.cable.example.net', ['dhcp', 'cable'], true],
    ['c6336407.example.net', [], true],
    ['ppp198051100007.example.org', ['ppp'], false],
    ['customer.bb.example.com', ['customer', 'bb'], false],
  ])('%s', (name, words, digits) => {
    const signs = genericNameSigns(name, ip);
    expect(signs.words).toEqual(words);
    expect(looksGeneric(signs)).toBe(true);
    if (digits) expect(signs.digits).toBe(true);
  });

  it('passes server names, and ignores words in the registered domain or inside other words', () => {
    for (const name of ['mail.example.com', 'mx1.dyn.com', 'poolside.example.com', 'smtp.dynamo.example', 'mail.11-198-51-100-71.example']) {
      expect(looksGeneric(genericNameSigns(name, ip)), name).toBe(false);
    }
  });

  it('never throws and answers the same for any Unicode name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => {
        const first = genericNameSigns(name, ip);
        expect(genericNameSigns(name, ip)).toEqual(first);
      }),
    );
  });
});
