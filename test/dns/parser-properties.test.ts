// Properties of the DNS readers that take untrusted text: zone.json names
// and records, TXT presentation strings, names, IP addresses, over text that
// mixes every white space and control character with the characters of
// names and quoted strings (issue 10).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeName, InvalidNameError, nameProblem, readName } from '../../src/dns/dns-name.ts';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../src/dns/ip-address.ts';
import { parseQuotedStrings } from '../../src/dns/txt-presentation.ts';
import { parseZoneFile, ZoneFileError } from '../../src/dns/zone-file.ts';
import { hostileText } from '../support/hostile-text.ts';

const NAME_WORDS = ['example', 'com', '.', '\\.', '\\032', '\\255', '\\256', '_dmarc', 'xn--bcher-kva', '*', '-', 'a'.repeat(63), 'b'.repeat(64)];
const RECORD_WORDS = ['v=spf1', 'include:', 'a', 'mx', '-all', '192.0.2.1', '2001:db8::1', '"', '\\"', '\\', ' ', '10', 'mx.example.net'];

describe('DNS name properties', () => {
  it('a name is refused with InvalidNameError, or its wire form reads back to the same octets', () => {
    fc.assert(
      fc.property(hostileText(NAME_WORDS, 30), (name) => {
        let wire: Uint8Array;
        try {
          wire = encodeName(name);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidNameError);
          expect(nameProblem(name)).not.toBeNull();
          return;
        }
        expect(nameProblem(name)).toBeNull();
        expect(wire.length).toBeLessThanOrEqual(255);
        const read = readName(wire, 0);
        expect(read.end).toBe(wire.length);
        expect(encodeName(read.name)).toEqual(wire);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('TXT presentation properties', () => {
  it('null, or strings that, quoted and escaped again, read back the same', () => {
    fc.assert(
      fc.property(hostileText(RECORD_WORDS, 40), (data) => {
        const strings = parseQuotedStrings(data);
        if (strings === null) return;
        const again = strings.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(' ');
        expect(parseQuotedStrings(again)).toEqual(strings);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('IP address properties', () => {
  it('null, or an address whose text form reads back to the same bytes', () => {
    fc.assert(
      fc.property(hostileText(['192', '0', '2', '1', '.', ':', '::', 'ffff', 'db8', '2001', '%eth0', '[', ']'], 20), (text) => {
        const v4 = parseIPv4(text);
        if (v4) expect(parseIPv4(formatIPv4(v4))).toEqual(v4);
        const v6 = parseIPv6(text);
        if (v6) expect(parseIPv6(formatIPv6(v6))).toEqual(v6);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('zone.json properties', () => {
  const zone = fc.dictionary(
    hostileText(NAME_WORDS, 8),
    fc.dictionary(fc.constantFrom('A', 'AAAA', 'TXT', 'MX', 'PTR', 'NS', 'CNAME', 'error', 'x'), fc.oneof(hostileText(RECORD_WORDS, 10), fc.array(hostileText(RECORD_WORDS, 10), { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 3 }),
    { maxKeys: 5 },
  );

  it('a zone is refused with a ZoneFileError naming its path, or read with every name kept', () => {
    fc.assert(
      fc.property(zone, (records) => {
        let parsed;
        try {
          parsed = parseZoneFile({ records });
        } catch (error) {
          expect(error).toBeInstanceOf(ZoneFileError);
          return;
        }
        expect(Object.keys(parsed.records).length).toBe(Object.keys(records).length);
        expect(parseZoneFile(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });
});
