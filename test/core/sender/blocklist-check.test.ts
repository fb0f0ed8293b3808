import { describe, expect, it } from 'vitest';
import { checkDomainBlocklists, checkIpBlocklists, blocklistQuery } from '../../../src/core/sender/blocklist-check.ts';
import { DEFAULT_BLOCKLISTS, DEFAULT_BLOCKLIST_CHOICES } from '../../../src/core/sender/blocklists.ts';
import { blocklistsOf, MAX_BLOCKLISTS } from '../../../src/core/sender/blocklist-choice.ts';
import { parseIp } from '../../../src/core/net/ip-address.ts';
import { senderSession } from './sender-zone.ts';

const lists = blocklistsOf(DEFAULT_BLOCKLIST_CHOICES);
const zen = lists.filter((list) => list.id === 'spamhaus-zen');

async function ipItems(ip: string, chosen = lists) {
  return checkIpBlocklists(senderSession().resolver, parseIp(ip)!, chosen);
}

describe('IP blocklists', () => {
  it('asks each list under its zone with the reversed address (RFC 5782 §2.1, §2.4)', () => {
    expect(blocklistQuery(zen[0]!, parseIp('203.0.113.2')!)).toBe('2.113.0.203.zen.spamhaus.org');
    expect(blocklistQuery(zen[0]!, parseIp('2001:db8::25')!)).toBe('5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.spamhaus.org');
  });

  it.each([
    ['203.0.113.2', 'fail', ['127.0.0.2 SBL', '127.0.0.9 DROP']],
    ['203.0.113.3', 'fail', ['127.0.0.3 SBL CSS']],
    ['203.0.113.4', 'fail', ['127.0.0.4 XBL']],
    ['203.0.113.10', 'fail', ['127.0.0.10 PBL, set by the ISP']],
    ['203.0.113.11', 'fail', ['127.0.0.11 PBL, set by Spamhaus']],
  ])('ZEN %s is %s, with the code explained', async (ip, status, meanings) => {
    const [item] = await ipItems(ip, zen);
    expect(item!.status).toBe(status);
    for (const meaning of meanings) expect(item!.reason.en).toContain(meaning);
  });

  it.each([
    ['203.0.113.252', 'typing error'],
    ['203.0.113.254', 'public or open resolver'],
    ['203.0.113.255', 'excessive number of queries'],
  ])('Spamhaus refusal %s is "cannot tell through this resolver", never listed, never clean', async (ip, meaning) => {
    const [item] = await ipItems(ip, zen);
    expect(item!.status).toBe('cannot-tell');
    expect(item!.reason.en).toMatch(/^Cannot tell through this resolver/);
    expect(item!.reason.en).toContain(meaning);
    expect(item!.fix!.en).toContain('check.spamhaus.org');
  });

  it('passes a list that has no entry, and cannot tell through a timeout, a REFUSED or a non-DNSBL answer', async () => {
    const items = await ipItems('203.0.113.254');
    const byZone = Object.fromEntries(items.map((item) => [item.subject.split(' · ')[1], item.status]));
    expect(byZone).toEqual({
      'zen.spamhaus.org': 'cannot-tell',
      'bl.spamcop.net': 'cannot-tell',
      'b.barracudacentral.org': 'cannot-tell',
      'psbl.surriel.com': 'pass',
      'bl.mailspike.net': 'pass',
      'dnsbl-1.uceprotect.net': 'pass',
    });
    const [hijacked] = await ipItems('203.0.113.77', zen);
    expect(hijacked!.status).toBe('cannot-tell');
    expect(hijacked!.reason.en).toContain('RFC 5782');
  });

  it('reads an undocumented code of a custom list as listed, saying the code is not documented', async () => {
    const custom = blocklistsOf([{ zone: 'dnsbl.custom.example', kind: 'ip' }]);
    const [item] = await ipItems('203.0.113.2', custom);
    expect(item!.status).toBe('fail');
    expect(item!.reason.en).toContain('127.0.0.99 (a code the list does not document here)');
  });

  it('asks only the lists that answer IPv6 for an IPv6 address', async () => {
    const items = await ipItems('2001:db8::25');
    expect(items.map((item) => item.subject)).toEqual(['2001:db8::25 · zen.spamhaus.org']);
    expect(items[0]!.status).toBe('fail');
  });

  it('keeps at most MAX_BLOCKLISTS lists, drops names that are no zone, and every default list documents 127.0.0.2 or its DBL codes', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ zone: `l${i}.example`, kind: 'ip' as const }));
    expect(blocklistsOf([...many, { zone: 'not a zone', kind: 'ip' }])).toHaveLength(MAX_BLOCKLISTS);
    for (const list of DEFAULT_BLOCKLISTS) expect(list.codes.some((code) => code.kind === 'listed')).toBe(true);
  });
});

describe('domain blocklists', () => {
  it.each([
    ['spammy.example', 'fail', 'low-reputation'],
    ['phish.example', 'fail', 'phishing'],
    ['abused.example', 'fail', 'abused legitimate domain (spam)'],
    ['ipasked.example', 'cannot-tell', 'IP address was asked of a domain list'],
    ['public.example', 'cannot-tell', 'public or open resolver'],
    ['example.com', 'pass', 'does not list'],
  ])('DBL %s is %s', async (domain, status, words) => {
    const [item] = await checkDomainBlocklists(senderSession().resolver, [domain], lists);
    expect(item!.status).toBe(status);
    expect(item!.reason.en).toContain(words);
  });
});
