// The evaluation tree of an SPF record: every include and redirect
// followed, each branch with the DNS lookups it costs against the limit of
// 10 and its void lookups against the limit of 2 (RFC 7208 §4.6.4). Given
// a connection (client address, sender, HELO) it is check_host() itself
// (§4) and gives the result; without one, no address matches, so every
// branch up to "all" is walked and counted — what a domain owner needs to
// know before publishing.

import type { AuthResult, LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { expandMacros } from '../../auth/spf-macro.ts';
import { inPrefix, parseIp, reverseName, unmapIpv4, type IpAddress } from '../../net/ip-address.ts';
import { ask, mxOf, stringsOf, txtOf, type Asked } from '../../sender/dns-question.ts';
import { costsLookup, isSpfRecord, parseSpfRecord, type SpfTerm } from './spf-record.ts';
import type { SpfConnection, SpfEvaluation, SpfTreeNode, SpfTreeTerm } from './spf-tree-nodes.ts';

export type { SpfConnection, SpfEvaluation, SpfTreeNode, SpfTreeTerm };

export const LOOKUP_LIMIT = 10;
export const VOID_LIMIT = 2;
// §4.6.4: at most 10 MX names per mx and 10 PTR names per ptr are looked at.
const NAMES_PER_MECHANISM = 10;
// Without a connection the walk goes on past the limit to say by how much;
// a record of includes pointing at each other must still end. 40 lookups
// is four times the limit and stops an include loop from asking on.
const STATIC_LOOKUP_CAP = 40;
const MAX_DEPTH = 12;

class Stop extends Error {
  constructor(readonly result: 'permerror' | 'temperror') {
    super(result);
  }
}

interface Walk {
  resolver: Resolver;
  ip: IpAddress | null;
  connection: SpfConnection | null;
  lookups: number;
  voidLookups: number;
  overLimit: SpfEvaluation['overLimit'];
  questions: string[];
}

async function query(walk: Walk, name: string, type: string): Promise<Asked> {
  walk.questions.push(`${type} ${name}`);
  const asked = await ask(walk.resolver, name, type);
  if (asked.outcome.kind === 'error' && walk.connection) throw new Stop('temperror');
  return asked;
}

const isVoid = (asked: Asked) => asked.outcome.kind === 'nxdomain' || asked.outcome.kind === 'nodata';

/** §4.3 / §7.3: a name with an empty or over-long label cannot be asked; over 253 characters, left labels go. */
function usableName(name: string): string | null {
  let labels = name.replace(/\.$/, '').split('.');
  while (labels.join('.').length > 253) labels = labels.slice(1);
  if (labels.length < 2 || labels.some((label) => label.length === 0 || label.length > 63)) return null;
  return labels.join('.').toLowerCase();
}

function countLookup(walk: Walk, where: string): void {
  walk.lookups++;
  if (walk.lookups > LOOKUP_LIMIT) {
    walk.overLimit ??= { what: 'lookups', at: where };
    if (walk.connection || walk.lookups > STATIC_LOOKUP_CAP) throw new Stop('permerror');
  }
}

function countVoid(walk: Walk, where: string): void {
  walk.voidLookups++;
  if (walk.voidLookups > VOID_LIMIT) {
    walk.overLimit ??= { what: 'void', at: where };
    if (walk.connection) throw new Stop('permerror');
  }
}

async function addressesOf(walk: Walk, host: string): Promise<IpAddress[]> {
  const type = walk.ip?.version === 6 ? 'AAAA' : 'A';
  const asked = await query(walk, host, type);
  return stringsOf(asked).flatMap((text) => (parseIp(text) ? [parseIp(text)!] : []));
}

const QUALIFIER_RESULT = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' } as const;

async function checkHost(walk: Walk, domain: string, depth: number, given: string | null = null): Promise<SpfTreeNode> {
  const node: SpfTreeNode = { domain, record: null, found: 'none', terms: [], lookups: 0, voidLookups: 0, result: 'none' };
  const startLookups = walk.lookups;
  const startVoid = walk.voidLookups;
  const finish = (result: AuthResult) => {
    node.result = result;
    node.lookups = walk.lookups - startLookups;
    node.voidLookups = walk.voidLookups - startVoid;
    return node;
  };
  try {
    return await walkRecord(walk, node, finish, depth, given);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return finish(error.result);
  }
}

async function recordsAt(walk: Walk, node: SpfTreeNode): Promise<string[] | null> {
  const asked = await ask(walk.resolver, node.domain, 'TXT');
  walk.questions.push(`TXT ${node.domain}`);
  return asked.outcome.kind === 'error' ? null : txtOf(asked).filter(isSpfRecord);
}

/** `given`: a pasted record, evaluated as if published at `node.domain` ("" when unknown). */
async function walkRecord(walk: Walk, node: SpfTreeNode, finish: (result: AuthResult) => SpfTreeNode, depth: number, given: string | null): Promise<SpfTreeNode> {
  const domain = node.domain;
  const records = given !== null ? [given] : await recordsAt(walk, node);
  if (records === null) return ((node.found = 'dns-error'), finish('temperror'));
  if (records.length === 0) return finish('none');
  if (records.length > 1) return ((node.found = 'multiple'), finish('permerror'));
  node.found = 'record';
  node.record = records[0]!;
  const parsed = parseSpfRecord(node.record);
  // §4.6: a syntax error anywhere stops evaluation before any term.
  if (!parsed.valid) return finish('permerror');
  const values = walk.connection && walk.ip ? { sender: walk.connection.sender, domain, ip: walk.ip, helo: walk.connection.helo } : null;
  const targetOf = async (term: SpfTerm): Promise<string | null> => {
    const spec = term.argument || domain;
    if (spec === '') return null;
    if (!values) return term.macros ? null : spec.replace(/\.$/, '').toLowerCase();
    const validatedName = /%\{p/i.test(spec) ? await validatedNameOf(walk, domain) : undefined;
    const expanded = expandMacros(spec, validatedName ? { ...values, validatedName } : values);
    if (expanded === null) throw new Stop('permerror');
    return expanded;
  };

  for (const term of parsed.terms) {
    if (term.kind === 'modifier') continue;
    const entry: SpfTreeTerm = { text: term.text, name: term.name, lookups: costsLookup(term) ? 1 : 0, target: null, void: false, child: null, matched: false, note: null };
    node.terms.push(entry);
    const where = `${term.text} (${domain})`;
    if (entry.lookups) countLookup(walk, where);
    const matches = await evaluateTerm(walk, term, entry, targetOf, where, depth);
    if (matches) {
      entry.matched = walk.connection !== null || term.name === 'all';
      return finish(QUALIFIER_RESULT[term.qualifier!]);
    }
  }
  // §6.1: redirect applies only when no mechanism matched (and so no "all" was reached).
  const redirect = parsed.terms.find((term) => term.kind === 'modifier' && term.name === 'redirect');
  if (!redirect) return finish('neutral');
  const entry: SpfTreeTerm = { text: redirect.text, name: 'redirect', lookups: 1, target: null, void: false, child: null, matched: false, note: null };
  node.terms.push(entry);
  countLookup(walk, `${redirect.text} (${domain})`);
  const target = await targetOf(redirect);
  const name = target === null ? null : usableName(target);
  entry.target = name;
  if (name === null) {
    entry.note = dependsOn(target);
    return finish(walk.connection ? 'permerror' : 'neutral');
  }
  if (depth >= MAX_DEPTH) throw new Stop('permerror');
  entry.child = await checkHost(walk, name, depth + 1);
  // §6.1: a redirect to a domain without SPF is a permerror.
  return finish(entry.child.result === 'none' ? 'permerror' : entry.child.result);
}

/**
 * The "p" macro's value (§7.3): a PTR name of the client whose addresses
 * include it, the domain itself or a subdomain of it first. RFC 7208 §5.5
 * discourages it: the lookups are slow and do not count against the limit.
 */
async function validatedNameOf(walk: Walk, domain: string): Promise<string> {
  const ip = walk.ip!;
  const names = stringsOf(await ask(walk.resolver, reverseName(ip), 'PTR')).slice(0, NAMES_PER_MECHANISM).map((name) => name.replace(/\.$/, '').toLowerCase());
  const validated: string[] = [];
  for (const name of names) {
    const addresses = stringsOf(await ask(walk.resolver, name, ip.version === 4 ? 'A' : 'AAAA'));
    if (addresses.some((text) => parseIp(text) !== null && inPrefix(ip, parseIp(text)!, ip.version === 4 ? 32 : 128))) validated.push(name);
  }
  return validated.find((name) => name === domain) ?? validated.find((name) => name.endsWith(`.${domain}`)) ?? validated[0] ?? 'unknown';
}

function dependsOn(target: string | null): LocalizedText {
  return target === null
    ? { en: 'the target holds macros: it depends on the message, so it is not followed here', de: 'das Ziel enthält Makros: es hängt von der Nachricht ab und wird hier nicht verfolgt' }
    : { en: `"${target}" is no usable domain name (§4.3)`, de: `„${target}“ ist kein verwendbarer Domainname (§4.3)` };
}

async function evaluateTerm(walk: Walk, term: SpfTerm, entry: SpfTreeTerm, targetOf: (term: SpfTerm) => Promise<string | null>, where: string, depth: number): Promise<boolean> {
  const ip = walk.ip;
  switch (term.name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      const network = parseIp(term.argument!);
      const prefix = term.name === 'ip4' ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
      return ip !== null && network !== null && inPrefix(ip, network, prefix);
    }
  }
  const raw = await targetOf(term);
  const target = raw === null ? null : usableName(raw);
  entry.target = target;
  if (target === null) {
    entry.note = dependsOn(raw);
    // An unusable name is asked nowhere and found nowhere: a void lookup (§4.6.4).
    if (raw !== null) ((entry.void = true), countVoid(walk, where));
    return false;
  }
  switch (term.name) {
    case 'include': {
      if (depth >= MAX_DEPTH) throw new Stop('permerror');
      const child = await checkHost(walk, target, depth + 1);
      entry.child = child;
      // §5.2: only the included record's pass is a match; none and permerror stop with permerror.
      if (child.result === 'temperror') throw new Stop('temperror');
      if (child.result === 'none' || child.result === 'permerror') {
        entry.note = child.result === 'none' ? { en: `${target} publishes no SPF record: the include is a permerror (§5.2)`, de: `${target} veröffentlicht keinen SPF-Eintrag: das include ist ein permerror (§5.2)` } : null;
        if (walk.connection) throw new Stop('permerror');
        return false;
      }
      return child.result === 'pass' && walk.connection !== null;
    }
    case 'a':
    case 'exists': {
      const type = term.name === 'a' && ip?.version === 6 ? 'AAAA' : 'A';
      const asked = await query(walk, target, type);
      if (isVoid(asked)) ((entry.void = true), countVoid(walk, where));
      if (!ip) return false;
      if (term.name === 'exists') return stringsOf(asked).length > 0;
      const prefix = ip.version === 4 ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
      return stringsOf(asked).some((text) => parseIp(text) !== null && inPrefix(ip, parseIp(text)!, prefix));
    }
    case 'mx': {
      const asked = await query(walk, target, 'MX');
      if (isVoid(asked)) ((entry.void = true), countVoid(walk, where));
      const hosts = mxOf(asked).map((mx) => mx.exchange);
      if (hosts.length > NAMES_PER_MECHANISM) {
        entry.note = { en: `${hosts.length} MX names: more than 10 is a permerror (§4.6.4)`, de: `${hosts.length} MX-Namen: mehr als 10 sind ein permerror (§4.6.4)` };
        throw new Stop('permerror');
      }
      if (!ip) return false;
      const prefix = ip.version === 4 ? term.cidr4 ?? 32 : term.cidr6 ?? 128;
      for (const host of hosts) {
        if ((await addressesOf(walk, host)).some((address) => inPrefix(ip, address, prefix))) return true;
      }
      return false;
    }
    case 'ptr': {
      if (!ip) return false;
      const asked = await query(walk, reverseName(ip), 'PTR');
      if (isVoid(asked)) ((entry.void = true), countVoid(walk, where));
      // §5.5: only the first 10 names are validated; the rest are ignored.
      for (const name of stringsOf(asked).slice(0, NAMES_PER_MECHANISM)) {
        const host = name.replace(/\.$/, '').toLowerCase();
        if (host !== target && !host.endsWith(`.${target}`)) continue;
        if ((await addressesOf(walk, host)).some((address) => inPrefix(ip, address, ip.version === 4 ? 32 : 128))) return true;
      }
      return false;
    }
  }
  return false;
}

/**
 * Walks `domain`'s SPF record — or `record`, a pasted one, as if published
 * at `domain` ("" when unknown: then a bare "a" or "mx" cannot be followed);
 * with `connection`, as check_host() for that connection.
 */
export async function evaluateSpf(options: { domain: string; resolver: Resolver; connection?: SpfConnection | null; record?: string }): Promise<SpfEvaluation> {
  const connection = options.connection ?? null;
  const parsedIp = connection ? parseIp(connection.ip) : null;
  const walk: Walk = { resolver: options.resolver, ip: parsedIp ? unmapIpv4(parsedIp) : null, connection, lookups: 0, voidLookups: 0, overLimit: null, questions: [] };
  const domain = options.record !== undefined && options.domain === '' ? '' : usableName(options.domain);
  const root =
    domain === null
      ? // §4.3: a malformed domain gives "none" without any lookup.
        { domain: options.domain, record: null, found: 'none' as const, terms: [], lookups: 0, voidLookups: 0, result: 'none' as const }
      : await checkHost(walk, domain, 0, options.record ?? null);
  return {
    root,
    lookups: walk.lookups,
    voidLookups: walk.voidLookups,
    limits: { lookups: LOOKUP_LIMIT, voidLookups: VOID_LIMIT },
    result: connection ? root.result : null,
    overLimit: walk.overLimit,
    questions: walk.questions,
  };
}
