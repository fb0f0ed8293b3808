import { describe, expect, it } from 'vitest';
import { normalizeResultWord, parseAuthenticationResults, parseReceivedSpf } from '../../../src/core/headers/authentication-results.ts';

describe('Authentication-Results (RFC 8601)', () => {
  it('reads Gmail\'s field: authserv-id, methods, properties and comments', () => {
    const parsed = parseAuthenticationResults(
      'mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 header.b=AbCdEf12;\r\n       spf=pass (google.com: domain of a@example.com designates 192.0.2.7 as permitted sender) smtp.mailfrom=a@example.com;\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com',
    );
    expect(parsed.authservId).toBe('mx.google.com');
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(parsed.results[0]!.properties).toEqual({ 'header.i': '@example.com', 'header.s': 's1', 'header.b': 'AbCdEf12' });
    expect(parsed.results[1]!.comments[0]).toContain('designates 192.0.2.7');
  });

  it('reads Microsoft\'s field with no authserv-id, compauth, action and bestguesspass', () => {
    const parsed = parseAuthenticationResults(
      'spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=bestguesspass action=none header.from=example.com;compauth=pass reason=109',
    );
    expect(parsed.authservId).toBeNull();
    expect(parsed.results.map((r) => r.method)).toEqual(['spf', 'dkim', 'dmarc', 'compauth']);
    expect(parsed.results[2]).toMatchObject({ written: 'bestguesspass', result: 'none', properties: { action: 'none', 'header.from': 'example.com' } });
    expect(parsed.results[2]!.nonStandard).toMatch(/Microsoft/);
    expect(parsed.results[3]).toMatchObject({ reason: '109' });
  });

  it('reads a version, "none" and an ARC instance', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toEqual({ authservId: 'example.org', version: '1', instance: null, results: [] });
    const arc = parseAuthenticationResults('i=2; lists.example.org; arc=pass (i=1 spf=pass)', true);
    expect(arc).toMatchObject({ instance: 2, authservId: 'lists.example.org' });
  });

  it('maps old and vendor words to RFC 8601 words and says why', () => {
    expect(normalizeResultWord('hardfail')).toMatchObject({ result: 'fail' });
    expect(normalizeResultWord('Pass')).toEqual({ result: 'pass', nonStandard: null });
    expect(normalizeResultWord('softpass').result).toBeNull();
    expect(normalizeResultWord('bogus').nonStandard).toBe('not an RFC 8601 result word');
  });
});

describe('Received-SPF (RFC 7208 §9.1)', () => {
  it('reads the result, comment and key-value pairs, also separated by white space (Haraka)', () => {
    const spf = parseReceivedSpf(
      'Pass (mx.example.net: domain of example.com designates 192.0.2.7 as permitted sender) receiver=mx.example.net; identity=mailfrom; client-ip=192.0.2.7 helo=mail.example.com; envelope-from=<a@example.com>',
    );
    expect(spf).toMatchObject({ result: 'pass', nonStandard: null });
    expect(spf.properties).toEqual({ receiver: 'mx.example.net', identity: 'mailfrom', 'client-ip': '192.0.2.7', helo: 'mail.example.com', 'envelope-from': 'a@example.com' });
  });

  it('takes receiver= as the writer only where it names a host: policyd-spf\'s default "<UNKNOWN>" names no one', () => {
    expect(parseReceivedSpf('Pass (mailfrom) identity=mailfrom; client-ip=203.0.113.80; receiver=<UNKNOWN>')).toMatchObject({ receiver: null, properties: { receiver: 'UNKNOWN' } });
    expect(parseReceivedSpf('pass client-ip=192.0.2.7; receiver=unknown').receiver).toBeNull();
    expect(parseReceivedSpf('pass client-ip=192.0.2.7').receiver).toBeNull();
    expect(parseReceivedSpf('pass client-ip=192.0.2.7; receiver=MX.Example.NET').receiver).toBe('mx.example.net');
    expect(parseReceivedSpf('pass client-ip=192.0.2.7; receiver=bad_name!').receiver).toBeNull();
  });

  it('reads the old SoftFail spelling and an unknown word', () => {
    expect(parseReceivedSpf('SoftFail (example.com: transitioning)').result).toBe('softfail');
    expect(parseReceivedSpf('error (DNS timeout)')).toMatchObject({ result: 'temperror' });
  });
});
