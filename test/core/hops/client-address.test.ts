// Address text as Received fields write it.

import { describe, expect, it } from 'vitest';
import { isHostName, readAddress, withoutRootDot } from '../../../src/core/hops/client-address.ts';

describe('readAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1', false],
    ['[192.0.2.1]', '192.0.2.1', false],
    ['192.0.2.1:52313', '192.0.2.1', false],
    ['192.0.2.24.63559', '192.0.2.24', false],
    ['IPv6:2001:db8::25', '2001:db8::25', false],
    ['[IPv6:2001:db8::25]', '2001:db8::25', false],
    ['::ffff:192.0.2.40', '192.0.2.40', true],
    ['fe80::1%12', 'fe80::1', false],
  ])('%s', (text, ip, mapped) => {
    expect(readAddress(text)).toEqual({ ip, mapped });
  });

  it('refuses ids, build numbers and names', () => {
    for (const text of ['15.20.8207.18.1', 'cafe.example', '4Xq2A10k3Bz9Tn', '', '999.1.1.1', 'x'.repeat(80)]) expect(readAddress(text)).toBeNull();
  });
});

describe('isHostName', () => {
  it('accepts names, also UTF-8 ones, and refuses the rest', () => {
    expect(['mail.example.net', 'MARISELA', 'mail-ig0.esempio-università.it'].every(isHostName)).toBe(true);
    expect([null, '', 'unknown', '[192.0.2.1]', '?10.0.0.1?', 'a@b', '192.0.2.1'].some(isHostName)).toBe(false);
  });

  it('drops the root dot', () => {
    expect(withoutRootDot('mail.example.net.')).toBe('mail.example.net');
    expect(withoutRootDot('.')).toBe('.');
  });
});
