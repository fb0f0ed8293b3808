// Reads fixture case folders (test/cases/FORMAT.md) and compares an
// Analysis with a case's `expect`. Node, worker and Chromium runs all go
// through here, so a case means the same thing everywhere.

import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/analysis.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import type { BlocklistChoice } from '../../src/core/sender/blocklists.ts';

export interface DkimExpectation {
  domain?: string;
  selector?: string;
  result: string | string[];
}

/** A hop as FORMAT.md names its fields; any subset may be asserted. */
export interface HopExpectation {
  from?: string | null;
  ip?: string | null;
  by?: string | null;
  with?: string | null;
  tls?: boolean | null;
  time?: string | null;
  role?: string | null;
}

export interface BounceExpectation {
  status?: string;
  reason?: string;
  recipient?: string;
  remoteMta?: string;
}

export interface CaseExpectation {
  spf?: string | string[];
  dkim?: DkimExpectation[];
  dmarc?: string | string[];
  arc?: string | string[];
  hops?: HopExpectation[];
  /** null: the message is not a bounce. */
  bounce?: BounceExpectation | null;
  /** The kind of message (FORMAT.md): ordinary, non-delivery, delay, delivery-success, read-receipt, feedback, auto-reply. */
  kind?: string;
  [key: string]: unknown;
}

export interface FixtureCase {
  name: string;
  folder: string;
  message: Uint8Array;
  zone: ZoneFile;
  title: string;
  now: string;
  smtp: { ip?: string; helo?: string; mailFrom?: string } | undefined;
  expect: CaseExpectation;
  /** Our own checks beside FORMAT.md's `expect`. */
  inferredEnvelope?: { ip?: string | null; helo?: string | null; mailFrom?: string | null };
  headersOnly?: boolean;
  /** Problem codes the analysis must report (the limits-* cases). */
  expectProblems?: string[];
  /** The blocklists the user allows the sender check to ask (the sender-* cases); absent: none. */
  senderBlocklists?: BlocklistChoice[];
  /** The sender checklist: whether lists were asked, and each item's status (a list where an item comes once per list). */
  expectSender?: { blocklists?: 'asked' | 'not-asked'; items: Record<string, string | string[]> };
}

export const OWN_CASES = new URL('../cases/', import.meta.url).pathname;

export function listCaseFolders(root: string): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((folder) => statSync(folder).isDirectory() && existsSync(join(folder, 'case.json')))
    .sort();
}

export function readCase(folder: string): FixtureCase {
  const data = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8'));
  const zonePath = join(folder, 'zone.json');
  return {
    name: folder.split('/').pop()!,
    folder,
    message: new Uint8Array(readFileSync(join(folder, 'message.eml'))),
    zone: existsSync(zonePath) ? JSON.parse(readFileSync(zonePath, 'utf8')) : { records: {} },
    title: data.title ?? '',
    now: data.now,
    smtp: data.smtp,
    expect: data.expect ?? {},
    inferredEnvelope: data.inferredEnvelope,
    headersOnly: data.headersOnly,
    expectProblems: data.expectProblems,
    senderBlocklists: data.senderBlocklists,
    expectSender: data.expectSender,
  };
}

// FORMAT.md: Sisimai renamed these reasons between versions; each pair is one reason.
const SAME_REASON: Record<string, string> = { speeding: 'ratelimited', emailtoolarge: 'mesgtoobig' };
const canonicalReason = (reason: string | undefined) => (reason === undefined ? undefined : (SAME_REASON[reason] ?? reason));

/** Reads a field the Analysis type may not declare yet (hops, bounce), without widening it. */
function fieldOf(analysis: Analysis, key: string): unknown {
  return (analysis as unknown as Record<string, unknown>)[key];
}

function compareHops(analysis: Analysis, expected: HopExpectation[], differences: string[]): void {
  const hops = fieldOf(analysis, 'hops');
  if (!Array.isArray(hops)) {
    differences.push('hops: the analysis has no hops');
    return;
  }
  if (hops.length !== expected.length) differences.push(`hops: expected ${expected.length}, got ${hops.length}`);
  expected.forEach((wanted, index) => {
    const got = hops[index] as Record<string, unknown> | undefined;
    if (!got) return;
    for (const [key, value] of Object.entries(wanted)) {
      const actual = key === 'time' && typeof got[key] === 'string' ? new Date(got[key] as string).toISOString() : got[key];
      const want = key === 'time' && typeof value === 'string' ? new Date(value).toISOString() : value;
      if (actual !== want) differences.push(`hops[${index}].${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`);
    }
  });
}

