// An analysis's recorded answers given again (src/dns/recorded.ts): every
// answer and every failure, each as the resolver gave it, with no request.

import { afterEach, describe, expect, it } from 'vitest';
import { createRecordedSource } from '../../src/dns/recorded.ts';
import { createRecorder } from '../../src/dns/recorder.ts';
import { createDohSource } from '../../src/dns/doh.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';

let server: DohServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const QUESTIONS: [string, string][] = [
  ['example.com', 'TXT'],
  ['Mail.Example.com.', 'A'],
  ['missing.example.com', 'MX'],
  ['held.example.org', 'TXT'],
  ['slow.example.org', 'A'],
];

describe('createRecordedSource', () => {
  it('gives every recorded answer and failure again, the failure kinds included, without a request', async () => {
    server = await startDohServer({ zone: { records: { 'example.com': { TXT: ['v=spf1 -all'] }, 'mail.example.com': { A: ['192.0.2.25'] } } } });
    const recorder = createRecorder(createDohSource({ url: server.url, format: 'wire', fetch, timeoutMs: 500 }));
    const live = [];
    for (const [name, type] of QUESTIONS.slice(0, 3)) live.push(await recorder.lookup(name, type));
    server.setMode('rate-limited');
    live.push(await recorder.lookup(...QUESTIONS[3]!));
    server.setMode('hold');
    live.push(await recorder.lookup(...QUESTIONS[4]!));
    expect(live.map((answer) => answer.failure ?? answer.rcode)).toEqual(['NOERROR', 'NOERROR', 'NXDOMAIN', 'rate-limited', 'timeout']);

    const asked = server.requests.length;
    const recorded = createRecordedSource(recorder.snapshot(), recorder.evidence());
    for (const [index, [name, type]] of QUESTIONS.entries()) {
      const again = await recorded.lookup(name, type);
      const { rcode, records, failure } = live[index]!;
      expect({ rcode: again.rcode, records: again.records, failure: again.failure }, `${name} ${type}`).toEqual({ rcode, records, failure });
    }
    expect(server.requests.length).toBe(asked);
  });
});
