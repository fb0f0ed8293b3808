import { describe, expect, it } from 'vitest';
import { checkDomain, readDomainInput } from '../../../src/core/sender/check-domain.ts';
import { DEFAULT_BLOCKLIST_CHOICES } from '../../../src/core/sender/blocklists.ts';
import { blocklistsOf } from '../../../src/core/sender/blocklist-choice.ts';
import { senderSession } from './sender-zone.ts';

async function report(domain: string, selectors: string[] = []) {
  const session = senderSession();
  const result = await checkDomain(domain, { resolver: session.resolver, selectors });
  const status = (id: string) => result.items.filter((item) => item.id === id).map((item) => item.status);
  return { result, status, evidence: session.evidence() };
}

describe('Check a domain', () => {
  it('passes a well-kept domain item by item, and every question it rests on is in the evidence', async () => {
    const { result, status, evidence } = await report('example.com', ['s1']);
    expect(Object.fromEntries(result.items.map((item) => [item.id, item.status]))).toEqual({
      mx: 'pass', 'mx-targets': 'pass', spf: 'pass', dmarc: 'pass', dkim: 'pass', 'mta-sts': 'pass', 'tls-rpt': 'pass', bimi: 'pass',
      // This zone does not say whether its answers were authenticated (dane.test.ts has zones that do).
      dnssec: 'cannot-tell', dane: 'cannot-tell',
    });
    expect(status('mx')).toEqual(['pass']);
    expect(result.items[0]!.reason.en).toContain('10 mail.example.com, 20 backup.example.com');
    const asked = new Set(evidence.map((e) => `${e.type} ${e.name}`));
    for (const item of result.items) for (const question of item.questions) expect(asked.has(question), question).toBe(true);
    expect(result.items.find((item) => item.id === 'mta-sts')!.reason.en).toContain('CORS');
  });

  it('fails an MX target that is an alias (CNAME) or has no address', async () => {
    const { result } = await report('cname-mx.example');
    const targets = result.items.find((item) => item.id === 'mx-targets')!;
    expect(targets.status).toBe('fail');
    expect(targets.reason.en).toContain('alias.cname-mx.example is an alias (CNAME mail.example.com)');
    expect(targets.reason.en).toContain('gone.cname-mx.example has no address');
  });

  it('explains a null MX (RFC 7505) and has no targets to fail', async () => {
    const { status, result } = await report('nullmx.example');
    expect(status('mx')).toEqual(['warn']);
    expect(status('mx-targets')).toEqual(['pass']);
    expect(result.items[0]!.reason.en).toContain('RFC 7505');
  });

  it('fails two SPF records and +all, a DMARC without p= or with two records, a TLS-RPT without rua, an MTA-STS without id, an http: BIMI logo', async () => {
    const two = await report('twospf.example');
    expect(two.status('spf')).toEqual(['fail']);
    expect(two.status('dmarc')).toEqual(['fail']);
    expect(two.status('tls-rpt')).toEqual(['fail']);
    expect(two.status('mta-sts')).toEqual(['fail']);
    expect(two.status('bimi')).toEqual(['fail']);
    const plus = await report('plusall.example');
    expect(plus.status('spf')).toEqual(['fail']);
    expect(plus.status('dmarc')).toEqual(['fail']);
  });

  it('warns for an SPF without all, p=none, and an MTA-STS record whose policy host has no address fails', async () => {
    const { status, result } = await report('cname-mx.example');
    expect(status('spf')).toEqual(['warn']);
    expect(status('dmarc')).toEqual(['warn']);
    expect(status('mta-sts')).toEqual(['fail']);
    expect(result.items.find((item) => item.id === 'dmarc')!.fixLine).toContain('p=quarantine');
  });

  it('checks only the selectors named: present, revoked, testing, missing; none named cannot be told', async () => {
    const { status } = await report('example.com', ['s1', 'old', 'test', 'nope']);
    expect(status('dkim')).toEqual(['pass', 'fail', 'warn', 'fail']);
    expect((await report('example.com')).status('dkim')).toEqual(['cannot-tell']);
  });

  it('says "cannot tell" for every item when the resolver fails, and "fail" for a domain that does not exist', async () => {
    const broken = await report('servfail.example');
    expect(broken.status('mx')).toEqual(['cannot-tell']);
    expect(broken.status('spf')).toEqual(['cannot-tell']);
    const missing = await report('missing.example');
    expect(missing.status('mx')).toEqual(['fail']);
    expect(missing.status('spf')).toEqual(['fail']);
  });

  it('asks the domain blocklists only when allowed', async () => {
    const session = senderSession();
    const listed = await checkDomain('spammy.example', { resolver: session.resolver, blocklists: blocklistsOf(DEFAULT_BLOCKLIST_CHOICES) });
    expect(listed.blocklists).toBe('asked');
    expect(listed.items.find((item) => item.id === 'blocklist-domain')!.status).toBe('fail');
    const quiet = senderSession();
    await checkDomain('spammy.example', { resolver: quiet.resolver });
    expect(quiet.evidence().some((e) => e.name.endsWith('spamhaus.org'))).toBe(false);
  });

  it('reads what a user types as a domain, or refuses it', () => {
    expect(readDomainInput('  Example.COM. ')).toBe('example.com');
    expect(readDomainInput('mailto:alice@example.org')).toBe('example.org');
    expect(readDomainInput('not a domain')).toBeNull();
    expect(readDomainInput('localhost')).toBeNull();
    expect(readDomainInput(`${'a'.repeat(64)}.example`)).toBeNull();
  });
});
