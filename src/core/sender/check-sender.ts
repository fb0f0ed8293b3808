// The seed's checklist for the server that sent a message: the client at
// the hop where the receiving organisation took the message from outside
// (the envelope hop, src/core/hops/trust-boundary.ts), its address and
// greeting, the sender's domains, and where the message came in. Every
// lookup goes through the analysis's resolver, so each answer is in the
// DNS evidence and the frozen snapshot, and a shared link replays it.

import type { Envelope, Hop, MessageSummary } from '../analysis.ts';
import type { Resolver } from '../../dns/resolver.ts';
import { isInternal, parseIp, unmapIpv4, formatIp } from '../net/ip-address.ts';
import { listAddresses } from '../message/address-list.ts';
import { checkReverseDns } from './reverse-dns.ts';
import { checkHelo } from './helo-check.ts';
import { askMailDomain, mailDomainItem } from './mail-domains.ts';
import { checkReceivingMx } from './receiving-mx.ts';
import { openRelayItem } from './open-relay.ts';
import { checkDomainBlocklists, checkIpBlocklists } from './blocklist-check.ts';
import type { Blocklist } from './blocklists.ts';
import { scoreItem, type ScoreItem, type SenderReport } from './scorecard.ts';

export interface SenderInput {
  envelope: Envelope;
  /** The hop the envelope was taken from (MailPath.envelopeHop.hop). */
  envelopeHop: number | null;
  hops: readonly Hop[];
  message: MessageSummary;
  /** null: the user has not allowed blocklist queries (or is offline). */
  blocklists: readonly Blocklist[] | null;
}

const ADDRESS_ITEMS = ['ptr', 'fcrdns', 'static-ip', 'helo'] as const;

function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1) : '';
  return domain.includes('.') ? domain.toLowerCase().replace(/\.$/, '') : null;
}

export async function checkSender(resolver: Resolver, input: SenderInput): Promise<SenderReport> {
  const { envelope } = input;
  const hop = input.envelopeHop !== null ? (input.hops.find((h) => h.number === input.envelopeHop) ?? null) : null;
  const parsed = envelope.ip ? parseIp(envelope.ip) : null;
  const ip = parsed ? unmapIpv4(parsed) : null;
  const items: ScoreItem[] = [];
  let reverseNames: string[] = [];

  const addressChecks = (async () => {
    if (!ip || isInternal(ip)) {
      const reason = ip
        ? { en: `${formatIp(ip)} is a private or internal address (RFC 6890): it has no public reverse name to check.`, de: `${formatIp(ip)} ist eine private oder interne Adresse (RFC 6890): sie hat keinen öffentlichen Reverse-Namen.` }
        : { en: 'The sending server\'s address is not known (no Received field names it).', de: 'Die Adresse des sendenden Servers ist unbekannt (kein Received-Feld nennt sie).' };
      return ADDRESS_ITEMS.map((id) => scoreItem(id, { status: 'cannot-tell', subject: envelope.ip ?? '—', reason }));
    }
    const reverse = await checkReverseDns(resolver, ip);
    reverseNames = reverse.names;
    return [...reverse.items, await checkHelo(resolver, envelope.helo, ip, reverse.names)];
  })();

  const envelopeDomain = domainOf(envelope.mailFrom);
  const fromDomain = domainOf(input.message.from[0]);
  const envelopeItem = (async (): Promise<ScoreItem> => {
    if (envelope.mailFrom === '') {
      return scoreItem('envelope-domain', { status: 'pass', subject: '<>', reason: { en: 'The null sender <> is right for bounces and reports (RFC 5321 §4.5.5): there is no domain to check.', de: 'Der leere Absender <> ist richtig für Unzustellbarkeitsberichte (RFC 5321 §4.5.5): keine Domain zu prüfen.' } });
    }
    if (!envelopeDomain) return scoreItem('envelope-domain', { status: 'cannot-tell', subject: envelope.mailFrom ?? '—', reason: { en: 'The envelope sender is not known.', de: 'Der Umschlag-Absender ist unbekannt.' } });
    return mailDomainItem('envelope-domain', envelopeDomain, await askMailDomain(resolver, envelopeDomain), { en: 'MAIL FROM', de: 'MAIL FROM' });
  })();
  const fromItem = (async (): Promise<ScoreItem> => {
    if (!fromDomain) return scoreItem('from-domain', { status: 'cannot-tell', subject: '—', reason: { en: 'The message has no From address with a domain.', de: 'Die Nachricht hat keine From-Adresse mit Domain.' } });
    return mailDomainItem('from-domain', fromDomain, await askMailDomain(resolver, fromDomain), { en: 'From', de: 'From' });
  })();
  const recipient = hop?.for ?? listAddresses(input.message.fields.find((field) => field.name.toLowerCase() === 'to')?.value ?? '')[0] ?? null;
  const receiving = checkReceivingMx(resolver, hop?.by ?? null, domainOf(recipient));

  const lists = input.blocklists;
  const domains = [...new Set([envelopeDomain, fromDomain].filter((d): d is string => d !== null))];
  const blocklisted = lists && ip && !isInternal(ip) ? checkIpBlocklists(resolver, ip, lists) : Promise.resolve([]);
  const domainListed = lists ? checkDomainBlocklists(resolver, domains, lists) : Promise.resolve([]);

  const [address, envelopeResult, fromResult, receivingResult, ipLists, domainLists] = await Promise.all([addressChecks, envelopeItem, fromItem, receiving, blocklisted, domainListed]);
  items.push(...address, envelopeResult, fromResult, receivingResult, ...ipLists, ...domainLists);
  items.push(openRelayItem(reverseNames[0] ?? (ip ? formatIp(ip) : null)));
  return {
    hop: input.envelopeHop,
    ip: ip ? formatIp(ip) : envelope.ip,
    helo: envelope.helo,
    reverseNames,
    blocklists: lists ? 'asked' : 'not-asked',
    ...(lists ? { lists: lists.map((list) => ({ zone: list.zone, kind: list.kind })) } : {}),
    items,
  };
}
