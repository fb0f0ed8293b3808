// Large mailbox providers document their rejection texts and codes, and
// the same words can mean something narrower there than anywhere else
// ("Recipient address rejected: Access denied" is an unknown user at
// Microsoft, not a policy block). These rules apply only when the
// recipient's domain, the remote host or the reporting host belongs to the
// provider, checked in that order.

import { findPhrase, type PhraseSet } from './phrase-match.ts';
import { GOOGLE, MICROSOFT } from './providers-large.ts';
import { REGIONAL_PROVIDERS } from './providers-regional.ts';
import type { BounceReason } from './reason-words.ts';

export interface ProviderInput {
  lowerText: string;
  /** The diagnostic as written: some providers' codes are case-sensitive. */
  text: string;
  status: string | null;
  replyCode: string | null;
  command: string | null;
}

export interface Provider {
  name: string;
  /** Host names of its servers; a leading dot means "any host under". */
  hosts: readonly string[];
  /** Reason phrases, tried in order. */
  rules: readonly [BounceReason, PhraseSet][];
  /** An error code in the text, captured by `pattern`, looked up in `table`. */
  codes?: { pattern: RegExp; table: Readonly<Record<string, BounceReason>> };
  /** A numeric error code in the text, looked up in ranges [from, to, reason]. */
  ranges?: { pattern: RegExp; table: readonly (readonly [number, number, BounceReason])[] };
  /** Decisions that need the status code or the command, tried before the phrases. */
  decide?: (input: ProviderInput) => BounceReason | null;
}

const NTT_DOCOMO: Provider = {
  name: 'NTT DOCOMO',
  hosts: ['mfsmax.docomo.ne.jp'],
  // DOCOMO answers "550 Unknown user" both for a missing address (at RCPT)
  // and for its domain filter (at DATA), so the status and the command decide.
  decide: ({ lowerText, status, command }) => {
    if (status === '5.1.1') return 'userunknown';
    if (status === '5.2.0') return 'filtered';
    if (lowerText.includes('552 too much mail data')) return 'mailboxfull';
    if (lowerText.includes('503 bad sequence of commands') || lowerText.includes('504 command parameter not implemented')) return 'syntaxerror';
    if (lowerText.includes('552 too many recipients')) return 'toomanyconn';
    if (status === '5.0.0' && command === 'RCPT') return 'userunknown';
    if (status === '5.0.0' && command === 'DATA') return 'rejected';
    return null;
  },
  rules: [['userunknown', { any: ['550 unknown user'] }]],
};

const GOOGLE_WORKSPACE: Provider = {
  name: 'Google Workspace',
  hosts: ['googlemail.com'],
  decide: ({ lowerText, status, replyCode }) => {
    const permanent = status?.startsWith('5') || replyCode?.startsWith('5');
    const nxdomain = lowerText.includes(' responded with code nxdomain') || lowerText.includes('domain name not found');
    if (nxdomain && permanent) return 'hostunknown';
    if ((nxdomain || lowerText.includes(' had no relevant answers.')) && !permanent) return 'networkerror';
    if (lowerText.includes('null mx')) return 'notaccept';
    if (lowerText.includes("because the address couldn't be found. check for typos or unnecessary spaces and try again.")) return 'userunknown';
    return null;
  },
  rules: [],
};

const PROVIDERS: readonly Provider[] = [GOOGLE, MICROSOFT, GOOGLE_WORKSPACE, NTT_DOCOMO, ...REGIONAL_PROVIDERS];

function hostMatches(host: string, name: string): boolean {
  return name.startsWith('.') ? host.endsWith(name) : host === name || host.endsWith(`.${name}`);
}

/** A recipient domain belongs to a provider whose host names end in it ("ezweb.ne.jp" for ".ezweb.ne.jp"). */
function domainMatches(domain: string, name: string): boolean {
  const bare = name.replace(/^\./, '');
  return bare === domain || bare.endsWith(`.${domain}`);
}

export interface ProviderHosts {
  recipientDomain: string | null;
  remoteHost: string | null;
  reportingHost: string | null;
}

/** The provider the bounce concerns: by the recipient's domain, else the remote host, else the reporting host. */
export function findProvider(hosts: ProviderHosts): Provider | null {
  const domain = hosts.recipientDomain?.toLowerCase();
  const remote = hosts.remoteHost?.toLowerCase();
  const reporting = hosts.reportingHost?.toLowerCase();
  return (
    (domain ? PROVIDERS.find((p) => p.hosts.some((h) => domainMatches(domain, h))) : undefined) ??
    (remote ? PROVIDERS.find((p) => p.hosts.some((h) => hostMatches(remote, h))) : undefined) ??
    (reporting ? PROVIDERS.find((p) => p.hosts.some((h) => hostMatches(reporting, h))) : undefined) ??
    null
  );
}

function byCode(provider: Provider, input: ProviderInput): { reason: BounceReason; code: string } | null {
  if (provider.codes) {
    const code = provider.codes.pattern.exec(input.text)?.[1];
    const reason = code ? provider.codes.table[code] : undefined;
    if (code && reason) return { reason, code };
  }
  if (provider.ranges) {
    const code = provider.ranges.pattern.exec(input.text)?.[1];
    const number = Number(code);
    const range = code ? provider.ranges.table.find(([from, to]) => number >= from && number <= to) : undefined;
    if (code && range) return { reason: range[2], code };
  }
  return null;
}

/** The reason a provider's documentation gives for this diagnostic, or null. */
export function classifyByProvider(input: ProviderInput, hosts: ProviderHosts): { reason: BounceReason; provider: string; detail: string } | null {
  const provider = findProvider(hosts);
  if (!provider || !input.lowerText) return null;
  const decided = provider.decide?.(input);
  if (decided) return { reason: decided, provider: provider.name, detail: `status ${input.status ?? 'none'}, command ${input.command ?? 'unknown'}` };
  const coded = byCode(provider, input);
  if (coded) return { reason: coded.reason, provider: provider.name, detail: `error code ${coded.code}` };
  for (const [reason, phrases] of provider.rules) {
    const phrase = findPhrase(input.lowerText, phrases);
    if (phrase) return { reason, provider: provider.name, detail: `phrase "${phrase}"` };
  }
  return null;
}
