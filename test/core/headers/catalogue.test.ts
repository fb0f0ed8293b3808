// The catalogue describes itself completely: every entry has a reference,
// an English and a German text, a knowledge word, and a sample value in
// its vendor's format whose reading is checked here.

import { describe, expect, it } from 'vitest';
import { loadCatalogueGroups } from '../../../src/core/headers/catalogue.ts';
import { CATALOGUE_GROUPS } from '../../../src/core/headers/catalogue-groups.ts';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { SAMPLES } from './catalogue-samples.ts';

const NOW = '2026-11-27T12:00:00Z';
const WHOLE = await loadCatalogueGroups(CATALOGUE_GROUPS);
const CATALOGUE = WHOLE.entries;
const findEntry = (name: string) => WHOLE.find(name);

async function explainFirst(header: string) {
  const prepared = prepareMessage(new TextEncoder().encode(`${header}\r\n\r\nbody\r\n`));
  return (await explainHeaders(prepared.fields, { now: NOW })).headers[0]!;
}

describe('header catalogue', () => {
  it.each(CATALOGUE.map((entry) => [entry.id, entry]))('%s is complete: names, reference, English and German text', (_id, entry) => {
    expect(entry.names.length > 0 || entry.pattern !== undefined).toBe(true);
    for (const name of entry.names) expect(name).toBe(name.toLowerCase());
    expect(entry.references.length).toBeGreaterThan(0);
    for (const reference of entry.references) {
      expect(reference.title.trim()).not.toBe('');
      expect(reference.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
    expect(entry.summary.en.trim().length).toBeGreaterThan(10);
    expect(entry.summary.de.trim().length).toBeGreaterThan(10);
    expect(entry.summary.de).not.toBe(entry.summary.en);
    expect(['documented', 'inferred', 'unknown']).toContain(entry.knowledge);
  });

  it.each(CATALOGUE.filter((entry) => entry.knowledge === 'inferred').map((entry) => [entry.id, entry]))('%s, inferred, says from what, in both languages', (_id, entry) => {
    expect(entry.summary.en).toMatch(/\binferred from /i);
    expect(entry.summary.de).toMatch(/\berschlossen aus /i);
  });

  it('marks the fields Microsoft documents as documented by Microsoft, and its undocumented ones as inferred, never "not documented anywhere"', async () => {
    const microsoft = /^https:\/\/(learn|blogs\.technet)\.microsoft\.com\//;
    for (const header of [
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;',
      'X-Microsoft-Antispam: BCL:0;',
      'X-MS-Exchange-Organization-Network-Message-Id: 0a1b2c3d-1234-5678-9abc-def012345678',
      'X-MS-Exchange-Forest-RulesExecuted: EX01',
      'X-EOPTenantAttributedMessage: 72f988bf-86f1-41af-91ab-2d7cd011db47:0',
      'Content-Class: urn:content-classes:message',
      'Thread-Index: AdL0X7T8mZ1nRkS9TvWgYx==',
    ]) {
      const explained = await explainFirst(header);
      expect(explained.knowledge, header).toBe('documented');
      expect(explained.references.some((reference) => microsoft.test(reference.url)), header).toBe(true);
    }
    for (const header of ['X-MS-TrafficTypeDiagnostic: SG2APC01HT247:|HE1EUR01HT085:', 'X-MS-Exchange-CrossTenant-Id: 0a1b2c3d-1234-5678-9abc-def012345678', 'X-Microsoft-Antispam-Message-Info: AbCd==']) {
      const explained = await explainFirst(header);
      expect(explained.knowledge, header).toBe('inferred');
      expect(explained.explanation.en).toMatch(/Microsoft does not document/);
      expect(explained.explanation.en).not.toMatch(/not documented anywhere/);
    }
  });

  it('has a sample for every entry, and no sample without an entry', () => {
    expect(CATALOGUE.map((e) => e.id).filter((id) => !SAMPLES[id])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((id) => !CATALOGUE.some((e) => e.id === id))).toEqual([]);
  });

  it.each(Object.entries(SAMPLES))('%s reads its vendor\'s format', async (id, sample) => {
    const explained = await explainFirst(sample.header);
    expect(explained.entry).toBe(id);
    expect(findEntry(explained.name)?.id).toBe(id);
    const keys = explained.parts.map((p) => p.key);
    for (const key of sample.parts ?? []) expect(keys).toContain(key);
    const codes = explained.findings.map((f) => f.code);
    for (const code of sample.findings ?? []) expect(codes).toContain(code);
    if (sample.decoded !== undefined) expect(explained.decoded).toBe(sample.decoded);
    for (const [key, knowledge] of Object.entries(sample.knowledge ?? {})) expect(explained.parts.find((p) => p.key === key)?.knowledge).toBe(knowledge);
    for (const part of explained.parts) {
      if (part.meaning) expect(part.meaning.de).not.toBe('');
    }
  });

  it('gives every German part meaning and finding text in German, not a copy of the English', async () => {
    const all = await Promise.all(Object.values(SAMPLES).map((s) => explainFirst(s.header)));
    const copies = all.flatMap((h) => [...h.parts.map((p) => p.meaning), ...h.findings.map((f) => f.text)]).filter((t) => t && t.en.length > 25 && t.en === t.de);
    expect(copies).toEqual([]);
  });

  it('reads Microsoft\'s empty SRV as "not bulk" and CIP:255.255.255.255 as a placeholder, both inferred', async () => {
    const report = await explainFirst('X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;DIR:OUT;');
    const srv = report.parts.find((p) => p.key === 'SRV')!;
    expect(srv).toMatchObject({ value: '', knowledge: 'inferred' });
    expect(srv.meaning!.en).toMatch(/^Empty: the message was not marked as bulk mail/);
    expect(srv.meaning!.en).not.toMatch(/identified as bulk/);
    const cip = report.parts.find((p) => p.key === 'CIP')!;
    expect(cip).toMatchObject({ value: '255.255.255.255', knowledge: 'inferred' });
    expect(cip.meaning!.en).toMatch(/^Not a client address: 255\.255\.255\.255 is the placeholder/);
    expect(cip.meaning!.de).toMatch(/Platzhalter/);
    const bulk = (await explainFirst('X-Forefront-Antispam-Report: CIP:198.51.100.20;SRV:BULK;DIR:INB;')).parts;
    expect(bulk.find((p) => p.key === 'SRV')!).toMatchObject({ knowledge: 'documented' });
    expect(bulk.find((p) => p.key === 'SRV')!.meaning!.en).toMatch(/identified as bulk mail/);
    expect(bulk.find((p) => p.key === 'CIP')!.meaning!.en).toBe('The connecting IP address.');
  });

  it('reads the parts of the stamps OpenDKIM, cPanel and PHP write, and ties the milter\'s job ID to its Received field', async () => {
    const stamp = await explainFirst('DKIM-Filter: OpenDKIM Filter v2.11.0 mail.example.com 4Yh8Vr0KpSz9sVx\r\nReceived: by mail.example.com (Postfix) id 4Yh8Vr0KpSz9sVx; Mon, 23 Nov 2026 16:42:19 +0100');
    expect(stamp.parts.map((p) => [p.key, p.value])).toEqual([['software', 'OpenDKIM Filter'], ['version', '2.11.0'], ['host', 'mail.example.com'], ['job-id', '4Yh8Vr0KpSz9sVx']]);
    expect(stamp.parts[3]!.meaning!.en).toMatch(/line 2 has the same id/);
    const lone = (await explainFirst('DMARC-Filter: OpenDMARC Filter v1.4.2 mx.example.com 4YhQ1n2K8Rz4wGx')).parts;
    expect(lone.find((p) => p.key === 'job-id')!.meaning!.en).toMatch(/no Received field here carries it/);
    expect((await explainFirst('DKIM-Filter: something else entirely')).parts).toMatchObject([{ key: 'form', knowledge: 'unknown' }]);
    const via = (await explainFirst('X-Get-Message-Sender-Via: web4711.hosting.example: authenticated_id: shopuser/from_h')).parts;
    expect(via.map((p) => [p.key, p.value])).toEqual([['host', 'web4711.hosting.example'], ['method', 'authenticated_id'], ['account', 'shopuser'], ['suffix', 'from_h']]);
    const abuse = (await explainFirst('X-AntiAbuse: Originator/Caller UID/GID - [1004 990] / [47 12]')).parts;
    expect(abuse.map((p) => p.value)).toEqual(['uid 1004 gid 990', 'uid 47 gid 12']);
    expect((await explainFirst('X-AntiAbuse: Primary Hostname - web4711.hosting.example')).parts).toMatchObject([{ key: 'Primary Hostname', value: 'web4711.hosting.example' }]);
    expect((await explainFirst('X-PHP-Originating-Script: 1004:class.phpmailer.php')).parts.map((p) => p.value)).toEqual(['1004', 'class.phpmailer.php']);
    expect((await explainFirst('X-Mailman-Rule-Hits: nonmember-moderation')).parts).toMatchObject([{ key: 'nonmember-moderation', knowledge: 'documented' }]);
    expect(findEntry('X-Mailman-Version')?.id).toBe('list-software');
    expect(findEntry('X-Mailman-Original-Message-ID')?.id).toBe('x-mailman');
  });

  it('knows rspamd\'s list composites, such as FORGED_RECIPIENTS_MAILLIST', async () => {
    const result = await explainFirst('X-Spamd-Result: default: False [-1.31 / 15.00];\r\n\tMAILLIST(-0.20)[mailman];\r\n\tFORGED_RECIPIENTS_MAILLIST(0.00)[]');
    const symbol = result.parts.find((p) => p.key === 'FORGED_RECIPIENTS_MAILLIST')!;
    expect(symbol).toMatchObject({ knowledge: 'documented', score: 0 });
    expect(symbol.meaning!.en).toMatch(/mailing list/);
  });

  it('finds families by pattern, exact names first', () => {
    expect(findEntry('X-MS-Exchange-Organization-SCL')?.id).toBe('x-ms-exchange-organization-scl');
    expect(findEntry('X-MS-Exchange-Organization-AuthSource')?.id).toBe('x-ms-exchange-organization');
    expect(findEntry('X-Amavis-Modified')?.id).toBe('x-amavis');
    expect(findEntry('X-Something-Else')).toBeNull();
  });
});
