import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import packet from 'dns-packet';
import {
  encodeName,
  InvalidNameError,
  MalformedMessageError,
  nameProblem,
  nameToLabels,
  readName,
} from '../../src/dns/dns-name.ts';

// dns-packet exports its name codec, though its typings do not say so.
const packetName = (packet as unknown as { name: { encode(name: string): Buffer } }).name;

const text = (labels: Uint8Array[]) => labels.map((label) => Buffer.from(label).toString('latin1'));

describe('nameToLabels / encodeName', () => {
  it('splits on dots, with or without the root dot', () => {
    expect(text(nameToLabels('mail.example.com'))).toEqual(['mail', 'example', 'com']);
    expect(text(nameToLabels('mail.example.com.'))).toEqual(['mail', 'example', 'com']);
    expect(nameToLabels('')).toEqual([]);
    expect(nameToLabels('.')).toEqual([]);
  });

  it('reads the RFC 1035 §5.1 escapes', () => {
    expect(text(nameToLabels('a\\.b.example'))).toEqual(['a.b', 'example']);
    expect(text(nameToLabels('back\\\\slash.example'))).toEqual(['back\\slash', 'example']);
    expect(text(nameToLabels('\\000\\255.example'))).toEqual(['\x00\xff', 'example']);
  });

  it('sends non-ASCII text as UTF-8 octets', () => {
    expect(Buffer.from(nameToLabels('münchen.example')[0] ?? []).toString('utf8')).toBe('münchen');
  });

  it('writes the same wire form as dns-packet', () => {
    for (const name of ['example.com', 'a.b.c.d.e', '_dmarc.example.org', 'x']) {
      expect(Buffer.from(encodeName(name)).toString('hex')).toBe(packetName.encode(name).toString('hex'));
    }
  });

  it('refuses names that cannot exist (RFC 1035 §2.3.4)', () => {
    const cases: [string, RegExp][] = [
      ['a..b', /empty label/],
      ['.a', /empty label/],
      [`${'x'.repeat(64)}.example`, /64 octets/],
      [`${'abcdefgh.'.repeat(28)}example`, /over 255/],
      ['bad\\256.example', /over 255/],
      ['ends\\', /lone backslash/],
    ];
    for (const [name, message] of cases) {
      expect(() => nameToLabels(name), name).toThrow(InvalidNameError);
      expect(nameProblem(name), name).toMatch(message);
    }
    // 63 octets and 255 on the wire are still fine.
    expect(nameProblem(`${'x'.repeat(63)}.example`)).toBeNull();
    const longest = `${'x'.repeat(63)}.${'y'.repeat(63)}.${'z'.repeat(63)}.${'w'.repeat(61)}`;
    expect(encodeName(longest)).toHaveLength(255);
    // Two octets per ü: 32 of them make a 64-octet label.
    expect(nameProblem(`${'ü'.repeat(32)}.example`)).toMatch(/64 octets/);
  });
});

describe('readName', () => {
  it('reads an uncompressed name and says where it ends', () => {
    const bytes = Uint8Array.from([0xaa, ...encodeName('mail.example.com'), 0xbb]);
    expect(readName(bytes, 1)).toEqual({ name: 'mail.example.com', end: bytes.length - 1 });
    expect(readName(Uint8Array.from([0]), 0)).toEqual({ name: '', end: 1 });
  });

  it('follows compression pointers back (RFC 1035 §4.1.4)', () => {
    // "example.com" at 0, then "mail" + pointer to 0 at 13.
    const bytes = Uint8Array.from([...encodeName('example.com'), 4, ...Buffer.from('mail'), 0xc0, 0x00]);
    expect(readName(bytes, 13)).toEqual({ name: 'mail.example.com', end: 20 });
    // A pointer to a pointer.
    const twice = Uint8Array.from([...bytes, 0xc0, 13]);
    expect(readName(twice, 20)).toEqual({ name: 'mail.example.com', end: 22 });
  });

  it('refuses pointer loops, forward pointers and names that run off the end', () => {
    const cases: [number[], number][] = [
      [[0xc0, 0x00], 0], // points at itself
      [[1, 0x61, 0xc0, 0x00], 0], // label, then back to its own start
      [[0xc0, 0x02, 0], 0], // forward
      [[3, 0x61, 0x62], 0], // label past the end
      [[1, 0x61], 0], // no terminating zero
      [[0xc0], 0], // pointer cut off
      [[0x40, 0], 0], // extended label type
    ];
    for (const [bytes, at] of cases) {
      expect(() => readName(Uint8Array.from(bytes), at), JSON.stringify(bytes)).toThrow(MalformedMessageError);
    }
    // Over 255 octets through pointers: 5 labels of 63 octets chained backwards.
    const parts: number[] = [0];
    let previous = 0;
    for (let i = 0; i < 5; i++) {
      const start = parts.length;
      parts.push(63, ...new Array<number>(63).fill(0x61), 0xc0 | (previous >> 8), previous & 0xff);
      previous = start;
    }
    expect(() => readName(Uint8Array.from(parts), previous)).toThrow(/over 255/);
  });

  it('escapes dots, backslashes, control octets and non-UTF-8 octets', () => {
    const wire = (...labels: number[][]) => Uint8Array.from([...labels.flatMap((l) => [l.length, ...l]), 0]);
    expect(readName(wire([0x61, 0x2e, 0x62], [0x63]), 0).name).toBe('a\\.b.c');
    expect(readName(wire([0x5c], [0x09, 0x20, 0x7f]), 0).name).toBe('\\\\.\\009 \\127');
    expect(readName(wire([...Buffer.from('münchen')]), 0).name).toBe('münchen');
    expect(readName(wire([0x61, 0xff, 0xc3]), 0).name).toBe('a\\255\\195');
    // A leading byte order mark is data, not a marker to drop.
    expect(nameToLabels(readName(wire([0xef, 0xbb, 0xbf, 0x61]), 0).name)[0]).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]));
  });

  it('gives text that encodes back to the same octets', () => {
    const label = fc.uint8Array({ minLength: 1, maxLength: 63 });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 3 }), (labels) => {
        const bytes = Uint8Array.from([...labels.flatMap((l) => [l.length, ...l]), 0]);
        const { name } = readName(bytes, 0);
        expect(nameToLabels(name).map((l) => Array.from(l))).toEqual(labels.map((l) => Array.from(l)));
      }),
    );
  });
});
