// A one-off cross-check, run by hand (`npx tsx test/support/doh-wire-check.ts`):
// dnspython reads the queries src/dns encodes and the answers the local DoH
// server sends, and they must say what the zone says. It needs
// /usr/bin/python3 with python3-dnspython, so it is a script and not a test.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { encodeQuery } from '../../src/dns/dns-message.ts';
import { base64url } from '../../src/dns/doh-wire.ts';
import type { RrType } from '../../src/dns/resolver.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { startDohServer } from './doh-server.ts';

const zone: ZoneFile = {
  records: {
    'example.com': {
      TXT: ['v=spf1 -all', ['v=DKIM1; ', 'p=ABC'], 'k'.repeat(300), 'ünï "q" \\'],
      MX: [{ priority: 10, exchange: 'mx.example.com' }],
      A: ['192.0.2.1'],
      AAAA: ['2001:db8::1'],
      NS: ['ns.example.net'],
    },
    'www.example.com': { CNAME: 'cdn.example.net' },
    'cdn.example.net': { CNAME: 'example.com' },
    'dangling.example': { CNAME: 'absent.example' },
    '1.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
    'servfail.example': { error: 'SERVFAIL' },
    'refused.example': { error: 'REFUSED' },
    'slow.example': { error: 'TIMEOUT' },
  },
};

const questions: [string, RrType][] = [
  ['example.com', 'TXT'],
  ['example.com', 'MX'],
  ['example.com', 'AAAA'],
  ['example.com', 'NS'],
  ['Example.COM', 'A'],
  ['www.example.com', 'A'],
  ['www.example.com', 'CNAME'],
  ['dangling.example', 'A'],
  ['1.2.0.192.in-addr.arpa', 'PTR'],
  ['absent.example', 'TXT'],
  ['example.com', 'PTR'],
  ['servfail.example', 'A'],
  ['refused.example', 'A'],
  ['slow.example', 'A'],
];

interface PythonResult {
  name: string;
  type: string;
  query: { id: number; rd: boolean; qname: string; qtype: string };
  GET: 'timeout' | { id: number; rcode: string; answers: { name: string; type: string; ttl: number; values: unknown[] }[] };
  POST: PythonResult['GET'];
}

const server = await startDohServer({ zone });
const expected = createZoneSource(zone);
const python = spawn('/usr/bin/python3', [fileURLToPath(new URL('./doh-wire-check.py', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
let output = '';
python.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
python.stdin.end(
  JSON.stringify({
    url: server.url,
    questions: questions.map(([name, type]) => ({ name, type, dns: base64url(encodeQuery(name, type)) })),
  }),
);
const code = await new Promise<number | null>((resolve) => python.on('close', resolve));
await server.close();
if (code !== 0) {
  console.error(`python exited with ${code}`);
  process.exit(1);
}

const problems: string[] = [];
const results = output.trim().split('\n').map((line) => JSON.parse(line) as PythonResult);
for (const result of results) {
  const before = problems.length;
  const where = `${result.type} ${result.name}`;
  const want = await expected.lookup(result.name, result.type);
  if (result.query.id !== 0 || !result.query.rd || result.query.qname !== result.name || result.query.qtype !== result.type) {
    problems.push(`${where}: query read as ${JSON.stringify(result.query)}`);
  }
  for (const method of ['GET', 'POST'] as const) {
    const got = result[method];
    if (want.rcode === 'TIMEOUT') {
      if (got !== 'timeout') problems.push(`${where} ${method}: answered a TIMEOUT name`);
      continue;
    }
    if (got === 'timeout') {
      problems.push(`${where} ${method}: no answer`);
      continue;
    }
    if (got.rcode !== want.rcode) problems.push(`${where} ${method}: rcode ${got.rcode}, zone says ${want.rcode}`);
    const chain = got.answers.filter((rrset) => rrset.type === 'CNAME' && result.type !== 'CNAME').map((rrset) => rrset.values[0]);
    if (JSON.stringify(chain) !== JSON.stringify(want.cnames)) problems.push(`${where} ${method}: chain ${JSON.stringify(chain)}`);
    const records = got.answers.filter((rrset) => rrset.type === result.type).flatMap((rrset) => rrset.values);
    // The 300-octet string comes back as 255 + 45: compare TXT records joined.
    const join = (values: unknown[]) => (result.type === 'TXT' ? values.map((v) => (v as string[]).join('')) : values);
    if (JSON.stringify(join(records)) !== JSON.stringify(join(want.records))) {
      problems.push(`${where} ${method}: records ${JSON.stringify(records)}, zone says ${JSON.stringify(want.records)}`);
    }
  }
  const outcome = result.GET === 'timeout' ? 'timeout' : result.GET.rcode;
  console.log(`${where}: ${outcome} ${problems.length === before ? 'agrees' : 'DIFFERS'}`);
}
if (results.length !== questions.length) problems.push(`${results.length} results for ${questions.length} questions`);
console.log(problems.length === 0 ? `dnspython agrees on all ${results.length} questions (GET and POST)` : problems.join('\n'));
process.exit(problems.length === 0 ? 0 : 1);
