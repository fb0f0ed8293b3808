import { describe, expect, it } from 'vitest';
import { loadCatalogueGroups } from '../../../src/core/headers/catalogue.ts';
import { CATALOGUE_GROUPS } from '../../../src/core/headers/catalogue-groups.ts';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { GROUPED_ENTRY_IDS, MAX_ROW_SCORES } from '../../../src/core/headers/header-groups.ts';
import { fieldsOf } from './header-fields.ts';

const NOW = '2026-11-27T12:00:00Z';
const groupsOf = async (block: string) => (await explainHeaders(fieldsOf(block), { now: NOW })).headers.map((header) => [header.name, header.group]);

describe('header groups', () => {
  it('place every catalogue entry in exactly one group, and name no entry the catalogue lacks', async () => {
    const ids = (await loadCatalogueGroups(CATALOGUE_GROUPS)).entries.map((entry) => entry.id).sort();
    expect([...GROUPED_ENTRY_IDS].sort()).toEqual(ids);
    expect(new Set(GROUPED_ENTRY_IDS).size).toBe(GROUPED_ENTRY_IDS.length);
  });

  it('groups the fields of a message by what they are about', async () => {
    const block = [
      'Received: from a.example (a.example [192.0.2.1]) by mx.example.net; Mon, 23 Nov 2026 09:14:00 +0000',
      'Return-Path: <bounce@example.com>',
      'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com',
      'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=x; b=y',
      'From: Anna <anna@example.com>',
      'To: ben@example.net',
      'Subject: Slides',
      'Content-Type: text/plain',
      'X-Spam-Status: No, score=-0.1 required=5.0',
      'X-MS-Exchange-Organization-SCL: 1',
      'X-Google-Smtp-Source: AGHT+IE',
      'List-Id: <talk.example.com>',
      'X-Frobnicate: 42',
      'X-Acme-Spam-Verdict: clean',
    ].join('\n');
    expect(await groupsOf(block)).toEqual([
      ['Received', 'routing'],
      ['Return-Path', 'routing'],
      ['Authentication-Results', 'authentication'],
      ['DKIM-Signature', 'authentication'],
      ['From', 'addresses'],
      ['To', 'addresses'],
      ['Subject', 'content'],
      ['Content-Type', 'content'],
      ['X-Spam-Status', 'spam-filters'],
      ['X-MS-Exchange-Organization-SCL', 'spam-filters'],
      ['X-Google-Smtp-Source', 'provider'],
      ['List-Id', 'other'],
      ['X-Frobnicate', 'other'],
      // Undocumented, so placed by its name alone.
      ['X-Acme-Spam-Verdict', 'spam-filters'],
    ]);
  });

  it('lifts the verdict scores of spam filters into the row, and not each rule’s score', async () => {
    const block = [
      'X-Spam-Status: Yes, score=7.3 required=5.0 tests=BAYES_99=3.5,URIBL_BLACK=1.7 autolearn=no version=4.0.0',
      'X-Spamd-Result: default: False [-0.10 / 15.00]; R_SPF_ALLOW(-0.20)[+ip4:192.0.2.1]; DKIM_TRACE(0.00)[example.com:+]',
      'X-Forefront-Antispam-Report: CIP:192.0.2.1;CTRY:DE;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mx.example.com;PTR:mx.example.com;CAT:SPM;SFS:(13230040);DIR:INB;',
      'X-Microsoft-Antispam: BCL:7;',
      'Subject: score=9',
    ].join('\n');
    const scores = (await explainHeaders(fieldsOf(block), { now: NOW })).headers.map((header) => header.scores);
    expect(scores[0]).toEqual([{ key: 'score', value: '7.3' }]);
    expect(scores[1]).toEqual([{ key: 'score', value: '-0.1' }]);
    expect(scores[2]).toEqual(expect.arrayContaining([{ key: 'SCL', value: '5' }, { key: 'SFV', value: 'SPM' }]));
    expect(scores[2]!.length).toBeLessThanOrEqual(MAX_ROW_SCORES);
    expect(scores[3]).toEqual([{ key: 'BCL', value: '7' }]);
    expect(scores[4]).toEqual([]);
  });
});
