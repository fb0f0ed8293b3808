// Finds the SPF term that decided the result, and the records it was
// reached through, by walking the records again over the same per-analysis
// DNS cache (so it asks nothing new). mailauth gives the verdict and the
// lookup counts but not the matching term. The walk follows RFC 7208 §4.6
// and §5, its terms read by the workbench's parser (src/core/records/spf);
// where it does not reach the engine's verdict, we report no term
// rather than a guess.

import type { Resolver, DnsRecord, MxRecord } from '../../dns/resolver.ts';
import { inPrefix, parseIp, reverseName, unmapIpv4, type IpAddress } from '../net/ip-address.ts';
import type { SpfMatch } from '../analysis.ts';
import { expandMacros } from './spf-macro.ts';
import { parseSpfTerm } from '../records/spf/spf-record.ts';

type Qualifier = SpfMatch['qualifier'];

type Outcome =
  | { kind: 'match'; match: SpfMatch }
  | { kind: 'no-match'; via: string[] }
  | { kind: 'error'; result: 'permerror' | 'temperror' | 'none' };

interface Walk {
  ip: IpAddress;
  sender: string;
  helo: string;
  resolver: Resolver;
  /** Queries left: the tracer stops where RFC 7208 §4.6.4 would have long stopped the engine. */
  budget: number;
}

const MAX_DEPTH = 12;
const MAX_MX_NAMES = 10;

class TraceError extends Error {
  constructor(readonly result: 'permerror' | 'temperror') {
    super(result);
  }
}

async function query(walk: Walk, name: string, type: string): Promise<DnsRecord[]> {
  if (--walk.budget < 0) throw new TraceError('permerror');
  try {
    return await walk.resolver(name, type);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return [];
    throw new TraceError('temperror');
  }
}

async function addresses(walk: Walk, name: string): Promise<IpAddress[]> {
  const records = await query(walk, name, walk.ip.version === 4 ? 'A' : 'AAAA');
  return records.flatMap((r) => (typeof r === 'string' && parseIp(r) ? [parseIp(r)!] : []));
}

async function fetchRecord(walk: Walk, domain: string): Promise<string | null> {
  const records = (await query(walk, domain, 'TXT')).map((r) => (Array.isArray(r) ? r.join('') : String(r)));
  const spf = records.filter((r) => /^v=spf1( |$)/i.test(r));
  if (spf.length > 1) throw new TraceError('permerror');
  return spf[0] ?? null;
}

async function checkHost(walk: Walk, domain: string, depth: number): Promise<Outcome> {
  if (depth > MAX_DEPTH) return { kind: 'error', result: 'permerror' };
  const record = await fetchRecord(walk, domain);
  if (record === null) return { kind: 'error', result: 'none' };
  const terms = record.split(' ').slice(1).filter(Boolean);
  const target = (spec: string | undefined) => {
    const expanded = expandMacros(spec ?? domain, { sender: walk.sender, domain, ip: walk.ip, helo: walk.helo });
    if (expanded === null) throw new TraceError('permerror');
    return expanded.replace(/\.$/, '').toLowerCase();
  };
  let redirect: string | null = null;
  for (const text of terms) {
    const term = parseSpfTerm(text);
    if (term.kind === 'modifier') {
      if (term.name === 'redirect') redirect = term.argument;
      continue;
    }
    const qualifier = term.qualifier!;
    const mechanism = term.name;
    const argument = term.argument ?? '';
    const matched = (via: string[] = [domain]): Outcome => ({ kind: 'match', match: { term: text, mechanism, qualifier, via } });

    switch (mechanism) {
      case 'all':
        return matched();
      case 'ip4':
      case 'ip6': {
        const network = parseIp(argument);
        const prefix = mechanism === 'ip4' ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
        if (network && inPrefix(walk.ip, network, prefix)) return matched();
        break;
      }
      case 'a':
      case 'mx': {
        const prefix = walk.ip.version === 4 ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
        const spec = term.argument || undefined;
        const hosts =
          mechanism === 'a'
            ? [target(spec)]
            : (await query(walk, target(spec), 'MX'))
                .slice(0, MAX_MX_NAMES)
                .map((mx) => (mx as MxRecord).exchange);
        for (const host of hosts) {
          if ((await addresses(walk, host)).some((address) => inPrefix(walk.ip, address, prefix))) return matched();
        }
        break;
      }
      case 'exists':
        if ((await query(walk, target(argument), 'A')).length > 0) return matched();
        break;
      case 'ptr': {
        const want = target(argument || undefined);
        const reverse = await query(walk, reverseName(walk.ip), 'PTR');
        for (const name of reverse.slice(0, MAX_MX_NAMES).map(String)) {
          const host = name.replace(/\.$/, '').toLowerCase();
          if (host !== want && !host.endsWith(`.${want}`)) continue;
          if ((await addresses(walk, host)).some((address) => inPrefix(walk.ip, address, walk.ip.version === 4 ? 32 : 128))) {
            return matched();
          }
        }
        break;
      }
      case 'include': {
        const sub = await checkHost(walk, target(argument), depth + 1);
        if (sub.kind === 'error') return { kind: 'error', result: sub.result === 'none' ? 'permerror' : sub.result };
        // RFC 7208 §5.2: only a pass of the included record is a match.
        if (sub.kind === 'match' && sub.match.qualifier === '+') return matched([domain, ...sub.match.via]);
        break;
      }
      default:
        return { kind: 'error', result: 'permerror' };
    }
  }
  if (redirect !== null) {
    const sub = await checkHost(walk, target(redirect), depth + 1);
    if (sub.kind === 'error' && sub.result === 'none') return { kind: 'error', result: 'permerror' };
    if (sub.kind === 'match') return { kind: 'match', match: { ...sub.match, via: [domain, ...sub.match.via] } };
    return sub;
  }
  return { kind: 'no-match', via: [domain] };
}

const RESULT_OF_QUALIFIER: Record<Qualifier, string> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/**
 * The term that gave `engineResult`, or null where the walk did not reach the
 * same result (then the engine's word stands and no term is named).
 */
export async function traceSpfMatch(options: {
  domain: string;
  ip: string;
  sender: string;
  helo: string;
  resolver: Resolver;
  engineResult: string;
}): Promise<SpfMatch | null> {
  const parsed = parseIp(options.ip);
  if (!parsed) return null;
  const walk: Walk = { ip: unmapIpv4(parsed), sender: options.sender, helo: options.helo, resolver: options.resolver, budget: 60 };
  try {
    const outcome = await checkHost(walk, options.domain.toLowerCase(), 0);
    if (outcome.kind !== 'match') return null;
    return RESULT_OF_QUALIFIER[outcome.match.qualifier] === options.engineResult ? outcome.match : null;
  } catch (error) {
    if (error instanceof TraceError) return null;
    throw error;
  }
}
