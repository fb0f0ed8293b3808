// Who connected: the FROM clause of a Received field read into the HELO
// name, the looked-up (reverse) name, the address and the ident. RFC 5321
// §4.4 says the clause SHOULD hold the EHLO name and the TCP-info; which
// name is which depends on the MTA, so the reading uses the family that
// the rest of the field reveals:
//
// - "name (rdns [ip])" (Postfix, Sendmail, Courier): name = HELO.
// - "rdns ([ip] helo=x)" (Exim), "rdns (HELO x) (ip)" (qmail), "rdns
//   (EHLO x) [ip]" (GMX): an explicit HELO, so the first name is the
//   looked-up one.
// - "name ([ip])": Exim and CommuniGate ("verified") write the verified
//   host name there (HELO equal to it); Sendmail and Exchange the HELO.
// - "name (ip)", one name and a bare address: qmail writes the looked-up
//   name and leaves out the HELO when it equals that name (qmail-smtpd);
//   Exchange, Critical Path and others do not say which name it is, so it
//   is kept as the HELO and a note says so.
// - "from host [ip] by localhost" (fetchmail): the server it fetched from.
// Nothing is guessed beyond that: what does not fit is kept in `unparsed`.

import type { Token } from './received-tokens.ts';
import { isHostName, looksLikeAddress, readAddress, withoutRootDot, type ClientAddress } from './client-address.ts';
import { classifyComment, readTcpInfo, type TcpInfo } from './tcp-info.ts';

export interface ClientFamily {
  exim: boolean;
  qmail: boolean;
  communigate: boolean;
  /** Webmail over HTTP: no HELO exists. */
  http: boolean;
  /** TIS/Gauntlet smap: "name(ip) via SMTP by host", the HELO only as "claiming to be". */
  smap: boolean;
}

export type ClientNote =
  | { code: 'reverse-unconfirmed'; detail: string }
  | { code: 'reverse-unknown' }
  | { code: 'one-name'; name: string }
  | { code: 'mapped-ipv4'; ip: string }
  | { code: 'helo-bare-address'; helo: string; ip: string | null }
  | { code: 'helo-other-address'; helo: string; ip: string }
  | { code: 'no-address-recorded' };

export interface ClientInfo {
  helo: string | null;
  reverseName: string | null;
  ip: string | null;
  ident: string | null;
  auth: string | null;
  envelopeFrom: string | null;
  /** "from user@example.com by …": the FROM clause names the sender's mailbox, not a host. */
  mailbox: string | null;
  /** Exchange's "from mail pickup service": a local pickup folder. */
  pickup: boolean;
  tlsComments: string[];
  notes: ClientNote[];
  unparsed: string[];
}

interface Reading {
  info: TcpInfo;
  afterTopLiteral: boolean;
}

function readComments(tokens: Token[], source: string, client: ClientInfo): { readings: Reading[]; topLiteral: ClientAddress | null; claiming: string | undefined } {
  const readings: Reading[] = [];
  let topLiteral: ClientAddress | null = null;
  let claiming: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'comment') {
      const kind = classifyComment(token.text);
      if (kind.kind === 'auth') {
        client.auth ??= kind.value;
        if (kind.tls) client.tlsComments.push(kind.tls);
      } else if (kind.kind === 'tls') client.tlsComments.push(kind.value);
      else if (kind.kind === 'envelope-from') client.envelopeFrom ??= kind.value;
      else if (kind.kind === 'other') {
        const { info, understood } = readTcpInfo(token.text);
        if (understood) readings.push({ info, afterTopLiteral: topLiteral !== null });
        else client.unparsed.push(`(${token.text})`);
      }
    } else if (token.kind === 'literal' && readAddress(token.text) && !topLiteral) {
      topLiteral = readAddress(token.text);
    } else if (token.kind === 'word' && token.text.toLowerCase() === 'claiming' && tokens[i + 3]?.kind === 'quoted') {
      // smap: 'claiming to be "name"'.
      claiming = tokens[i + 3]!.text;
      i += 3;
    } else if (token.kind === 'word' && /^pickup$/i.test(token.text) && /^service$/i.test(tokens[i + 1]?.text ?? '')) {
      client.pickup = true;
      i++;
    } else {
      client.unparsed.push(source.slice(token.start, token.end));
    }
  }
  return { readings, topLiteral, claiming };
}

