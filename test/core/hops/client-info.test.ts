// Which name is the HELO and which the looked-up one, by MTA family.

import { describe, expect, it } from 'vitest';
import { readClient, type ClientFamily } from '../../../src/core/hops/client-info.ts';
import { tokenizeReceived } from '../../../src/core/hops/received-tokens.ts';

const NONE: ClientFamily = { exim: false, qmail: false, communigate: false, http: false, smap: false };
const read = (from: string, family: Partial<ClientFamily> = {}) => readClient(tokenizeReceived(from).tokens, from, { ...NONE, ...family });
const names = (from: string, family: Partial<ClientFamily> = {}) => {
  const c = read(from, family);
  return [c.helo, c.reverseName, c.ip];
};

describe('readClient', () => {
  it('Postfix and Sendmail: HELO (reverse-name [address])', () => {
    expect(names('mail.example.net (out.example.net [192.0.2.1])')).toEqual(['mail.example.net', 'out.example.net', '192.0.2.1']);
  });

  it('"name ([address])": the verified name for Exim and CommuniGate, the HELO otherwise', () => {
    expect(names('out.example.net ([192.0.2.1])', { exim: true })).toEqual(['out.example.net', 'out.example.net', '192.0.2.1']);
    expect(names('out.example.net ([192.0.2.1] verified)', { communigate: true })).toEqual(['out.example.net', 'out.example.net', '192.0.2.1']);
    expect(names('laptop ([192.0.2.1])')).toEqual(['laptop', null, '192.0.2.1']);
  });

  it('"name (address)": qmail writes the looked-up name, others do not say', () => {
    expect(names('out.example.net (192.0.2.1)', { qmail: true })).toEqual(['out.example.net', 'out.example.net', '192.0.2.1']);
    const exchange = read('mail.example.net (192.0.2.1)');
    expect([exchange.helo, exchange.reverseName]).toEqual(['mail.example.net', null]);
    expect(exchange.notes).toContainEqual({ code: 'one-name', name: 'mail.example.net' });
  });

  it('"address (address)": qmail never writes an address as its looked-up name, so the first is a bare-address HELO', () => {
    const bare = read('200.32.82.18 (200.32.82.18)', { qmail: true });
    expect([bare.helo, bare.reverseName, bare.ip]).toEqual(['200.32.82.18', null, '200.32.82.18']);
    expect(bare.notes).toContainEqual({ code: 'helo-bare-address', helo: '200.32.82.18', ip: '200.32.82.18' });
  });

  it('explicit HELO forms win: qmail, Exim helo=, GMX, smap', () => {
    expect(names('unknown (HELO x.example) (192.0.2.1)')).toEqual(['x.example', null, '192.0.2.1']);
    expect(names('rdns.example (EHLO user588a01834c) [192.0.2.2]')).toEqual(['user588a01834c', 'rdns.example', '192.0.2.2']);
    expect(names('pl027.example.jp(192.0.2.27), claiming to be "foo.example.net"', { smap: true })).toEqual(['foo.example.net', 'pl027.example.jp', '192.0.2.27']);
    expect(names('TCE-7.example.cn(192.0.2.54)', { smap: true })).toEqual([null, 'TCE-7.example.cn', '192.0.2.54']);
  });

  it('Exim 3 "host (helo) [address.port] (ident)"', () => {
    const c = read('helene8.example.net (helene.example.ms) [10.0.8.6.13219] (mail)');
    expect([c.helo, c.reverseName, c.ip, c.ident]).toEqual(['helene.example.ms', 'helene8.example.net', '10.0.8.6', 'mail']);
  });

  it('webmail has no HELO; a bare address alone is the client, a literal alone is also the HELO', () => {
    expect(names('ausisaps301.example.com ([192.0.2.16])', { http: true })).toEqual([null, 'ausisaps301.example.com', '192.0.2.16']);
    expect(names('192.0.2.62 by')).toEqual([null, null, '192.0.2.62']);
    expect(names('[192.0.2.86]')).toEqual(['[192.0.2.86]', null, '192.0.2.86']);
  });

  it('a mailbox, a pickup, an angle are not hosts', () => {
    expect(read('user@example.com').mailbox).toBe('user@example.com');
    expect(read('mail pickup service').pickup).toBe(true);
    expect(read('<unavailable>').unparsed).toEqual(['<unavailable>']);
  });

  it('notes a HELO that is an address or another address than the client\'s', () => {
    expect(read('192.168.1.23 (host.example.net [192.0.2.1])').notes).toContainEqual({ code: 'helo-bare-address', helo: '192.168.1.23', ip: '192.0.2.1' });
    expect(read('[10.0.0.253] (dsl.example.net [192.0.2.22])').notes).toContainEqual({ code: 'helo-other-address', helo: '[10.0.0.253]', ip: '192.0.2.22' });
    expect(read('[192.0.2.22] (dsl.example.net [192.0.2.22])').notes).toEqual([]);
  });
});
