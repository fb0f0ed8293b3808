// The Received parser against hostile input: 1 MB of header made of
// Received fields built to hurt a parser (deep and unclosed parentheses,
// unclosed "<" and "[", date-like words with no ";", long comma runs,
// thousands of tiny fields), and for comparison 1 MB of ordinary fields.
// Linear time is the claim: the figure is the time to read every field,
// and the time of the whole chain reader (which keeps the newest 200).
//
// Run alone:  npx tsx test/bench/received-parse.ts
// Or from main.ts: `const parse = measureReceivedParse();` and print it.

import { parseReceived } from '../../src/core/hops/received-field.ts';
import { readReceivedChain } from '../../src/core/hops/received-chain.ts';
import { readHeaderBlock } from '../../src/core/message/header-block.ts';

const MEGABYTE = 1024 * 1024;
const RUNS = 5;

const ORDINARY =
  'from mail.example.net (mail.example.net [192.0.2.10]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx.example.com (Postfix) with ESMTPS id 4Xq2A10k3Bz9Tn for <bob@example.com>; Fri, 27 Nov 2026 11:50:02 +0000 (UTC)';

/** Field values, each just under the parser's own length limit, that stress one path each. */
function hostileValues(): string[] {
  const size = 16_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    `from ${fill('(')}`,
    `from a ${fill('(b ')}${')'.repeat(100)}`,
    `from ${fill('<')}`,
    `from ${fill('[')}`,
    `by x with SMTP id ${fill('Mon 27 Nov ')}`,
    `by x ${fill('4/20/2018 ')}`,
    `from a.example by b.example id ${fill(',')}x`,
    `from ${fill('helo= ')}`,
    `from ${fill('x')} by ${fill('y').slice(0, 4000)}`,
    `from a (${fill('HELO ')}) by b`,
    `from a (${fill('[192.0.2.1] ')}) by b; ${fill('; ')}`,
    `(${fill('qmail 1 invoked by uid 2 ')})`,
    `from a (${fill('using TLSv1.3 with cipher ')}) by b`,
    `${fill('envelope-from <')}`,
  ];
}

function headerOf(values: string[], bytes: number): Uint8Array {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const line = `Received: ${values[i % values.length]}\r\n`;
    lines.push(line);
    length += line.length;
  }
  return new TextEncoder().encode(`${lines.join('')}Subject: bench\r\n\r\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface ReceivedParseFigures {
  headerBytes: number;
  fields: number;
  /** Every field through parseReceived, median of RUNS, in ms. */
  parseAllMs: number;
  /** readReceivedChain on the same header (the newest 200 fields, roles, trust, time), in ms. */
  chainMs: number;
}

function measure(values: string[]): ReceivedParseFigures {
  const bytes = headerOf(values, MEGABYTE);
  const fields = readHeaderBlock(bytes).fields.filter((f) => f.name === 'Received');
  return {
    headerBytes: bytes.length,
    fields: fields.length,
    parseAllMs: Math.round(time(() => fields.forEach((f) => parseReceived(f.value))) * 10) / 10,
    chainMs: Math.round(time(() => readReceivedChain(readHeaderBlock(bytes).fields, { now: new Date('2026-11-27T12:00:00Z') })) * 10) / 10,
  };
}

export function measureReceivedParse(): { hostile: ReceivedParseFigures; tinyFields: ReceivedParseFigures; ordinary: ReceivedParseFigures } {
  return {
    hostile: measure(hostileValues()),
    tinyFields: measure(['(', 'from ;', '<', 'by', 'x (y [z]) ;']),
    ordinary: measure([ORDINARY]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measureReceivedParse();
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(10)} ${(f.headerBytes / MEGABYTE).toFixed(2)} MB, ${f.fields} Received fields: parse every field ${f.parseAllMs} ms, chain reader ${f.chainMs} ms`);
  }
}