export function readClient(tokens: Token[], source: string, family: ClientFamily): ClientInfo {
  const client: ClientInfo = {
    helo: null, reverseName: null, ip: null, ident: null, auth: null, envelopeFrom: null,
    mailbox: null, pickup: false, tlsComments: [], notes: [], unparsed: [],
  };
  const first = tokens[0];
  const value = first && first.kind !== 'comment' ? first : null;
  const valueText = value ? source.slice(value.start, value.end) : null;
  const { readings, topLiteral, claiming } = readComments(value ? tokens.slice(1) : tokens, source, client);

  const withHelo = readings.find((r) => r.info.helo !== undefined);
  const withAddress = readings.find((r) => r.info.address);
  const account = readings.find((r) => r.info.account)?.info.account;
  if (account) client.auth ??= `account ${account}`;
  const nameOnly = readings.find((r) => r.info.nameOnly !== undefined && !r.afterTopLiteral)?.info.nameOnly;
  const identAfterLiteral = readings.find((r) => r.info.nameOnly !== undefined && r.afterTopLiteral)?.info.nameOnly;
  client.ident = readings.find((r) => r.info.ident)?.info.ident ?? identAfterLiteral ?? null;
  for (const reading of readings) {
    client.unparsed.push(...reading.info.unparsed);
    if (reading.info.unconfirmed) client.notes.push({ code: 'reverse-unconfirmed', detail: reading.info.unconfirmed });
    if (reading.info.emptyLiteral && !withAddress) client.notes.push({ code: 'no-address-recorded' });
  }

  const valueAddress = value && (value.kind === 'literal' || value.kind === 'word') ? readAddress(value.text) : null;
  const address = withAddress?.info.address ?? topLiteral ?? valueAddress;
  client.ip = address?.ip ?? null;
  if (address?.mapped) client.notes.push({ code: 'mapped-ipv4', ip: address.ip });

  if (valueText !== null && value?.kind === 'word' && valueText.includes('@') && !address) {
    client.mailbox = valueText;
    return client;
  }
  if (client.pickup || value?.kind === 'angle') {
    if (value?.kind === 'angle') client.unparsed.unshift(valueText!);
    return client;
  }
  const hostValue = isHostName(valueText) ? valueText : null;
  const named = withAddress?.info.nameBeforeAddress;
  const explicitHelo = withHelo?.info.helo ?? claiming;

  // Webmail writes the browser's address (and perhaps its looked-up name): HTTP has no HELO.
  // Exchange Online's "NAME (address) … with HTTPS" between its own servers is the one-name form instead.
  if (family.http && !(withAddress?.info.addressForm === 'bare' && hostValue)) {
    client.reverseName = named ?? hostValue;
  } else if (explicitHelo !== undefined) {
    client.helo = explicitHelo;
    client.reverseName = hostValue;
  } else if (named !== undefined) {
    client.helo = valueText;
    client.reverseName = named;
    if (named === null) client.notes.push({ code: 'reverse-unknown' });
  } else if (nameOnly !== undefined && topLiteral) {
    client.helo = nameOnly; // Exim 3: "host (helo) [ip] (ident)"
    client.reverseName = hostValue;
  } else if (withAddress?.info.addressForm === 'literal') {
    client.helo = valueText;
    const verifiedName = family.exim || (family.communigate && withAddress.info.verified);
    client.reverseName = verifiedName ? hostValue : null;
  } else if (withAddress) {
    if (family.smap) {
      client.reverseName = hostValue;
    } else if (family.qmail) {
      client.reverseName = hostValue;
      // qmail-smtpd writes "unknown", never an address, where it has no
      // looked-up name: "from 192.0.2.1 (192.0.2.1)" is another MTA's form,
      // and its first word the HELO (a bare address, noted as such).
      client.helo = hostValue ?? (valueAddress ? valueText : null);
    } else {
      client.helo = valueText;
      if (hostValue) client.notes.push({ code: 'one-name', name: hostValue });
    }
  } else if (valueAddress) {
    // "from [192.0.2.1] by …" is a HELO literal that is also the only address;
    // "from 192.0.2.1 by …" is not a HELO form at all, only the address.
    client.helo = value!.kind === 'literal' ? valueText : null;
  } else {
    client.helo = valueText;
  }
  if (client.reverseName) client.reverseName = withoutRootDot(client.reverseName);
  noteHelo(client);
  return client;
}

function noteHelo(client: ClientInfo): void {
  const helo = client.helo;
  if (!helo) return;
  if (!/^[[?]/.test(helo) && looksLikeAddress(helo)) {
    // RFC 5321 §4.1.3: an address as HELO must be a literal in brackets.
    client.notes.push({ code: 'helo-bare-address', helo, ip: client.ip });
    return;
  }
  const inside = /^[[?](.{1,60})[\]?]$/.exec(helo);
  const claimed = inside ? readAddress(inside[1]!) : null;
  if (claimed && client.ip && claimed.ip !== client.ip) client.notes.push({ code: 'helo-other-address', helo, ip: client.ip });
}
