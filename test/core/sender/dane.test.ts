// DNSSEC status and DANE per MX host in "Check a domain", over zones whose
// answers carry the AD bit set, clear or not at all (dnssec.zone.json).

import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../src/core/sender/check-domain.ts';
import { COMMON_DKIM_SELECTORS } from '../../../src/core/sender/common-selectors.ts';
import { readTlsaRecord } from '../../../src/core/sender/tlsa-record.ts';
import { DNSSEC_ZONE, senderSession } from './sender-zone.ts';

async function report(domain: string, options: { commonSelectors?: boolean; selectors?: string[] } = {}) {
  const session = senderSession(DNSSEC_ZONE);
  const result = await checkDomain(domain, { resolver: session.resolver, ...options });
  const item = (id: string) => result.items.filter((entry) => entry.id === id);
  return { result, item, evidence: session.evidence() };
}

describe('DNSSEC as the resolver reports it', () => {
  it('passes an authenticated answer, warns for one not authenticated, and cannot tell where the resolver did not say', async () => {
    expect((await report('dane.example')).item('dnssec').map((i) => i.status)).toEqual(['pass']);
    const unsigned = (await report('unsigned.example')).item('dnssec')[0]!;
    expect(unsigned.status).toBe('warn');
    expect(unsigned.reason.en).toContain('AD bit clear');
    expect(unsigned.fix?.de).toContain('DNSSEC');
    const silent = (await report('nosay.example')).item('dnssec')[0]!;
    expect(silent.status).toBe('cannot-tell');
    expect(silent.reason.en).toContain('did not say');
  });
});

describe('DANE: TLSA of each MX host', () => {
  it('passes DANE-EE and DANE-TA records under DNSSEC, each explained', async () => {
    const { item, evidence } = await report('dane.example');
    const [dane] = item('dane');
    expect(dane).toMatchObject({ status: 'pass', subject: '_25._tcp.mx.dane.example' });
    expect(dane!.reason.en).toContain('DANE-EE(3)');
    expect(dane!.reason.en).toContain('SPKI(1)');
    expect(dane!.reason.en).toContain('SHA2-256(1)');
    expect(dane!.reason.de).toContain('DANE-TA(2)');
    expect(evidence.find((e) => e.type === 'TLSA')).toMatchObject({ name: '_25._tcp.mx.dane.example', authenticated: true });
  });

  it('warns for a signed MX host without TLSA, fails PKIX usages only, warns for a mix', async () => {
    expect((await report('notlsa.example')).item('dane')[0]!.status).toBe('warn');
    const pkix = (await report('pkix.example')).item('dane')[0]!;
    expect(pkix.status).toBe('fail');
    expect(pkix.reason.en).toContain('PKIX-EE(1)');
    expect(pkix.reason.en).toContain('RFC 7672 §3.1.3');
    expect(pkix.fixLine).toContain('TLSA 3 1 1');
    const mixed = (await report('mixed.example')).item('dane')[0]!;
    expect(mixed.status).toBe('warn');
    // The third record's digest is 2 octets, not 32: it can match nothing.
    expect(mixed.reason.en).toContain('1 of 3 TLSA records fit SMTP');
    expect(mixed.reason.en).toContain('2 octets, not 32');
  });

  it('fails TLSA records whose answer is not authenticated: without DNSSEC they are worthless', async () => {
    const insecure = (await report('insecure-tlsa.example')).item('dane')[0]!;
    expect(insecure.status).toBe('fail');
    expect(insecure.reason.en).toContain('worthless');
    expect(insecure.reason.de).toContain('wertlos');
  });

  it('does not look TLSA up for an MX host whose addresses are not authenticated, and says why', async () => {
    const { item, evidence } = await report('unsigned.example');
    const dane = item('dane')[0]!;
    expect(dane.status).toBe('warn');
    expect(dane.reason.en).toContain('TLSA record without DNSSEC is worthless');
    expect(evidence.some((e) => e.type === 'TLSA')).toBe(false);
  });

  it('checks the MX host, not the domain: an unsigned domain on a signed provider\'s MX still gets DANE (RFC 7672 §2.2.1)', async () => {
    const { item } = await report('hosted.example');
    expect(item('dnssec')[0]!.status).toBe('warn');
    expect(item('dane')[0]!.status).toBe('pass');
  });

  it('cannot tell DANE where the resolver gives no AD bit, and asks no TLSA then', async () => {
    const { item, evidence } = await report('nosay.example');
    expect(item('dane').map((i) => i.status)).toEqual(['cannot-tell']);
    expect(evidence.some((e) => e.type === 'TLSA')).toBe(false);
  });

  it('reads TLSA fields by RFC 7218 names, and only DANE-TA/DANE-EE with a known selector and a fitting digest fit SMTP', () => {
    const digest = 'ab'.repeat(32);
    expect(readTlsaRecord(`3 1 1 ${digest}`).usableForSmtp).toBe(true);
    expect(readTlsaRecord(`2 0 2 ${'ab'.repeat(64)}`).usableForSmtp).toBe(true);
    expect(readTlsaRecord(`3 0 0 ${digest}`).usableForSmtp).toBe(true);
    expect(readTlsaRecord(`0 1 1 ${digest}`).usableForSmtp).toBe(false);
    expect(readTlsaRecord(`1 1 1 ${digest}`).usableForSmtp).toBe(false);
    expect(readTlsaRecord(`3 2 1 ${digest}`).usableForSmtp).toBe(false);
    expect(readTlsaRecord(`3 1 1 ${'ab'.repeat(31)}`).usableForSmtp).toBe(false);
    expect(readTlsaRecord('3 1 0 -').usableForSmtp).toBe(false);
    expect(readTlsaRecord(`4 1 1 ${digest}`).explanation.en).toContain('4 (unassigned)');
  });
});

describe('common DKIM selectors, tried only when asked', () => {
  it('asks no guessed selector unless asked, then all of them once, in parallel, and reports only the keys found', async () => {
    const plain = await report('dane.example');
    expect(plain.evidence.filter((e) => e.name.includes('._domainkey.'))).toEqual([]);
    expect(plain.item('dkim').map((i) => i.status)).toEqual(['cannot-tell']);
    const tried = await report('dane.example', { commonSelectors: true, selectors: ['default'] });
    const keyQuestions = tried.evidence.filter((e) => e.name.endsWith('._domainkey.dane.example')).map((e) => e.name);
    expect(keyQuestions).toHaveLength(COMMON_DKIM_SELECTORS.length);
    expect(new Set(keyQuestions).size).toBe(keyQuestions.length);
    expect(tried.item('dkim').map((i) => [i.subject, i.status])).toEqual([
      ['default._domainkey.dane.example', 'pass'],
      ['selector1._domainkey.dane.example', 'pass'],
    ]);
  });

  it('says which selectors were tried when none has a key', async () => {
    const { item } = await report('notlsa.example', { commonSelectors: true });
    const [dkim] = item('dkim');
    expect(dkim!.status).toBe('cannot-tell');
    expect(dkim!.reason.en).toContain(`None of the ${COMMON_DKIM_SELECTORS.length} common selectors`);
    expect(dkim!.questions).toHaveLength(COMMON_DKIM_SELECTORS.length);
  });
});
