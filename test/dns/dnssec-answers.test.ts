// The resolver's AD bit and TLSA records, carried from the answer (RFC 8484
// wire and both JSON forms) through the recorder and the snapshot back to a
// frozen zone, and an old zone without AD read as "not reported".

import packet from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohSource } from '../../src/dns/doh.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createQueryBudget } from '../../src/dns/query-budget.ts';
import { resolverFrom } from '../../src/dns/resolver.ts';
import { createZoneSource, parseZoneFile, ZoneFileError } from '../../src/dns/zone.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';

const KEY = 'a'.repeat(64);
const ZONE: ZoneFile = {
  records: {
    'signed.example': { MX: [{ priority: 10, exchange: 'mx.signed.example' }], AD: true },
    'mx.signed.example': { A: ['192.0.2.25'], AD: true },
    '_25._tcp.mx.signed.example': { TLSA: [`3 1 1 ${KEY}`, '2 0 1 ' + 'b'.repeat(64)], AD: true },
    'alias.signed.example': { CNAME: 'unsigned.example', AD: true },
    'unsigned.example': { A: ['192.0.2.9'], TLSA: [`3 1 1 ${KEY}`], AD: false },
    'old.example': { A: ['192.0.2.10'] },
  },
};

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: ZONE });
});
afterAll(() => server.close());

const forms = () => [
  createDohSource({ url: server.url, format: 'wire', fetch }),
  createDohSource({ url: server.url, format: 'json', fetch, jsonTxt: 'quoted' }),
  createDohSource({ url: server.jsonUrl, format: 'json', fetch, jsonTxt: 'plain' }),
];

describe('the AD bit', () => {
  it('comes through every DoH form as the zone says it', async () => {
    for (const source of forms()) {
      expect((await source.lookup('signed.example', 'MX')).authenticated, source.label).toBe(true);
      expect((await source.lookup('unsigned.example', 'A')).authenticated, source.label).toBe(false);
      // One name of the chain is not authenticated, so the answer is not.
      expect((await source.lookup('alias.signed.example', 'A')).authenticated, source.label).toBe(false);
    }
  });

  it('is "not said" from a JSON server that leaves AD out, but always said on the wire', async () => {
    const [wire, cloudflare, google] = forms();
    expect((await cloudflare!.lookup('old.example', 'A')).authenticated).toBeUndefined();
    expect((await google!.lookup('old.example', 'A')).authenticated).toBeUndefined();
    expect((await wire!.lookup('old.example', 'A')).authenticated).toBe(false);
  });

  it('is given on the wire only to a query that asks for it (RFC 6840 §5.7), and ours does', async () => {
    const ask = async (flags: number) => {
      const query = packet.encode({ type: 'query', id: 1, flags, questions: [{ name: 'signed.example', type: 'MX', class: 'IN' }] });
      const response = await fetch(`${server.url}?dns=${query.toString('base64url')}`);
      return (packet.decode(Buffer.from(await response.arrayBuffer())) as packet.DecodedPacket & { flag_ad: boolean }).flag_ad;
    };
    expect(await ask(packet.RECURSION_DESIRED)).toBe(false);
    expect(await ask(packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA)).toBe(true);
  });

  it('survives the snapshot: a frozen zone answers with the AD the resolver gave', async () => {
    const session = createLookupSession(createDohSource({ url: server.url, format: 'wire', fetch }));
    const questions: [string, string][] = [['signed.example', 'MX'], ['_25._tcp.mx.signed.example', 'TLSA'], ['unsigned.example', 'A'], ['alias.signed.example', 'A']];
    const live = await Promise.all(questions.map(([name, type]) => session.resolver.answer!(name, type)));
    const frozen = createZoneSource(parseZoneFile(JSON.parse(JSON.stringify(session.snapshot()))));
    for (const [index, [name, type]] of questions.entries()) {
      const again = await frozen.lookup(name, type);
      expect({ records: again.records, authenticated: again.authenticated }, `${type} ${name}`).toEqual({ records: live[index]!.records, authenticated: live[index]!.authenticated });
    }
    expect(session.evidence().find((entry) => entry.type === 'TLSA')?.authenticated).toBe(true);
  });

  it('is not reported by a zone.json from before it was kept', async () => {
    const answer = await createZoneSource(parseZoneFile({ records: { 'old.example': { A: ['192.0.2.10'] } } })).lookup('old.example', 'A');
    expect(answer.authenticated).toBeUndefined();
    expect('authenticated' in answer).toBe(false);
  });

  it('goes through the query budget, which refuses past its limit without asking', async () => {
    const budget = createQueryBudget(resolverFrom(createZoneSource(ZONE)), 1);
    expect((await budget.resolver.answer!('signed.example', 'MX')).authenticated).toBe(true);
    const refused = await budget.resolver.answer!('mx.signed.example', 'A');
    expect(refused.rcode).toBe('REFUSED');
    expect(budget.refused()).toEqual(['A mx.signed.example']);
  });
});

describe('TLSA records', () => {
  it('read the same from the wire, the generic JSON form (RFC 3597) and the presentation form', async () => {
    for (const source of forms()) {
      expect((await source.lookup('_25._tcp.mx.signed.example', 'TLSA')).records, source.label).toEqual([`3 1 1 ${KEY}`, '2 0 1 ' + 'b'.repeat(64)]);
    }
  });

  it('are checked in a zone.json, and AD must be a boolean', () => {
    const bad = (entry: unknown) => {
      try {
        parseZoneFile({ records: { 'x.example': entry } });
        return null;
      } catch (error) {
        return error instanceof ZoneFileError ? error.path : 'other';
      }
    };
    expect(bad({ TLSA: ['3 1 1 ABCD'] })).toBeNull();
    expect(parseZoneFile({ records: { 'x.example': { TLSA: ['3  1 1 AB CD'] } } }).records['x.example']?.TLSA).toEqual(['3 1 1 abcd']);
    expect(bad({ TLSA: ['3 1 1 abc'] })).toBe('records["x.example"].TLSA[0]');
    expect(bad({ TLSA: ['3 1 256 ab'] })).toBe('records["x.example"].TLSA[0]');
    expect(bad({ TLSA: ['3 1 1 xyz!'] })).toBe('records["x.example"].TLSA[0]');
    expect(bad({ A: ['192.0.2.1'], AD: 'yes' })).toBe('records["x.example"].AD');
    expect(bad({ CNAME: 'y.example', AD: true })).toBeNull();
    expect(bad({ CNAME: 'y.example', A: ['192.0.2.1'] })).toBe('records["x.example"]');
  });
});
