// A share of an analysis whose sender check asked DNS blocklists carries
// that permission: the recipient's replay asks the same lists, answered
// from the frozen zone, and sees the same answers (not "not asked").

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createShareState, shareReplay } from '../../../src/core/share/create-share.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/core/share/share-link.ts';
import { readShareJson } from '../../../src/core/share/share-link.ts';
import { presetSwitches } from '../../../src/core/share/share-presets.ts';
import { DEFAULT_BLOCKLIST_CHOICES } from '../../../src/core/sender/blocklists.ts';
import { blocklistsOf } from '../../../src/core/sender/blocklist-choice.ts';
import type { RedactionSwitch } from '../../../src/core/share/redaction-switches.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { SENDER_ZONE } from '../sender/sender-zone.ts';

const MESSAGE = new Uint8Array(readFileSync(new URL('../sender/messages/home-line.eml', import.meta.url)));
const NOW = '2026-11-27T12:00:00Z';

async function original(withLists: boolean) {
  const session = createLookupSession(createZoneSource(SENDER_ZONE));
  const analysis = await analyze(MESSAGE, { resolver: session.resolver, now: NOW, ...(withLists ? { blocklists: blocklistsOf(DEFAULT_BLOCKLIST_CHOICES) } : {}) });
  return { analysis, snapshot: session.snapshot() };
}

/** Through a link and back, then analysed as the recipient's page and CLI do. */
async function replayed(withLists: boolean, redact: RedactionSwitch[] = []) {
  const { analysis, snapshot } = await original(withLists);
  const state = createShareState({ message: MESSAGE, now: NOW, snapshot, analysis, redact });
  const decoded = await decodeShareLink(await encodeShareLink(state, 'https://lab.example/'));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const replay = shareReplay(decoded.state);
  const lookups = createLookupSession(createZoneSource(replay.zone, 'share'));
  const again = await analyze(replay.message, { resolver: lookups.resolver, now: replay.now, envelope: replay.envelope, ...(replay.blocklists ? { blocklists: blocklistsOf(replay.blocklists) } : {}) });
  return { analysis, again, state: decoded.state };
}

const listItems = (items: { id: string; status: string; subject: string }[]) => items.filter((item) => item.id.startsWith('blocklist')).map((item) => `${item.status} ${item.subject}`);

describe('share links carry the blocklist permission', () => {
  it('a shared analysis that asked the blocklists shows their answers again, from the frozen zone', async () => {
    const { analysis, again, state } = await replayed(true);
    expect(state.settings.blocklists).toEqual(DEFAULT_BLOCKLIST_CHOICES.map((list) => ({ ...list })));
    expect(again.sender!.blocklists).toBe('asked');
    expect(listItems(again.sender!.items)).toEqual(listItems(analysis.sender!.items));
    expect(listItems(again.sender!.items)).toContain('fail 203.0.113.10 · zen.spamhaus.org');
  });

  it('keeps them through redaction: the listed address is replaced, the listing is not', async () => {
    const { analysis, again } = await replayed(true, presetSwitches('public'));
    const statuses = (items: { id: string; status: string }[]) => items.filter((item) => item.id === 'blocklist-ip').map((item) => item.status);
    expect(statuses(again.sender!.items)).toEqual(statuses(analysis.sender!.items));
    expect(JSON.stringify(again.sender)).not.toContain('203.0.113.10');
  });

  it('a share of an analysis that did not ask carries no lists, and its replay asks none', async () => {
    const { again, state } = await replayed(false);
    expect('blocklists' in state.settings).toBe(false);
    expect(again.sender!.blocklists).toBe('not-asked');
  });

  it('reads a file without the key as before, and refuses a list of the wrong shape', async () => {
    const { analysis, snapshot } = await original(true);
    const state = createShareState({ message: MESSAGE, now: NOW, snapshot, analysis });
    const bytes = (settings: unknown) => new TextEncoder().encode(JSON.stringify({ ...state, settings }));
    const { blocklists: _dropped, ...old } = state.settings;
    expect(readShareJson(bytes(old)).ok).toBe(true);
    const bad = readShareJson(bytes({ ...state.settings, blocklists: [{ zone: 'zen.spamhaus.org', kind: 'asn' }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.message).toContain('settings.blocklists[0].kind');
  });
});
