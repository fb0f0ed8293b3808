// The `ipaddr.js` stand-in against ipaddr.js itself (mailauth's own copy):
// over arbitrary strings of all of Unicode, over every address mailauth can
// hand it (what net.isIP() calls IPv4, and IPv6 as the WHATWG URL parser
// rewrites it), and over CIDR matches with any prefix length.
import { isIP } from 'node:net';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as standIn from '../../../src/worker/shims/ipaddr.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);

// ipaddr.js is mailauth's dependency, not ours: load the copy mailauth loads.
const requireFromMailauth = createRequire(createRequire(import.meta.url).resolve('mailauth'));
const ipaddr = requireFromMailauth('ipaddr.js') as typeof standIn;

type Address = ReturnType<typeof standIn.parse>;
const tally = { parsed: 0, refused: 0, matches: 0 };

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

/** Everything mailauth reads of a parsed address, as plain data. */
function observed(address: Address): unknown {
  const common = { kind: address.kind(), string: address.toString(), normalized: address.toNormalizedString(), bytes: address.toByteArray() };
  if (address.kind() === 'ipv4') return common;
  const v6 = address as standIn.IPv6;
  return { ...common, mapped: v6.isIPv4MappedAddress(), ipv4: outcome(() => observed(v6.toIPv4Address())) };
}

/** Where the stand-in reads an address, ipaddr.js reads the same one; where it refuses, with the same error. */
function expectSameOrRefused(text: string): void {
  const ours = outcome(() => standIn.parse(text));
  if ('threw' in (ours as object)) {
    tally.refused += 1;
    expect(ours, JSON.stringify(text)).toEqual({ threw: 'ipaddr: the address has neither IPv6 nor IPv4 format' });
    return;
  }
  tally.parsed += 1;
  expect(observed((ours as { value: Address }).value), JSON.stringify(text)).toEqual(observed(ipaddr.parse(text)));
}

/** What mailauth's parseIp() passes on for this text, if anything. */
function asMailauthPassesIt(text: string): string | null {
  const value = text.trim();
  const kind = isIP(value);
  if (kind === 4) return value;
  if (kind !== 6) return null;
  return new URL(`http://[${value.replace(/%.*$/, '')}]/`).hostname.replace(/^\[|\]$/g, '');
}

const octet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom('00', '01', '256', '0x1f', '-1', ''));
const ipv4 = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((parts) => parts.join('.')) },
  { weight: 2, arbitrary: fc.array(octet, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('.')) },
);
const group = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)) }, { weight: 2, arbitrary: fc.constant('0') }, { weight: 1, arbitrary: fc.constantFrom('FFFF', '0000', '00012', 'g', '') });
const ipv6 = fc
  .tuple(fc.array(group, { maxLength: 9 }), fc.integer({ min: -1, max: 9 }), fc.constantFrom('', '', '', ':1.2.3.4', '%eth0', ':'))
  .map(([groups, at, tail]) => {
    const joined = at >= 0 && at <= groups.length ? `${groups.slice(0, at).join(':')}::${groups.slice(at).join(':')}` : groups.join(':');
    return joined + tail;
  });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%x '), maxLength: 45 }));
const candidate = fc.oneof(ipv4, ipv6, anyText);

describe('the ipaddr.js stand-in', () => {
  it('reads every address mailauth can pass it, as ipaddr.js does', () => {
    fc.assert(
      fc.property(candidate, (text) => {
        const passed = asMailauthPassesIt(text);
        if (passed === null) return;
        expect(() => standIn.parse(passed), JSON.stringify(passed)).not.toThrow();
        expectSameOrRefused(passed);
      }),
      { seed: SEED, numRuns: 4000 },
    );
    for (const text of ['0.0.0.0', '255.255.255.255', '::', '::1', '::ffff:192.0.2.1', '::192.0.2.1', '1::', '1:0:0:1:0:0:0:1', '0:0:1:0:0:1:0:0', '2001:DB8::1', 'fe80::1%eth0', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8']) {
      expectSameOrRefused(asMailauthPassesIt(text)!);
    }
  });

  it('reads nothing ipaddr.js would read differently, over arbitrary strings of all of Unicode', () => {
    Object.assign(tally, { parsed: 0, refused: 0 });
    fc.assert(fc.property(fc.oneof(candidate, fc.string({ unit: 'grapheme', maxLength: 30 })), expectSameOrRefused), { seed: SEED, numRuns: 6000 });
    console.log(`ipaddr parity: ${tally.parsed} strings read alike, ${tally.refused} refused`);
    // Both sides of the line are reached, not only refusals.
    expect(tally.parsed).toBeGreaterThan(200);
    expect(tally.refused).toBeGreaterThan(1000);
  });

  it('matches CIDR ranges as ipaddr.js does, for any prefix length (past the end, 0, negative, NaN)', () => {
    const address = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((parts) => parts.join('.')),
      fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }).map((parts) => parts.map((part) => part.toString(16)).join(':')),
    );
    const prefix = fc.oneof(fc.integer({ min: -2, max: 140 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(address, address, prefix, fc.nat(), (a, b, bits, flip) => {
        // Most random pairs differ at once: also try b as a copy of a with one bit changed.
        const bytes = standIn.parse(a).toByteArray();
        bytes[(flip >> 3) % bytes.length]! ^= 1 << (flip & 7);
        const near = bytes.length === 4 ? bytes.join('.') : Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16)).join(':');
        for (const other of [b, near, a]) {
          const [ourA, ourB] = [standIn.parse(a), standIn.parse(other)];
          const [theirA, theirB] = [ipaddr.parse(a), ipaddr.parse(other)];
          tally.matches += 1;
          expect(outcome(() => ourA.match(ourB as never, bits)), `${a} ${other}/${bits}`).toEqual(outcome(() => theirA.match(theirB as never, bits)));
          expect(outcome(() => ourA.match([ourB, bits] as never)), `${a} [${other}, ${bits}]`).toEqual(outcome(() => theirA.match([theirB, bits] as never)));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
