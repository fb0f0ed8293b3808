import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../src/dns/ip-address.ts';

describe('parseIPv4', () => {
  it('reads dotted decimal and refuses everything else', () => {
    expect(Array.from(parseIPv4('192.0.2.255') ?? [])).toEqual([192, 0, 2, 255]);
    for (const bad of ['192.0.2', '192.0.2.1.5', '256.0.0.1', '01.2.3.4', '1.2.3.-4', '1.2.3.4 ', '', 'a.b.c.d', '0x1.2.3.4']) {
      expect(parseIPv4(bad), bad).toBeNull();
    }
  });
});

describe('parseIPv6', () => {
  it('reads the RFC 4291 §2.2 forms', () => {
    const hex = (text: string) => Buffer.from(parseIPv6(text) ?? []).toString('hex');
    expect(hex('2001:db8::1')).toBe('20010db8000000000000000000000001');
    expect(hex('::')).toBe('0'.repeat(32));
    expect(hex('::1')).toBe(`${'0'.repeat(31)}1`);
    expect(hex('fe80::')).toBe(`fe80${'0'.repeat(28)}`);
    expect(hex('CAFE:BABE::1')).toBe('cafebabe000000000000000000000001');
    expect(hex('::ffff:192.0.2.1')).toBe('00000000000000000000ffffc0000201');
    expect(hex('1:2:3:4:5:6:1.2.3.4')).toBe('00010002000300040005000601020304');
    expect(hex('1:2:3:4:5:6:7:8')).toBe('00010002000300040005000600070008');
  });

  it('refuses malformed text', () => {
    for (const bad of ['1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '1.2.3.4', '1.2.3.4::', '::1.2.3.4:5', '1:2:3:4:5:6:7::8:9', ':1::', '1:2:3:4:5:6:7:8::', '']) {
      expect(parseIPv6(bad), bad).toBeNull();
    }
  });
});

describe('formatIPv6', () => {
  it('follows the RFC 5952 examples', () => {
    const format = (text: string) => formatIPv6(parseIPv6(text) ?? new Uint8Array(16));
    expect(format('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(format('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1'); // §4.2.3 first of equal runs
    expect(format('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1'); // §4.2.2 one group stays 0
    expect(format('2001:0:0:1:0:0:0:1')).toBe('2001:0:0:1::1'); // §4.2.3 the longest run
    expect(format('2001:DB8::AAAA')).toBe('2001:db8::aaaa'); // §4.3 lower case
    expect(format('::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1'); // §5
    expect(format('::')).toBe('::');
  });

  it('agrees with the WHATWG URL serializer, which also follows RFC 5952', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.boolean(), (bytes, sparse) => {
        // Zero runs are rare in random bytes; make half the groups zero half the time.
        if (sparse) for (let i = 0; i < 16; i += 4) bytes[i] = bytes[i + 1] = 0;
        const mapped = bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
        fc.pre(!mapped);
        const text = formatIPv6(bytes);
        expect(text).toBe(new URL(`http://[${text}]/`).hostname.slice(1, -1));
        expect(Array.from(parseIPv6(text) ?? [])).toEqual(Array.from(bytes));
      }),
    );
  });
});

describe('formatIPv4', () => {
  it('writes dotted decimal', () => {
    expect(formatIPv4(Uint8Array.from([10, 0, 0, 255]))).toBe('10.0.0.255');
  });
});