function compareBounce(analysis: Analysis, expected: BounceExpectation | null, differences: string[]): void {
  // FORMAT.md: the first failed or delayed recipient; in a report where none
  // failed (a delivery confirmation, a complaint, an auto-reply), its first recipient.
  const bounce = (analysis.bounce ?? analysis.bounceReport?.recipients[0] ?? null) as unknown as Record<string, unknown> | null;
  if (expected === null) {
    if (bounce) differences.push(`bounce: expected none, got ${JSON.stringify(bounce)}`);
    return;
  }
  if (!bounce) {
    differences.push('bounce: expected a bounce, got none');
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    const actual = key === 'reason' ? canonicalReason(bounce[key] as string | undefined) : bounce[key];
    const want = key === 'reason' ? canonicalReason(value as string) : value;
    if (actual !== want) differences.push(`bounce.${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`);
  }
}

/** Every scorecard item of the sender check has the status the case names, and no item is left unnamed. */
function compareSender(analysis: Analysis, expected: NonNullable<FixtureCase['expectSender']>, differences: string[]): void {
  const sender = analysis.sender;
  if (!sender) {
    differences.push('sender: the analysis has no sender check');
    return;
  }
  if (expected.blocklists !== undefined && sender.blocklists !== expected.blocklists) differences.push(`sender.blocklists: expected ${expected.blocklists}, got ${sender.blocklists}`);
  const got = new Map<string, string[]>();
  for (const item of sender.items) got.set(item.id, [...(got.get(item.id) ?? []), item.status]);
  for (const id of new Set([...got.keys(), ...Object.keys(expected.items)])) {
    const want = expected.items[id];
    const actual = got.get(id) ?? [];
    const agrees = Array.isArray(want) ? JSON.stringify(want) === JSON.stringify(actual) : want !== undefined && actual.length > 0 && actual.every((status) => status === want);
    if (!agrees) differences.push(`sender.${id}: expected ${JSON.stringify(want ?? 'no item')}, got ${JSON.stringify(actual)}`);
  }
}

function accepts(expected: string | string[], actual: string | null | undefined): boolean {
  return ([] as string[]).concat(expected).includes(actual ?? 'null');
}

/** Every way the analysis differs from what the case expects; empty when it agrees. */
export function compareWithExpectation(analysis: Analysis, fixture: Pick<FixtureCase, 'expect' | 'inferredEnvelope' | 'expectProblems' | 'expectSender'>): string[] {
  const differences: string[] = [];
  const { expect } = fixture;
  const word = (name: string, expected: string | string[] | undefined, actual: string | null | undefined) => {
    if (expected !== undefined && !accepts(expected, actual)) differences.push(`${name}: expected ${JSON.stringify(expected)}, got ${actual ?? 'null'}`);
  };
  word('spf', expect.spf, analysis.spf?.result);
  word('dmarc', expect.dmarc, analysis.dmarc?.result);
  word('arc', expect.arc, analysis.arc?.result);
  if (expect.dkim !== undefined) {
    if (expect.dkim.length !== analysis.dkim.length) {
      differences.push(`dkim: expected ${expect.dkim.length} signatures, got ${analysis.dkim.length}`);
    }
    expect.dkim.forEach((wanted, index) => {
      const got = analysis.dkim[index];
      if (!got) return;
      if (wanted.domain !== undefined && wanted.domain !== got.domain) differences.push(`dkim[${index}].domain: expected ${wanted.domain}, got ${got.domain}`);
      if (wanted.selector !== undefined && wanted.selector !== got.selector) differences.push(`dkim[${index}].selector: expected ${wanted.selector}, got ${got.selector}`);
      word(`dkim[${index}].result`, wanted.result, got.result);
    });
  }
  if (expect.hops !== undefined) compareHops(analysis, expect.hops, differences);
  if (expect.bounce !== undefined) compareBounce(analysis, expect.bounce, differences);
  if (expect.kind !== undefined && expect.kind !== analysis.kind?.word) differences.push(`kind: expected ${expect.kind}, got ${analysis.kind?.word ?? 'null'}`);
  const codes = new Set<string>(analysis.problems.map((found) => found.code));
  for (const code of fixture.expectProblems ?? []) {
    if (!codes.has(code)) differences.push(`problems: expected ${code}, got ${[...codes].join(', ') || 'none'}`);
  }
  if (fixture.expectSender) compareSender(analysis, fixture.expectSender, differences);
  const envelope = fixture.inferredEnvelope;
  if (envelope) {
    for (const key of ['ip', 'helo', 'mailFrom'] as const) {
      if (key in envelope && envelope[key] !== analysis.envelope?.[key]) {
        differences.push(`envelope.${key}: expected ${JSON.stringify(envelope[key])}, got ${JSON.stringify(analysis.envelope?.[key])}`);
      }
    }
  }
  return differences;
}
