// Issue 10, item 1: "Authentication-Results:\v=" (25 bytes) looped for ever
// in the Authentication-Results tokenizer, which skipped only SP/HT/CR/LF
// but ended its words at every \s: any white space outside RFC 5322's
// folding white space stood still between the two. These run in a worker
// with a time limit, so a regression fails instead of hanging the run.

import { describe, expect, it } from 'vitest';
import { callWithTimeLimit } from '../../support/time-limited.ts';
import type { analyzeOffline, parseEveryWay } from './hostile-field-calls.ts';

const CALLS = new URL('./hostile-field-calls.ts', import.meta.url);
// The analysis of a 25-byte message takes milliseconds; the fuzzer's limit is 2 s.
const LIMIT_MS = 2000;

// Every white space \s knows that RFC 5322 does not fold on, and C0/C1 controls.
const ODD_SPACE = ['\v', '\f', '\u00a0', '\u0085', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\0', '\x1b'];

describe('Authentication-Results tokenizer: white space it does not fold on', () => {
  it('analyses the 25-byte message of issue 10 within the limit', async () => {
    const bytes = new TextEncoder().encode('Authentication-Results:\v=');
    expect(bytes.length).toBe(25);
    const run = await callWithTimeLimit<Awaited<ReturnType<typeof analyzeOffline>>>({ module: CALLS, exportName: 'analyzeOffline', args: [bytes], limitMs: LIMIT_MS });
    expect(run.outcome).toBe('returned');
    if (run.outcome === 'returned') expect(run.value.fields).toEqual(['Authentication-Results']);
  });

  it('analyses the same field with a Latin-1 NBSP byte (0xA0) within the limit', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Authentication-Results:'), 0xa0, 0x3d]);
    const run = await callWithTimeLimit<Awaited<ReturnType<typeof analyzeOffline>>>({ module: CALLS, exportName: 'analyzeOffline', args: [bytes], limitMs: LIMIT_MS });
    expect(run.outcome).toBe('returned');
  });

  it('reads every such character as part of a word, in all three fields that share the tokenizer', async () => {
    const values = ODD_SPACE.flatMap((space) => [`${space}=`, `mx.example.net; spf=pass${space}smtp.mailfrom=a@example.com`, `pass${space}client-ip=192.0.2.1`, `i=1; mx; dkim=pass${space}=x`]);
    const run = await callWithTimeLimit<ReturnType<typeof parseEveryWay>>({ module: CALLS, exportName: 'parseEveryWay', args: [values], limitMs: LIMIT_MS });
    expect(run.outcome).toBe('returned');
    if (run.outcome !== 'returned') return;
    for (const { value, results, spf } of run.value) {
      const space = [...value].find((c) => ODD_SPACE.includes(c))!;
      if (value.startsWith('mx.example.net;')) {
        // Not a separator (RFC 8601 §2.2 separates with CFWS only): the whole rest is the result word.
        expect(results.results).toEqual([expect.objectContaining({ method: 'spf', written: `pass${space}smtp.mailfrom=a@example.com`, result: null, properties: {} })]);
      }
      if (value.startsWith('pass')) expect(spf).toMatchObject({ result: 'pass', properties: { [`${space}client-ip`]: '192.0.2.1' } });
    }
  });
});
