// The SMTP envelope: given, or read from the chosen hop and Return-Path.

import { describe, expect, it } from 'vitest';
import { inferEnvelope } from '../../../src/core/hops/infer-envelope.ts';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { field, receivedFields } from './chain-fields.ts';

const EXIM = 'from out-12.example.net ([192.0.2.12] helo=mail.example.net) by mx.example.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <bounce@example.net>) id 1v; Fri, 27 Nov 2026 11:50:05 +0000';
const SUBMISSION = 'from [198.51.100.77] (laptop.example.net [198.51.100.77]) by mail.example.net (Postfix) with ESMTPSA id 4Y; Fri, 27 Nov 2026 11:50:00 +0000';
const fields = receivedFields([EXIM, SUBMISSION], [field('Return-Path', '<alice@example.net>')]);

describe('inferEnvelope', () => {
  it('takes the boundary hop\'s client and the envelope sender that hop recorded', () => {
    const envelope = inferEnvelope(fields);
    expect([envelope.ip, envelope.helo, envelope.mailFrom, envelope.source]).toEqual(['192.0.2.12', 'mail.example.net', 'bounce@example.net', 'inferred']);
    expect(envelope.provenance.mailFrom).toMatchObject({ from: 'received' });
  });

  it('falls back to Return-Path, keeps the null sender', () => {
    const postfix = receivedFields([SUBMISSION], [field('Return-Path', '<>')]);
    expect(inferEnvelope(postfix).mailFrom).toBe('');
    expect(inferEnvelope(postfix).provenance.mailFrom.from).toBe('return-path');
  });

  it('uses the hop the user picked', () => {
    const picked = readReceivedChain(fields, { now: new Date(0), envelopeHop: 1 });
    const envelope = inferEnvelope(fields, {}, picked);
    expect([envelope.ip, envelope.helo, envelope.mailFrom]).toEqual(['198.51.100.77', '[198.51.100.77]', 'alice@example.net']);
    expect(envelope.provenance.ip.note.en).toMatch(/picked by the user/);
  });

  it('does not mix a given address with a hop\'s HELO or envelope sender', () => {
    const envelope = inferEnvelope(fields, { ip: '203.0.113.9' });
    expect([envelope.ip, envelope.helo, envelope.mailFrom, envelope.source]).toEqual(['203.0.113.9', null, 'alice@example.net', 'mixed']);
  });

  it('says why there is no client when the part given was only submitted, and keeps Return-Path', () => {
    const submitted = receivedFields([SUBMISSION], [field('Return-Path', '<alice@example.net>')]);
    const envelope = inferEnvelope(submitted);
    expect([envelope.ip, envelope.helo, envelope.mailFrom]).toEqual([null, null, 'alice@example.net']);
    expect(envelope.provenance.ip.from).toBe('none');
    expect(envelope.provenance.ip.note.en).toMatch(/Hop 1 is a submission .*RFC 6409.*not evaluated/);
    expect(envelope.provenance.helo.note.de).toMatch(/Einlieferung/);
  });

  it('is missing without Received and Return-Path', () => {
    expect(inferEnvelope([field('Subject', 'x')]).source).toBe('missing');
  });
});
