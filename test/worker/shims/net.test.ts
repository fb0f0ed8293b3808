// isIP / isIPv4 / isIPv6 of the `node:net` stand-in against Node's own on
// hand-picked and generated addresses.
import * as nodeNet from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as net from '../../../src/worker/shims/net.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
let compared = 0;
const valid = { 4: 0, 6: 0 };

function expectSameAsNode(input: string): void {
  compared += 1;
  const family = nodeNet.isIP(input);
  if (family) valid[family as 4 | 6] += 1;
  expect([net.isIP(input), net.isIPv4(input), net.isIPv6(input)], JSON.stringify(input)).toEqual([nodeNet.isIP(input), nodeNet.isIPv4(input), nodeNet.isIPv6(input)]);
}

// Mostly well-formed, with a share of near misses at every level.
const hexGroup = fc.oneof(
  { weight: 9, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '12345', 'g', '0x1') },
);
const octet = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 255 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('00', '01', '010', '256', '0255', '', '1a', '-1') },
);
const ipv4 = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.')) },
  { weight: 1, arbitrary: fc.array(octet, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')) },
);
const zone = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...'eth0lo-.:Z9'), minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'eth0%_ /'), minLength: 0, maxLength: 4 }) },
).map((text) => `%${text}`);
const ipv6 = fc
  .tuple(
    fc.integer({ min: 0, max: 9 }).chain((count) => fc.array(hexGroup, { minLength: count, maxLength: count })),
    fc.nat(),
    fc.boolean(),
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: ipv4 }),
    fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: zone }),
  )
  .map(([groups, gapAt, withGap, tail, zoneId]) => {
    const parts = tail ? [...groups.slice(0, 6), tail] : groups;
    let text: string;
    if (withGap) {
      const at = gapAt % (parts.length + 1);
      text = `${parts.slice(0, at).join(':')}::${parts.slice(at).join(':')}`;
    } else {
      text = parts.join(':');
    }
    return text + (zoneId ?? '');
  });
const noise = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFgG.:%-_ \n'), maxLength: 24 });

describe('net.isIP / isIPv4 / isIPv6', () => {
  it('agrees with node:net on hand-picked forms', () => {
    const inputs = [
      '', '0.0.0.0', '127.0.0.1', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4\n',
      '::', '::1', '1::', '::ffff:192.0.2.1', '::ffff:192.0.2.01', '64:ff9b::192.0.2.33', '2001:db8::1', '2001:DB8::1', '2001:db8:0:0:0:0:0:1',
      '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '1::2:3:4:5:6:7', '1::2:3:4:5:6:7:8', '::1:2:3:4:5:6:7', '::1:2:3:4:5:6:7:8',
      '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6::1.2.3.4', '::1.2.3.4', '1.2.3.4::', ':::', '1:::2', ':1::2', '1::2:',
      '12345::', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%eth0%1', 'fe80::1%en-0.a:b', 'fe80::1%eth 0', 'fe80::1%eth_0', '1.2.3.4%eth0', '[::1]', '::1/128',
    ];
    for (const input of inputs) expectSameAsNode(input);
    expect(net.isIP(undefined)).toBe(nodeNet.isIP(undefined as unknown as string));
    expect(net.isIP(1234)).toBe(nodeNet.isIP(1234 as unknown as string));
  });

  it('agrees with node:net on generated IPv4, IPv6 and noise', () => {
    fc.assert(fc.property(fc.oneof(ipv4, ipv6, ipv6, noise), (input) => expectSameAsNode(input)), { seed: SEED, numRuns: 20_000 });
    console.log(`net: ${compared} inputs compared with node:net (${valid[4]} IPv4 and ${valid[6]} IPv6 addresses among them)`);
    expect(Math.min(valid[4], valid[6])).toBeGreaterThan(2000);
  });
});
