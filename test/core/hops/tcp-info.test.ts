// The comments of Received fields: TCP-info and the others.

import { describe, expect, it } from 'vitest';
import { classifyComment, readTcpInfo } from '../../../src/core/hops/tcp-info.ts';

describe('readTcpInfo', () => {
  it('reads name and literal, ident, doubts, empty literals', () => {
    expect(readTcpInfo('IDENT:nobody@localhost [127.0.0.1]').info).toMatchObject({ ident: 'nobody', nameBeforeAddress: 'localhost', address: { ip: '127.0.0.1' }, addressForm: 'literal' });
    expect(readTcpInfo('unknown [203.0.113.66]').info.nameBeforeAddress).toBeNull();
    expect(readTcpInfo('host.example.net [192.0.2.56] (may be forged)').info.unconfirmed).toBe('may be forged');
    expect(readTcpInfo('[] verified').info).toMatchObject({ emptyLiteral: true, verified: true });
  });

  it('reads the HELO forms: "HELO x", "(HELO )", "helo=x", and CommuniGate accounts', () => {
    expect(readTcpInfo('HELO mail.example.net').info.helo).toBe('mail.example.net');
    expect(readTcpInfo('HELO ').info.helo).toBe('');
    expect(readTcpInfo('[192.0.2.1]:41234 helo=mail.example.net').info).toMatchObject({ helo: 'mail.example.net', address: { ip: '192.0.2.1' } });
    expect(readTcpInfo('account alice@example.org HELO [10.10.10.10]').info).toMatchObject({ account: 'alice@example.org', helo: '[10.10.10.10]' });
  });

  it('reads qmail\'s bare address with ident, and says when nothing was understood', () => {
    expect(readTcpInfo('myuser@example.it@192.0.2.67').info).toMatchObject({ ident: 'myuser@example.it', address: { ip: '192.0.2.67' }, addressForm: 'bare' });
    expect(readTcpInfo('Xserve/smtpin08/MantshX 4.0').understood).toBe(true);
    expect(readTcpInfo('<x> "y"').understood).toBe(false);
  });
});

describe('classifyComment', () => {
  it.each([
    ['Authenticated sender: alice@example.net', 'auth'],
    ['authenticated bits=0', 'auth'],
    ['SquirrelMail authenticated user jmmail', 'auth'],
    ['using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)', 'tls'],
    ['envelope-from <alice@example.net>', 'envelope-from'],
    ['single-drop', 'noise'],
    ['No client certificate requested', 'noise'],
    ['Postfix', 'other'],
  ])('%s', (comment, kind) => {
    expect(classifyComment(comment).kind).toBe(kind);
  });

  it('splits Courier\'s AUTH comment from its TLS part and reads the envelope sender', () => {
    expect(classifyComment('AUTH: LOGIN alice@example.net, TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384')).toEqual({ kind: 'auth', value: 'AUTH: LOGIN alice@example.net', tls: 'TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384' });
    expect(classifyComment('envelope-from <list@example.org>, uid 502').value).toBe('list@example.org');
    expect(classifyComment('envelope-from <>').value).toBe('');
  });
});
