import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../corpus/support/corpus-root.ts';
import { createZoneSource, parseZoneFile, ZoneFileError } from '../../src/dns/zone.ts';
import { MAX_RECORDS_PER_TYPE } from '../../src/dns/zone-file.ts';
import { nameProblem } from '../../src/dns/dns-name.ts';
import { normalizeName } from '../../src/dns/resolver.ts';
import { snapshotZone } from '../../src/dns/snapshot.ts';

function problemOf(json: unknown): { path: string; message: string } {
  try {
    parseZoneFile(json);
  } catch (error) {
    if (error instanceof ZoneFileError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('parseZoneFile accepted the zone');
}

describe('parseZoneFile', () => {
  it('accepts the FORMAT.md example and returns an equal copy', () => {
    const json = {
      records: {
        'example.com': {
          TXT: ['v=spf1 -all', ['a', 'b'], []],
          MX: [{ priority: 10, exchange: 'mx1.example.com' }],
          A: ['192.0.2.10'],
          AAAA: ['2001:db8::10', 'CAFE:BABE::1', '::ffff:192.0.2.1'],
          NS: ['ns1.example.com'],
        },
        'alias.example.com': { CNAME: 'example.com' },
        '10.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
        'broken.example': { error: 'SERVFAIL' },
        'present.example': {},
      },
    };
    const zone = parseZoneFile(json);
    expect(zone).toEqual(json);
    expect(zone).not.toBe(json);
    expect(zone.records['example.com']).not.toBe(json.records['example.com']);
  });

  it('lower-cases names and drops the root dot', () => {
    expect(Object.keys(parseZoneFile({ records: { 'Mail.Example.COM.': { A: ['192.0.2.1'] } } }).records)).toEqual([
      'mail.example.com',
    ]);
  });

  it('names the bad path', () => {
    const cases: [unknown, string, RegExp][] = [
      [null, '(top)', /not an object/],
      [[], '(top)', /not an object/],
      [{}, 'records', /missing/],
      [{ records: [] }, 'records', /not an object/],
      [{ records: {}, extra: 1 }, 'extra', /only "records"/],
      [{ records: { 'a.example': 'x' } }, 'records["a.example"]', /not an object/],
      [{ records: { 'a.example': { HINFO: ['x86 linux'] } } }, 'records["a.example"].HINFO', /not a record type/],
      [{ records: { 'a.example': { SPF: [7] } } }, 'records["a.example"].SPF[0]', /string/],
      [{ records: { 'a.example': { A: '192.0.2.1' } } }, 'records["a.example"].A', /not a list/],
      [{ records: { 'a.example': { A: ['192.0.2.256'] } } }, 'records["a.example"].A[0]', /IPv4/],
      [{ records: { 'a.example': { A: ['1', '01.2.3.4'] } } }, 'records["a.example"].A[0]', /IPv4/],
      [{ records: { 'a.example': { AAAA: ['192.0.2.1'] } } }, 'records["a.example"].AAAA[0]', /IPv6/],
      [{ records: { 'a.example': { AAAA: ['1:2:3:4:5:6:7:8:9'] } } }, 'records["a.example"].AAAA[0]', /IPv6/],
      [{ records: { 'a.example': { TXT: [1] } } }, 'records["a.example"].TXT[0]', /string/],
      [{ records: { 'a.example': { TXT: [['ok', 2]] } } }, 'records["a.example"].TXT[0][1]', /not a string/],
      [{ records: { 'a.example': { MX: ['mx.example'] } } }, 'records["a.example"].MX[0]', /priority, exchange/],
      [{ records: { 'a.example': { MX: [{ priority: 70000, exchange: 'mx' }] } } }, 'records["a.example"].MX[0].priority', /0 to 65535/],
      [{ records: { 'a.example': { MX: [{ priority: 1, exchange: 'mx', weight: 2 }] } } }, 'records["a.example"].MX[0].weight', /not an MX field/],
      [{ records: { 'a.example': { MX: [{ priority: 1 }] } } }, 'records["a.example"].MX[0].exchange', /not a name/],
      [{ records: { 'a.example': { PTR: ['a..b'] } } }, 'records["a.example"].PTR[0]', /empty label/],
      [{ records: { 'a.example': { CNAME: 5 } } }, 'records["a.example"].CNAME', /not a name/],
      [{ records: { 'a.example': { CNAME: 'b.example', A: ['192.0.2.1'] } } }, 'records["a.example"]', /CNAME and also A/],
      [{ records: { 'a.example': { error: 'NXDOMAIN' } } }, 'records["a.example"].error', /SERVFAIL, REFUSED, TIMEOUT/],
      [{ records: { [`${'x'.repeat(64)}.example`]: {} } }, `records["${'x'.repeat(64)}.example"]`, /64 octets/],
      [{ records: { [`${'abcdefgh.'.repeat(29)}example`]: {} } }, `records["${'abcdefgh.'.repeat(29)}example"]`, /over 255/],
      [{ records: { 'a.example': {}, 'A.Example.': {} } }, 'records["A.Example."]', /same name/],
    ];
    for (const [json, path, message] of cases) {
      const problem = problemOf(json);
      expect(problem.path, JSON.stringify(json)).toBe(path);
      expect(problem.message, path).toMatch(message);
      expect(problem.message.startsWith(`zone.json ${path}: `)).toBe(true);
    }
  });

  it('refuses sizes that could only be an attack', () => {
    const many = Array.from({ length: MAX_RECORDS_PER_TYPE + 1 }, () => '192.0.2.1');
    expect(problemOf({ records: { 'a.example': { A: many } } }).message).toMatch(/over 1000/);
    expect(problemOf({ records: { 'a.example': { TXT: ['x'.repeat(70_000)] } } }).message).toMatch(/over 65535/);
    // A long string is fine: it goes out as several character-strings.
    expect(() => parseZoneFile({ records: { 'a.example': { TXT: ['x'.repeat(5_000)] } } })).not.toThrow();
  });

  it('accepts every zone of the corpora in test/corpus/data, and serves it', async () => {
    const corpus = corpusRoot();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name === 'zone.json' || /^zone-.*\.json$/.test(name)) files.push(path);
      }
    };
    walk(corpus);
    expect(files.length).toBeGreaterThan(390);
    for (const file of files) {
      const zone = parseZoneFile(JSON.parse(readFileSync(file, 'utf8')));
      const [name] = Object.keys(zone.records);
      if (name !== undefined) expect((await createZoneSource(zone).lookup(name, 'A')).name).toBe(name);
    }
  });

  // Names that are keys of Object.prototype: on a plain object "__proto__"
  // replaced the prototype and vanished, and "constructor" read as an entry.
  const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it('keeps names that are keys of Object.prototype as entries, and touches no prototype', async () => {
    const json = JSON.parse(`{"records":{${PROTOTYPE_KEYS.map((name) => `"${name}":{"A":["192.0.2.1"]}`).join(',')}}}`) as unknown;
    const zone = parseZoneFile(json);
    expect(Object.keys(zone.records).sort()).toEqual(PROTOTYPE_KEYS.map((name) => name.toLowerCase()).sort());
    for (const name of PROTOTYPE_KEYS) expect(zone.records[name.toLowerCase()]).toEqual({ A: ['192.0.2.1'] });
    expect(JSON.parse(JSON.stringify(zone)).records.__proto__).toEqual({ A: ['192.0.2.1'] });
    const source = createZoneSource(zone);
    expect((await source.lookup('__proto__', 'A')).records).toEqual(['192.0.2.1']);
    expect((await source.lookup('absent.example', 'A')).rcode).toBe('NXDOMAIN');
    expect(({} as Record<string, unknown>)['A']).toBeUndefined();
    // A zone without those names does not answer them from Object.prototype.
    const plain = parseZoneFile({ records: { 'a.example': {} } });
    expect(Object.hasOwn(plain.records, 'constructor')).toBe(false);
    expect(plain.records['constructor']).toBeUndefined();
    expect((await createZoneSource(plain).lookup('constructor', 'A')).rcode).toBe('NXDOMAIN');
  });

  it('keeps every valid name, from all of Unicode, through parsing and a snapshot', () => {
    const label = fc.oneof(
      fc.constantFrom(...PROTOTYPE_KEYS),
      fc.string({ unit: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '.' && c !== '\\'), minLength: 1, maxLength: 12 }),
    );
    const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12, selector: normalizeName }), (names) => {
        const valid = names.filter((n) => normalizeName(n) !== '' && nameProblem(normalizeName(n)) === null);
        const records: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const n of valid) records[n] = { TXT: [n] };
        const json = JSON.parse(JSON.stringify({ records })) as unknown;
        const zone = parseZoneFile(json);
        const expected = valid.map(normalizeName).sort();
        expect(Object.keys(zone.records).sort()).toEqual(expected);
        for (const n of valid) expect(zone.records[normalizeName(n)]?.TXT).toEqual([n]);
        // The snapshot of answers about these names keeps every one too.
        const answers = valid.map((n) => ({ name: n, type: 'TXT', rcode: 'NOERROR' as const, records: [[n]], cnames: [] }));
        expect(Object.keys(snapshotZone(answers).records).sort()).toEqual(expected);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
