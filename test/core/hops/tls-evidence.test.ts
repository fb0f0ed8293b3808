// TLS from the protocol word (RFC 3848, RFC 6531) and from each MTA's comment.

import { describe, expect, it } from 'vitest';
import { isTlsComment, readTls } from '../../../src/core/hops/tls-evidence.ts';

const read = (withWords: string[], comments: string[] = [], tlsClause: string | null = null) => readTls({ withWords, comments, tlsClause });

describe('readTls', () => {
  it('follows the RFC 3848 and RFC 6531 protocol words', () => {
    expect(['ESMTPS', 'ESMTPSA', 'LMTPS', 'UTF8SMTPS', 'esmtps'].map((w) => read([w]).tls)).toEqual([true, true, true, true, true]);
    expect(['SMTP', 'ESMTP', 'ESMTPA', 'LMTP', 'LMTPA', 'HTTP'].map((w) => read([w]).tls)).toEqual([false, false, false, false, false, false]);
    expect(read(['spool']).tls).toBeNull();
    expect(read([]).tls).toBeNull();
  });

  it.each([
    ['using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)', 'TLSv1.3', 'TLS_AES_256_GCM_SHA384'],
    ['version=TLSv1/SSLv3 cipher=RC4-MD5 bits=128 verify=NO', 'TLSv1/SSLv3', 'RC4-MD5'],
    ['version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384', 'TLS1_2', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384'],
    ['TLSv1:RC4-SHA:128', 'TLSv1', 'RC4-SHA'],
    ['TLS-1.0:RSA_ARCFOUR_MD5:16', 'TLS-1.0', 'RSA_ARCFOUR_MD5'],
    ['SSL: TLSv1/SSLv3,128bits,RC4-MD5', 'TLSv1/SSLv3', 'RC4-MD5'],
    ['cipher=TLS_AES_256_GCM_SHA384', null, 'TLS_AES_256_GCM_SHA384'],
    ['DHE-RSA-AES256-SHA encrypted', null, 'DHE-RSA-AES256-SHA'],
  ])('reads the comment "%s"', (comment, version, cipher) => {
    expect(read(['ESMTP'], [comment])).toEqual({ tls: true, version, cipher });
  });

  it('lets a comment override a plain protocol word, and reads Exim\'s and IronPort\'s forms', () => {
    expect(read(['ESMTP'], ['using TLSv1 with cipher DHE-RSA-AES256-SHA (256/256 bits)']).tls).toBe(true);
    expect(read(['esmtps'], ['TLS1.3'], 'TLS_AES_256_GCM_SHA384')).toEqual({ tls: true, version: 'TLS1.3', cipher: 'TLS_AES_256_GCM_SHA384' });
    expect(read(['ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256'])).toEqual({ tls: true, version: null, cipher: 'ECDHE-RSA-AES128-GCM-SHA256' });
    expect(read(['Microsoft', 'SMTP', 'Server'], ['TLS']).tls).toBe(true);
    expect(read(['Microsoft', 'SMTP', 'Server']).tls).toBe(false);
    expect(read(['SMTPS'], ['Google Transport Security']).tls).toBe(true);
  });

  it('tells TLS comments from others', () => {
    expect(isTlsComment('using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')).toBe(true);
    expect(isTlsComment('Postfix')).toBe(false);
    expect(isTlsComment('Exim 4.96')).toBe(false);
  });
});
