// The frozen zone every sender test answers from (test/cases/FORMAT.md):
// one name per outcome — a confirmed PTR, one that does not confirm, none,
// a loop, a timeout, IPv6 under ip6.arpa, a null MX, a CNAME'd MX, each
// blocklist code and refusal.

import { readFileSync } from 'node:fs';
import { parseZoneFile } from '../../../src/dns/zone-file.ts';
import { createLookupSession, type LookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';

export const SENDER_ZONE: ZoneFile = parseZoneFile(JSON.parse(readFileSync(new URL('./sender.zone.json', import.meta.url), 'utf8')));

/**
 * Domains whose answers carry the resolver's AD bit (set, clear, or not
 * said), each with MX hosts for one DANE outcome: TLSA fit for SMTP, none,
 * PKIX usages only, a mix, TLSA not authenticated, an unsigned zone, an
 * unsigned domain hosted on a signed provider's MX (RFC 7672 §2.2.1).
 */
export const DNSSEC_ZONE: ZoneFile = parseZoneFile(JSON.parse(readFileSync(new URL('./dnssec.zone.json', import.meta.url), 'utf8')));

export function senderSession(zone: ZoneFile = SENDER_ZONE): LookupSession {
  return createLookupSession(createZoneSource(zone));
}
