// Every fixture case of our own, replayed in Node through the core with the
// case's frozen zone, must give what its case.json expects.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { blocklistsOf } from '../../src/core/sender/blocklist-choice.ts';
import { compareWithExpectation, listCaseFolders, OWN_CASES, readCase } from '../support/fixture-cases.ts';

const folders = listCaseFolders(OWN_CASES);

describe('fixture cases in Node', () => {
  it('has at least 40 cases of our own', () => {
    expect(folders.length).toBeGreaterThanOrEqual(40);
  });

  it.each(folders.map((folder) => [folder.split('/').pop(), folder]))('%s', async (_name, folder) => {
    const fixture = readCase(folder!);
    const lookups = createLookupSession(createZoneSource(fixture.zone));
    const analysis = await analyze(fixture.message, {
      resolver: lookups.resolver,
      now: fixture.now,
      envelope: fixture.smtp ?? {},
      ...(fixture.senderBlocklists ? { blocklists: blocklistsOf(fixture.senderBlocklists) } : {}),
    });
    expect(compareWithExpectation(analysis, fixture)).toEqual([]);
  });

  it('tells a sender case apart from its analysis without the blocklist permission it names', async () => {
    const fixture = readCase(`${OWN_CASES}sender-blocklisted`);
    const analysis = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now });
    expect(compareWithExpectation(analysis, fixture)).toEqual(['sender.blocklists: expected asked, got not-asked', 'sender.blocklist-ip: expected ["fail"], got []']);
  });
});
