import { describe, expect, it } from 'vitest';
import { explainHeaders, MAX_DECODED_CHARS, MAX_RAW_CHARS, MAX_TOTAL_RAW_CHARS } from '../../../src/core/headers/explain-headers.ts';
import { fieldsOf } from './header-fields.ts';

const NOW = '2026-11-27T12:00:00Z';

describe('explainHeaders', () => {
  it('keeps the raw value beside the decoded one, with line and position', async () => {
    const { headers } = await explainHeaders(fieldsOf('Subject: =?utf-8?Q?Gr=C3=BC=C3=9Fe?=\n X\nFrom: a@example.com'), { now: NOW });
    expect(headers[0]).toMatchObject({ index: 0, line: 1, name: 'Subject', raw: 'Subject: =?utf-8?Q?Gr=C3=BC=C3=9Fe?=\r\n X', decoded: 'Grüße X', entry: 'subject', knowledge: 'documented' });
    expect(headers[1]).toMatchObject({ index: 1, line: 3, entry: 'from' });
  });

  it('explains an unknown field honestly', async () => {
    const { headers } = await explainHeaders(fieldsOf('X-Frobnicate: 42'), { now: NOW });
    expect(headers[0]).toMatchObject({ entry: null, knowledge: 'unknown', references: [] });
  });

  it('caps what it decodes and keeps per field and in total', async () => {
    const huge = `X-Blob: ${'A'.repeat(MAX_DECODED_CHARS * 4)}`;
    const { headers } = await explainHeaders(fieldsOf(huge), { now: NOW });
    expect(headers[0]!.decoded.length).toBe(MAX_DECODED_CHARS);
    expect(headers[0]!.raw.length).toBe(MAX_RAW_CHARS);
    expect(headers[0]!.rawTruncated).toBe(true);
    const many = Array.from({ length: 200 }, (_, i) => `X-Big-${i}: ${'B'.repeat(MAX_RAW_CHARS)}`).join('\n');
    const total = (await explainHeaders(fieldsOf(many), { now: NOW })).headers.reduce((n, h) => n + h.raw.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_RAW_CHARS + MAX_RAW_CHARS + 200 * 256);
  });

  it('stays fast on thousands of fields', async () => {
    const header = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `Received: from h${i}.example.com by mx.example.net; Fri, 27 Nov 2026 11:55:00 +0000` : i % 3 === 1 ? `X-Custom-${i}: v` : `To: u${i}@example.com`)).join('\n');
    const fields = fieldsOf(`From: a@example.com\n${header}`);
    const started = performance.now();
    const { headers } = await explainHeaders(fields, { now: NOW });
    expect(headers).toHaveLength(5001);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
