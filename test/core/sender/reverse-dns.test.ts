import { describe, expect, it } from 'vitest';
import { checkReverseDns } from '../../../src/core/sender/reverse-dns.ts';
import { parseIp } from '../../../src/core/net/ip-address.ts';
import { senderSession } from './sender-zone.ts';

async function statuses(ip: string) {
  const session = senderSession();
  const result = await checkReverseDns(session.resolver, parseIp(ip)!);
  return { names: result.names, byId: Object.fromEntries(result.items.map((item) => [item.id, item])), evidence: session.evidence() };
}

describe('reverse DNS of the sending address', () => {
  it('passes a PTR whose name leads back to the address, and asks in-addr.arpa then the name', async () => {
    const { names, byId, evidence } = await statuses('192.0.2.25');
    expect(names).toEqual(['mail.example.com']);
    expect([byId.ptr!.status, byId.fcrdns!.status, byId['static-ip']!.status]).toEqual(['pass', 'pass', 'pass']);
    expect(evidence.map((e) => `${e.type} ${e.name}`)).toEqual(['PTR 25.2.0.192.in-addr.arpa', 'A mail.example.com']);
  });

  it('fails forward confirmation when the reverse name resolves elsewhere, with the A line that fixes it', async () => {
    const { byId } = await statuses('192.0.2.26');
    expect(byId.ptr!.status).toBe('pass');
    expect(byId.fcrdns!.status).toBe('fail');
    expect(byId.fcrdns!.reason.en).toContain('192.0.2.99');
    expect(byId.fcrdns!.fixLine).toBe('host.example.net. IN A 192.0.2.26');
  });

  it('fails PTR and confirmation when the address has no reverse name, and cannot tell the line kind', async () => {
    const { byId } = await statuses('192.0.2.27');
    expect([byId.ptr!.status, byId.fcrdns!.status, byId['static-ip']!.status]).toEqual(['fail', 'fail', 'cannot-tell']);
    expect(byId.ptr!.fixLine).toBe('27.2.0.192.in-addr.arpa. IN PTR mail.example.com.');
  });

  it('flags a generic access-line name (pool words and the address digits) as the seed\'s static-IP item', async () => {
    const { byId } = await statuses('198.51.100.7');
    expect(byId.fcrdns!.status).toBe('pass');
    expect(byId['static-ip']!.status).toBe('fail');
    expect(byId['static-ip']!.reason.en).toContain('"dsl", "pool"');
    expect(byId['static-ip']!.reason.en).toContain("address's digits");
    expect(byId['static-ip']!.reason.de).toContain('Ziffern der Adresse');
  });

  it('cannot tell anything through a CNAME loop at the reverse name or a timeout', async () => {
    for (const ip of ['192.0.2.28', '192.0.2.29']) {
      const { byId } = await statuses(ip);
      expect([byId.ptr!.status, byId.fcrdns!.status, byId['static-ip']!.status]).toEqual(['cannot-tell', 'cannot-tell', 'cannot-tell']);
    }
  });

  it('warns for more than one PTR but confirms through the one that leads back', async () => {
    const { byId } = await statuses('192.0.2.30');
    expect(byId.ptr!.status).toBe('warn');
    expect(byId.fcrdns!.status).toBe('pass');
    expect(byId.fcrdns!.reason.en).toContain('a.example.com');
  });

  it('reads an IPv6 address under ip6.arpa and confirms it with AAAA', async () => {
    const { names, byId, evidence } = await statuses('2001:db8::25');
    expect(names).toEqual(['mail6.example.com']);
    expect(byId.fcrdns!.status).toBe('pass');
    expect(evidence[0]!.name).toBe('5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa');
    expect(evidence[1]!.type).toBe('AAAA');
  });
});
