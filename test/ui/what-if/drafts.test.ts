// The page's side of what-if DNS: a zone's TXT records as drafts, and the
// zone the drafts make, every other answer kept as it was.

import { describe, expect, it } from 'vitest';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { editedZone, txtDrafts } from '../../../src/ui/what-if/what-if.svelte.ts';

const zone: ZoneFile = {
  records: {
    'example.com': { TXT: ['v=spf1 mx -all', 'google-site-verification=x'], MX: [{ exchange: 'mx.example.com', priority: 10 }] },
    's1._domainkey.example.com': { TXT: [['v=DKIM1; k=rsa; ', 'p=MIIB']] },
    'mx.example.com': { A: ['192.0.2.25'] },
  },
};

describe('what-if drafts', () => {
  it('lists every TXT record, its strings joined, by name', () => {
    expect(txtDrafts(zone).map(({ name, value }) => [name, value])).toEqual([
      ['example.com', 'v=spf1 mx -all'],
      ['example.com', 'google-site-verification=x'],
      ['s1._domainkey.example.com', 'v=DKIM1; k=rsa; p=MIIB'],
    ]);
  });

  it('makes a zone with the edits: a changed and a removed record, an added one under a new name, A and MX untouched', () => {
    const drafts = txtDrafts(zone);
    drafts[0]!.value = 'v=spf1 mx ~all';
    drafts[2]!.removed = true;
    drafts.push({ id: 9, name: '_DMARC.Example.com.', value: 'v=DMARC1; p=reject', original: null, removed: false });
    const edited = editedZone(zone, drafts);
    expect(edited.records['example.com']).toEqual({ MX: [{ exchange: 'mx.example.com', priority: 10 }], TXT: ['v=spf1 mx ~all', 'google-site-verification=x'] });
    expect(edited.records['s1._domainkey.example.com']).toEqual({});
    expect(edited.records['_dmarc.example.com']).toEqual({ TXT: ['v=DMARC1; p=reject'] });
    expect(edited.records['mx.example.com']).toEqual({ A: ['192.0.2.25'] });
  });
});
