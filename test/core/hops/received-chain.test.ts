// The chain as a whole: order, numbering, limits, and the path summary.

import { describe, expect, it } from 'vitest';
import { MAX_HOPS, readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { field, receivedFields } from './chain-fields.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const TOP = 'from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4X; Fri, 27 Nov 2026 11:50:02 +0000';
const BOTTOM = 'by mail.example.net (Postfix, from userid 1000) id 4Y; Fri, 27 Nov 2026 11:50:00 +0000';

describe('readReceivedChain', () => {
  it('orders hops oldest first and numbers them from 1', () => {
    const { hops, path } = readReceivedChain(receivedFields([TOP, BOTTOM]), { now: NOW });
    expect(hops.map((h) => [h.number, h.line, h.by])).toEqual([[1, 2, 'mail.example.net'], [2, 1, 'mx.example.com']]);
    expect(hops.map((h) => h.delaySeconds)).toEqual([null, 2]);
    expect(hops[1]!.delayFrom).toBe(1);
    expect(path.totalSeconds).toBe(2);
    expect(hops[1]!.raw).toBe(`Received: ${TOP}`);
  });

  it('checks the Date field and reads X-Greylist', () => {
    const fields = receivedFields([TOP, BOTTOM], [field('Date', 'Mon, 30 Nov 2026 09:00:00 +0000'), field('X-Greylist', 'delayed 361 seconds by postgrey-1.37 at mx.example.com', 2)]);
    const { path } = readReceivedChain(fields, { now: NOW });
    expect(path.date?.verdict).toBe('future');
    expect(path.greylisting.map((g) => [g.software, g.hop])).toEqual([['postgrey-1.37', 2]]);
  });

  it('reads at most MAX_HOPS fields, the newest, and says how many it left out', () => {
    const { hops, path, problems } = readReceivedChain(receivedFields(Array.from({ length: MAX_HOPS + 5 }, () => TOP)), { now: NOW });
    expect(hops.length).toBe(MAX_HOPS);
    expect(path.omittedFields).toBe(5);
    expect(problems.map((p) => p.code)).toEqual(['received-limit']);
    expect(hops[MAX_HOPS - 1]!.line).toBe(1);
  });

  it('has an empty chain and no client without Received fields', () => {
    const result = readReceivedChain([field('Subject', 'x')], { now: NOW });
    expect([result.hops, result.client, result.path.boundary.hop, result.path.totalSeconds]).toEqual([[], null, null, null]);
  });

  it('marks no hop for SPF when the client address was given', () => {
    const { path } = readReceivedChain(receivedFields([TOP]), { now: NOW, clientGiven: true });
    expect(path.envelopeHop).toMatchObject({ hop: null, chosenBy: 'given' });
    expect(path.envelopeHop.reason.en).toMatch(/hop 1/);
  });
});
