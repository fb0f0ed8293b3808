// The comments of a Received field. RFC 5321 §4.4 puts the client's
// TCP-info in parentheses after its HELO name: the looked-up name and the
// address literal, "(mail.example.net [192.0.2.1])". Every MTA varies it:
// Postfix "(unknown [ip])", Sendmail "(ident@name [ip] (may be forged))",
// Exim "([ip]:port helo=name)", qmail "(HELO name) (ident@ip)", CommuniGate
// "([ip] verified)" and "(account user HELO name)", Courier
// "(softdnserr [::ffff:ip])". Other comments name the software, the TLS
// session, the authenticated sender or the envelope sender.

import { isHostName, readAddress, type ClientAddress } from './client-address.ts';
import { isTlsComment } from './tls-evidence.ts';
import { tokenizeReceived } from './received-tokens.ts';

export type CommentKind = 'auth' | 'tls' | 'envelope-from' | 'noise' | 'other';

export interface ClassifiedComment {
  kind: CommentKind;
  /** The useful part: the auth text, the envelope sender; else the whole comment. */
  value: string;
  /** For an AUTH comment that also names the TLS session (Courier). */
  tls?: string;
}

// Comments that say nothing about the path: fetchmail's delivery mode and
// Postfix's client-certificate remarks (the TLS comment beside them says it all).
const NOISE = /^(?:single-drop|multi-drop|No client certificate requested|Client did not present a certificate|Client CN\b|Client certificate\b|Client has no certificate)/i;
const ENVELOPE = /^envelope-(?:from|sender)[\s:]{1,3}<?([^<>\s,;]{0,320})>?/i;

export function classifyComment(comment: string): ClassifiedComment {
  const text = comment.replace(/\s+/g, ' ').trim();
  if (/^Authenticated sender:/i.test(text) || /^authenticated\b/i.test(text) || /^(?:SquirrelMail|NaSMail) authenticated user\b/i.test(text)) {
    return { kind: 'auth', value: text };
  }
  if (/^AUTH:/i.test(text)) {
    const comma = text.indexOf(',');
    return comma === -1 ? { kind: 'auth', value: text } : { kind: 'auth', value: text.slice(0, comma), tls: text.slice(comma + 1).trim() };
  }
  if (isTlsComment(text)) return { kind: 'tls', value: text };
  const envelope = ENVELOPE.exec(text);
  if (envelope) return { kind: 'envelope-from', value: envelope[1]! };
  if (NOISE.test(text)) return { kind: 'noise', value: text };
  return { kind: 'other', value: text };
}

export interface TcpInfo {
  /** An explicit HELO name: "HELO x", "EHLO x", "helo=x"; "" where the client gave none. */
  helo?: string;
  address?: ClientAddress;
  /** How the address was written: in brackets, or bare (qmail, Exchange). */
  addressForm?: 'literal' | 'bare';
  /** The name written before the address; null where it said "unknown". Absent when none was written. */
  nameBeforeAddress?: string | null;
  /** A comment that holds only a host name. */
  nameOnly?: string;
  ident?: string;
  account?: string;
  /** CommuniGate's "verified": the name was confirmed by DNS. */
  verified: boolean;
  /** The receiver doubted the looked-up name: "may be forged", "unverified", "RDNS failed", "softdnserr". */
  unconfirmed: string | null;
  /** An empty literal "[]": no address recorded. */
  emptyLiteral: boolean;
  unparsed: string[];
}

function takeMailboxWord(word: string, info: TcpInfo): string | undefined {
  const at = word.lastIndexOf('@');
  const user = word.slice(0, at).replace(/^IDENT:/i, '');
  const host = word.slice(at + 1);
  const address = readAddress(host);
  if (user) info.ident = user;
  if (address && !info.address) {
    // qmail: "(ident@192.0.2.1)", "(user@example.com@[192.0.2.1])".
    info.address = address;
    info.addressForm = host.startsWith('[') ? 'literal' : 'bare';
    return undefined;
  }
  return host;
}

/** Reads a comment as TCP-info; `understood` is false when nothing in it was recognised. */
export function readTcpInfo(inner: string): { info: TcpInfo; understood: boolean } {
  const info: TcpInfo = { verified: false, unconfirmed: null, emptyLiteral: false, unparsed: [] };
  const { tokens } = tokenizeReceived(inner);
  let pendingName: string | undefined;
  let understood = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const lower = token.text.toLowerCase();
    if (token.kind === 'literal') {
      const address = readAddress(token.text);
      if (token.text.trim() === '') {
        info.emptyLiteral = true;
        if (pendingName !== undefined) info.nameBeforeAddress = pendingName;
      } else if (address && !info.address) {
        info.address = address;
        info.addressForm = 'literal';
        if (pendingName !== undefined) info.nameBeforeAddress = /^unknown$/i.test(pendingName) ? null : pendingName;
      } else {
        info.unparsed.push(`[${token.text}]`);
        continue;
      }
      pendingName = undefined;
      understood = true;
    } else if (token.kind === 'comment') {
      if (/^may be forged$/i.test(token.text.trim())) info.unconfirmed = 'may be forged';
      else info.unparsed.push(`(${token.text})`);
    } else if (token.kind === 'quoted' && /^[EHL]HLO \S{1,255}$/i.test(token.text.trim())) {
      // vger.kernel.org's MTA: (`[ip]:port "EHLO name" rhost-flags-OK-OK-OK-OK`).
      info.helo = token.text.trim().slice(5);
      understood = true;
    } else if (token.kind !== 'word') {
      info.unparsed.push(inner.slice(token.start, token.end));
    } else if (/^rhost-flags(?:-[A-Z]{2,4}){1,8}$/i.test(token.text)) {
      understood = true; // that MTA's flags about the client host; undocumented, so read as known and not shown as unparsed
    } else if (lower === 'helo' || lower === 'ehlo' || lower === 'lhlo') {
      const takesNext = next !== undefined && (next.kind === 'word' || next.kind === 'literal') && next.text.toLowerCase() !== 'account';
      info.helo = takesNext ? inner.slice(next.start, next.end) : '';
      if (takesNext) i++;
      understood = true;
    } else if (lower.startsWith('helo=')) {
      info.helo = token.text.slice(5);
      understood = true;
    } else if (lower === 'account' && next?.kind === 'word') {
      info.account = next.text;
      i++;
      understood = true;
    } else if (lower === 'verified') {
      info.verified = true;
      understood = true;
    } else if (lower === 'unverified' || lower === 'softdnserr') {
      info.unconfirmed = token.text;
      understood = true;
    } else if (lower === 'rdns' && next?.text.toLowerCase() === 'failed') {
      info.unconfirmed = 'RDNS failed';
      i++;
      understood = true;
    } else if (/^:\d{1,5}$/.test(token.text) || /^port=\d{1,5}$/i.test(token.text)) {
      understood = true; // the client's port: "[ip]:port" (Exim, Postfix), "port=N" (Exim)
    } else if (readAddress(token.text) && !info.address) {
      info.address = readAddress(token.text)!;
      info.addressForm = 'bare';
      understood = true;
    } else if (token.text.includes('@')) {
      pendingName = takeMailboxWord(token.text, info);
      understood = true;
    } else if (pendingName === undefined && !info.address && (isHostName(token.text) || lower === 'unknown')) {
      pendingName = token.text;
      understood = true;
    } else {
      info.unparsed.push(token.text);
    }
  }
  if (pendingName !== undefined) {
    if (info.address) info.unparsed.push(pendingName);
    else info.nameOnly = pendingName;
  }
  return { info, understood };
}
