// The fixture cases test/cases/headers-* and the page's samples
// (test/cases/sample-*): each is replayed through the whole pipeline, and
// besides FORMAT.md's `expect` (checked by the shared fixture runner in
// Node and Chromium) its own key `headersExpect` is asserted here:
// - findings: [{field, code, severity?, textIncludes?}] on the named field;
// - messageFindings: codes of findings about the header as a whole;
// - comparison: rows in order, each with any of field, method, trusted,
//   trust (code), written, agrees and differences (codes, exactly).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';

interface FindingExpectation {
  field: string;
  code: string;
  severity?: string;
  textIncludes?: string;
}

interface ComparisonExpectation {
  field?: string;
  method?: string;
  trusted?: boolean;
  trust?: string;
  written?: string;
  agrees?: boolean | null;
  differences?: string[];
}

interface HeadersExpectation {
  findings?: FindingExpectation[];
  messageFindings?: string[];
  comparison?: ComparisonExpectation[];
  /** Problem codes the analysis must hold (among others). */
  problems?: string[];
}

const folders = listCaseFolders(OWN_CASES).filter((folder) => /^(?:headers|sample)-/.test(folder.split('/').pop()!));

describe('header fixture cases', () => {
  it('cover every deception flag and every difference reason', () => {
    const expectations = folders.map((folder) => JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')).headersExpect as HeadersExpectation);
    const findingCodes = new Set(expectations.flatMap((e) => [...(e.findings ?? []).map((f) => f.code), ...(e.messageFindings ?? [])]));
    const differenceCodes = new Set(expectations.flatMap((e) => (e.comparison ?? []).flatMap((c) => c.differences ?? [])));
    const trustCodes = new Set(expectations.flatMap((e) => (e.comparison ?? []).map((c) => c.trust).filter(Boolean)));
    for (const code of ['display-name-address', 'reply-to-other-domain', 'return-path-other-domain', 'lookalike-domain', 'invisible-character', 'confusable-domain', 'fullwidth-domain', 'combining-mark', 'unsafe-list-uri', 'bidi-control', 'dmarc-no-from', 'dmarc-multiple-from', 'bcc-copy', 'alias-expanded', 'forwarded']) {
      expect(findingCodes).toContain(code);
    }
    for (const code of ['body-changed-after-receipt', 'header-changed-or-key-replaced', 'key-removed-since-delivery', 'key-revoked-since-delivery', 'signature-expired-since', 'dns-changed-since', 'spf-other-hop', 'spf-through-forwarder', 'nonstandard-wording']) {
      expect(differenceCodes).toContain(code);
    }
    for (const code of ['receiving-side', 'receiving-side-by-position', 'below-boundary', 'foreign-authserv-id', 'arc-sealed']) expect(trustCodes).toContain(code);
  });

  it.each(folders.map((folder) => [folder.split('/').pop(), folder]))('%s', async (_name, folder) => {
    const fixture = readCase(folder!);
    const wanted = JSON.parse(readFileSync(join(folder!, 'case.json'), 'utf8')).headersExpect as HeadersExpectation;
    const lookups = createLookupSession(createZoneSource(fixture.zone));
    const analysis = await analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });

    for (const want of wanted.findings ?? []) {
      const header = analysis.headers.find((h) => h.name.toLowerCase() === want.field.toLowerCase() && h.findings.some((f) => f.code === want.code));
      expect(header, `${want.field} with ${want.code}`).toBeDefined();
      const found = header!.findings.find((f) => f.code === want.code)!;
      if (want.severity) expect(found.severity).toBe(want.severity);
      if (want.textIncludes) {
        expect(found.text.en).toContain(want.textIncludes);
        expect(found.text.de).toContain(want.textIncludes);
      }
    }
    if (wanted.messageFindings) expect(analysis.headerFindings.map((f) => f.code)).toEqual(wanted.messageFindings);
    for (const code of wanted.problems ?? []) expect(analysis.problems.map((p) => p.code)).toContain(code);

    if (wanted.comparison) {
      expect(analysis.comparison.map((c) => `${c.field.name}:${c.method}`)).toEqual(wanted.comparison.map((c) => `${c.field}:${c.method}`));
      wanted.comparison.forEach((want, i) => {
        const got = analysis.comparison[i]!;
        if (want.trusted !== undefined) expect(got.trusted, `row ${i} trusted`).toBe(want.trusted);
        if (want.trust !== undefined) expect(got.trust.code, `row ${i} trust`).toBe(want.trust);
        if (want.written !== undefined) expect(got.written).toBe(want.written);
        if (want.agrees !== undefined) expect(got.agrees, `row ${i} agrees`).toBe(want.agrees);
        if (want.differences !== undefined) expect(got.differences.map((d) => d.code), `row ${i} differences`).toEqual(want.differences);
        for (const d of got.differences) expect(d.text.de).not.toBe(d.text.en);
      });
    }
  });
});
