import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { DEFAULT_BLOCKLIST_CHOICES } from '../../../src/core/sender/blocklists.ts';
import { blocklistsOf } from '../../../src/core/sender/blocklist-choice.ts';
import { failedItems } from '../../../src/core/sender/scorecard.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { createOfflineSource } from '../../../src/dns/offline.ts';
import { senderSession } from './sender-zone.ts';

const NOW = '2026-11-27T12:00:00Z';
const message = (name: string) => new Uint8Array(readFileSync(new URL(`./messages/${name}`, import.meta.url)));
const lists = blocklistsOf(DEFAULT_BLOCKLIST_CHOICES);

function statuses(items: { id: string; status: string; subject: string }[]) {
  return items.map((item) => `${item.id} ${item.status}`);
}

describe('the sending server of a message, as the seed checklist', () => {
  it('passes a well-kept server at the envelope hop; blocklists are not asked unless allowed', async () => {
    const session = senderSession();
    const analysis = await analyze(message('well-kept.eml'), { resolver: session.resolver, now: NOW });
    expect(analysis.sender).toMatchObject({ hop: 1, ip: '192.0.2.25', helo: 'mail.example.com', reverseNames: ['mail.example.com'], blocklists: 'not-asked' });
    expect(statuses(analysis.sender!.items)).toEqual([
      'ptr pass', 'fcrdns pass', 'static-ip pass', 'helo pass', 'envelope-domain pass', 'from-domain pass', 'receiving-mx pass', 'open-relay cannot-tell',
    ]);
    expect(session.evidence().some((entry) => entry.name.includes('spamhaus') || entry.name.includes('spamcop'))).toBe(false);
  });

  it('shows every item a home-line sender fails, blocklist codes included, and the snapshot replays it', async () => {
    const session = senderSession();
    const analysis = await analyze(message('home-line.eml'), { resolver: session.resolver, now: NOW, blocklists: lists });
    const sender = analysis.sender!;
    expect(sender.blocklists).toBe('asked');
    expect(failedItems(sender.items).map((item) => item.id)).toEqual(['static-ip', 'helo', 'envelope-domain', 'blocklist-ip']);
    const byId = (id: string) => sender.items.filter((item) => item.id === id);
    expect(byId('from-domain')[0]!.status).toBe('warn');
    expect(byId('receiving-mx')[0]!.status).toBe('warn');
    expect(byId('blocklist-ip')[0]!.reason.en).toContain('127.0.0.10 PBL');
    expect(byId('helo')[0]!.fixLine).toBe('smtp_helo_name = 10-113-0-203.dynamic.isp.example');
    expect(byId('open-relay')[0]!.fix!.en).toContain('swaks --server 10-113-0-203.dynamic.isp.example --port 25');
    expect(byId('open-relay')[0]!.reason.en).toContain('554 5.7.1');
    // The frozen snapshot carries every answer: the same report with no other source.
    const replay = await analyze(message('home-line.eml'), { resolver: createLookupSession(createZoneSource(session.snapshot())).resolver, now: NOW, blocklists: lists });
    expect(replay.sender).toEqual(sender);
  });

  it('checks the client the user gives, and cannot tell the address items for a private address', async () => {
    const analysis = await analyze(message('well-kept.eml'), { resolver: senderSession().resolver, now: NOW, envelope: { ip: '10.1.2.3' } });
    expect(analysis.sender!.items.slice(0, 4).map((item) => item.status)).toEqual(['cannot-tell', 'cannot-tell', 'cannot-tell', 'cannot-tell']);
  });

  it('offline, every item that rests on a DNS answer cannot be told; a greeting that is no FQDN fails without one', async () => {
    const analysis = await analyze(message('home-line.eml'), { resolver: createLookupSession(createOfflineSource()).resolver, now: NOW });
    const dnsItems = analysis.sender!.items.filter((item) => item.questions.length > 0);
    expect(dnsItems.map((item) => item.id)).toEqual(['ptr', 'fcrdns', 'static-ip', 'envelope-domain', 'from-domain', 'receiving-mx']);
    expect(new Set(dnsItems.map((item) => item.status))).toEqual(new Set(['cannot-tell']));
    expect(analysis.sender!.items.find((item) => item.id === 'helo')!.status).toBe('fail');
  });

  it('names a reason, a title and (for every failure) a fix in English and German', async () => {
    const analysis = await analyze(message('home-line.eml'), { resolver: senderSession().resolver, now: NOW, blocklists: lists });
    for (const item of analysis.sender!.items) {
      for (const text of [item.title, item.reason, ...(item.fix ? [item.fix] : [])]) {
        expect(text.en.length).toBeGreaterThan(5);
        expect(text.de.length).toBeGreaterThan(5);
        expect(text.de).not.toBe(text.en);
      }
      if (item.status === 'fail') expect(item.fix, item.id).not.toBeNull();
    }
  });
});
