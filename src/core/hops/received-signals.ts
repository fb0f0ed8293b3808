// What a Received field says about the kind of step it records, beyond
// its clauses: a local submission (qmail-inject "invoked by uid", Sendmail's
// "(from user@localhost)", Postfix pickup "from userid", Exim "with local"),
// a content filter re-injecting mail (amavisd-new, qmail-scanner,
// SpamAssassin, milters), a retrieval (fetchmail, getmail), an LMTP proxy.
// The role of the hop is decided from these in hop-role.ts.

import type { Token } from './received-tokens.ts';
import { readAddress } from './client-address.ts';

export interface ReceivedSignals {
  hasFrom: boolean;
  mailbox: string | null;
  pickup: boolean;
  /** qmail's own lines: "(qmail 123 invoked by uid 89)", "… invoked from network", "… by alias", "… for bounce". */
  qmailInvoked: 'uid' | 'network' | 'alias' | 'bounce' | 'other' | null;
  /** The local user who submitted: Sendmail "(from jm@localhost)", Exim "from daf … with local". */
  localUser: string | null;
  /** Postfix pickup: "by host (Postfix, from userid 1000)". */
  pickupUserid: string | null;
  /** Exim "with local", "local-bsmtp", "local-esmtp": the message came from a local process. */
  localProtocol: boolean;
  /** The content filter the field names, as written. */
  contentFilter: string | null;
  /** The retrieval agent (fetchmail, getmail) or protocol (POP3, IMAP). */
  retrieval: string | null;
  /** LMTP in the protocol word or in the software (Fastmail's LMTPProxy). */
  lmtp: boolean;
  /** Outlook/Exchange MAPI submission: "with mapi id …". */
  mapi: boolean;
  /** The receiving host is written as an address ("by 2002:a05:6358:…", Gmail's own hops). */
  byIsAddress: boolean;
  /** "(from X [ip])" written where the FROM clause should be (Symantec NAVGW): read as one. */
  leadFrom: string | null;
  /** Lead tokens whose meaning was understood (the rest is reported as unparsed). */
  leadUnderstood: Set<Token>;
}

const QMAIL = /^qmail \d{1,10} (?:messnum \d{1,12} )?invoked (by uid|from network|by alias|for bounce|by )/i;
export const FILTER_SOFTWARE = /amavis|milter|MailScanner|SpamAssassin|clamsmtp|dspam|MIMEDefang|policyd|\bport 100\d\d\b/i;
export const FILTER_PROTOCOL = /qmail-scanner|spamassassin|scanned|clamsmtp|dspam|mailscanner|spamd/i;
const RETRIEVAL_PROTOCOL = /^(?:POP3S?|POP|IMAP4?S?|ODMR)$/i;
const RETRIEVAL_SOFTWARE = /\b(?:fetchmail|getmail|fdm|mpop)[-\s]?[\d.]{0,12}/i;

export interface SignalInput {
  leads: { tokens: Token[] }[];
  withWords: string[];
  /** Comments of the BY and WITH clauses that are neither TLS nor auth nor envelope. */
  software: string[];
  by: string | null;
}

export function readSignals(input: SignalInput): ReceivedSignals {
  const signals: ReceivedSignals = {
    hasFrom: false, mailbox: null, pickup: false, qmailInvoked: null, localUser: null,
    pickupUserid: null, localProtocol: false, contentFilter: null, retrieval: null, lmtp: false, mapi: false,
    byIsAddress: input.by !== null && readAddress(input.by) !== null, leadFrom: null, leadUnderstood: new Set(),
  };
  for (const lead of input.leads) {
    for (const token of lead.tokens) {
      if (token.kind !== 'comment') continue;
      const comment = token.text.replace(/\s+/g, ' ').trim();
      const qmail = QMAIL.exec(comment);
      if (qmail) {
        const how = qmail[1]!.toLowerCase();
        signals.qmailInvoked = how === 'by uid' ? 'uid' : how === 'from network' ? 'network' : how === 'by alias' ? 'alias' : how === 'for bounce' ? 'bounce' : 'other';
        signals.leadUnderstood.add(token);
      } else if (/^from\s/i.test(comment) && signals.leadFrom === null) {
        signals.leadFrom = token.text.replace(/^\s{0,16}from\s{1,16}/i, '');
        signals.leadUnderstood.add(token);
      }
    }
  }
  const protocol = input.withWords[0] ?? '';
  const protocolText = input.withWords.join(' ');
  if (/^local(?:-\w{1,10})?$/i.test(protocol)) signals.localProtocol = true;
  if (/^mapi$/i.test(protocol)) signals.mapi = true;
  if (/^(?:UTF8)?LMTP[SA]{0,2}$/i.test(protocol) || input.software.some((s) => /LMTP/i.test(s))) signals.lmtp = true;
  for (const software of input.software) {
    const userid = /\bfrom userid (\d{1,10})\b/i.exec(software);
    if (userid) signals.pickupUserid = userid[1]!;
    if (!signals.contentFilter && FILTER_SOFTWARE.test(software)) signals.contentFilter = software;
    const agent = RETRIEVAL_SOFTWARE.exec(software);
    if (agent && !signals.retrieval) signals.retrieval = agent[0].trim();
  }
  if (!signals.contentFilter && FILTER_PROTOCOL.test(protocolText)) signals.contentFilter = protocolText;
  if (!signals.retrieval && RETRIEVAL_PROTOCOL.test(protocol)) signals.retrieval = protocol;
  return signals;
}
