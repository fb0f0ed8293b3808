// Building blocks of the page's sample messages (samples.ts): trace fields
// in the exact shapes the MTAs write them, dates in the sender's local
// time, the signers of the sending side (OpenDKIM, Exim, Exchange Online)
// and ARC sealing. Unlike the other cases, a sample is a whole message as a
// class would see it, so the formats here follow the real software, not a
// minimal test.

import { sealMessage } from 'mailauth';
import type { CaseDef, Expect, ZoneEntry } from './case-types.ts';
import { signDkim, type Canon } from './dkim-sign.ts';
import { keyRecord, loadKey, txtRecord, type KeyName } from './keys.ts';
import { prependHeaders, type HeaderList } from './message.ts';

/** FORMAT.md's hop fields; any subset may be asserted. */
export interface HopExpect {
  /** null: the field records no client host (e.g. a local user submitted). */
  from?: string | null;
  ip?: string;
  by?: string;
  with?: string;
  tls?: boolean;
  time?: string;
  role?: 'submission' | 'relay' | 'delivery' | 'retrieval' | 'internal';
}

/** FORMAT.md's `expect` with the Received chain and the bounce (null: not a bounce). */
export interface SampleExpect extends Expect {
  hops?: HopExpect[];
  bounce?: { status: string; reason: string; recipient: string; remoteMta?: string } | null;
}

/** A sample: a fixture case plus what the page's Sample menu shows. */
export interface SampleCase extends CaseDef {
  expect: SampleExpect;
  ui: { id: string; title: { en: string; de: string } };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of a zone at an instant, as RFC 5322 §3.3 writes it. */
export interface Zone {
  offsetMinutes: number;
  /** The zone name some MTAs add as a comment ("(CET)"), or null. */
  name: string | null;
}

export const CET: Zone = { offsetMinutes: 60, name: 'CET' };
export const UTC: Zone = { offsetMinutes: 0, name: null };
export const PST: Zone = { offsetMinutes: -480, name: 'PST' };

function wallClock(iso: string, zone: Zone): Date {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`not a time: ${iso}`);
  return new Date(instant + zone.offsetMinutes * 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** "Tue, 24 Nov 2026 09:14:03 +0100", with " (CET)" when `comment` is set. */
export function mailDate(iso: string, zone: Zone, comment = false): string {
  const d = wallClock(iso, zone);
  const text =
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${offsetText(zone.offsetMinutes)}`;
  return comment && zone.name ? `${text} (${zone.name})` : text;
}

/** postgrey's own stamp: strftime("%a, %d %b %Y %T %Z"), the zone by name. */
export function postgreyDate(iso: string, zone: Zone): string {
  const d = wallClock(iso, zone);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone.name ?? 'UTC'}`;
}

/** Postfix 3.x (smtpd_tls_received_header = yes) after a TLS 1.3 handshake. */
const POSTFIX_TLS13 =
  '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)';

export interface PostfixHop {
  helo: string;
  /** The client's reverse name as Postfix looked it up, "unknown" when there is none. */
  rdns: string;
  ip: string;
  tls?: boolean;
  /** smtpd_sasl_authenticated_header = yes */
  authenticatedSender?: string;
  by: string;
  protocol: 'ESMTP' | 'ESMTPS' | 'ESMTPSA' | 'SMTP';
  id: string;
  rcpt: string;
  at: string;
  zone?: Zone;
}

/** The Received field Postfix's smtpd writes (RFC 5321 §4.4 with Postfix's comments). */
export function postfixReceived(h: PostfixHop): string {
  const lines = [`from ${h.helo} (${h.rdns} [${h.ip}])`];
  if (h.tls) lines.push(POSTFIX_TLS13);
  if (h.authenticatedSender) lines.push(`(Authenticated sender: ${h.authenticatedSender})`);
  lines.push(`by ${h.by} (Postfix) with ${h.protocol} id ${h.id}`);
  lines.push(`for <${h.rcpt}>; ${mailDate(h.at, h.zone ?? CET, true)}`);
  return lines.join('\n\t');
}

/** Postfix's own field on mail it made itself (a bounce): no client, no recipient. */
export function postfixLocalReceived(by: string, id: string, at: string, zone: Zone = CET): string {
  return `by ${by} (Postfix)\n\tid ${id}; ${mailDate(at, zone, true)}`;
}

/** amavisd-new: its own field, then Postfix's field for the re-injection on port 10025. */
export function amavisReceived(o: { host: string; port: number; amavisId: string; postfixId: string; rcpt: string; scannedAt: string; reinjectedAt: string; domain: string }): HeaderList {
  return [
    ['Received', postfixReceived({ helo: 'localhost', rdns: 'localhost', ip: '127.0.0.1', by: o.host, protocol: 'ESMTP', id: o.postfixId, rcpt: o.rcpt, at: o.reinjectedAt })],
    ['X-Virus-Scanned', `Debian amavisd-new at ${o.domain}`],
    [
      'Received',
      `from ${o.host} ([127.0.0.1])\n\tby localhost (${o.host} [127.0.0.1]) (amavisd-new, port ${o.port})\n\twith ESMTP id ${o.amavisId} for <${o.rcpt}>;\n\t${mailDate(o.scannedAt, CET, true)}`,
    ],
  ];
}

/** Dovecot's LMTP server (RFC 2033) on delivery, with the fields it adds above its Received. */
export function dovecotDelivery(o: { helo: string; ip: string | null; by: string; id: string; envelopeFrom: string; rcpt: string; at: string; zone?: Zone }): HeaderList {
  const from = o.ip ? `${o.helo} ([${o.ip}])` : o.helo;
  const envelope = o.envelopeFrom ? `\n\t(envelope-from <${o.envelopeFrom}>)` : '';
  return [
    ['Return-Path', `<${o.envelopeFrom}>`],
    ['Delivered-To', o.rcpt],
    ['Received', `from ${from}\n\tby ${o.by} with LMTP\n\tid ${o.id}${envelope}\n\tfor <${o.rcpt}>; ${mailDate(o.at, o.zone ?? CET)}`],
  ];
}

export interface SignerOptions {
  key: KeyName;
  domain: string;
  selector: string;
  time: string;
  headers: string[];
  canon?: [Canon, Canon];
}

/** OpenDKIM as a Postfix milter: the signature and OpenDKIM's DKIM-Filter note above it. */
export function opendkimSign(message: string, o: SignerOptions & { host: string; queueId: string }): string {
  const signed = signDkim(message, { key: loadKey(o.key), domain: o.domain, selector: o.selector, time: o.time, headers: o.headers, canon: o.canon ?? ['relaxed', 'simple'] });
  return prependHeaders(signed, [['DKIM-Filter', `OpenDKIM Filter v2.11.0 ${o.host} ${o.queueId}`]]);
}

/** A signer that adds only its DKIM-Signature (Exim's transport, Exchange Online). */
export function dkimSign(message: string, o: SignerOptions): string {
  return signDkim(message, { key: loadKey(o.key), domain: o.domain, selector: o.selector, time: o.time, headers: o.headers, canon: o.canon ?? ['relaxed', 'relaxed'] });
}

/** The first 8 characters of a signature's b=, as receivers give it in header.b (RFC 6008 §4). */
export function bPrefix(message: string, domain: string, selector: string): string {
  const field = message
    .split(/\r\n(?![ \t])/)
    .find((f) => /^DKIM-Signature:/i.test(f) && new RegExp(`\\bd=${domain.replace(/\./g, '\\.')};`).test(f) && new RegExp(`\\bs=${selector};`).test(f));
  const b = field && /\bb=([^;]*)$/.exec(field.replace(/\s+/g, ''));
  if (!b) throw new Error(`no DKIM-Signature d=${domain} s=${selector}`);
  return b[1]!.slice(0, 8);
}

export interface ArcStep {
  domain: string;
  selector: string;
  key: KeyName;
  time: string;
  cv: 'none' | 'pass' | 'fail';
  /** The authres-payload of ARC-Authentication-Results (RFC 8617 §4.1.1), after "i=N;". */
  authResults: string;
}

/** Seals the message as it stands and returns it with the new ARC set on top (RFC 8617 §5.1). */
export async function arcSeal(message: string, step: ArcStep): Promise<string> {
  const set = await sealMessage(Buffer.from(message), {
    signingDomain: step.domain,
    selector: step.selector,
    privateKey: loadKey(step.key).privatePem,
    cv: step.cv,
    authResults: step.authResults,
    signTime: new Date(step.time),
  });
  if (!set.length) throw new Error(`mailauth refused to seal for ${step.domain} (cv=${step.cv})`);
  return set.toString('utf8') + message;
}

/** The key record of a selector, as zone.json holds it. */
export function keyEntry(key: KeyName): ZoneEntry {
  return { TXT: [txtRecord(keyRecord(loadKey(key)))] };
}

/** The reverse name of an IPv4 address (RFC 1035 §3.5). */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

/** The words Postfix's bounce(8) writes before the failed recipients, for a notice from `host`. */
export function postfixNoticeIntro(host: string): string[] {
  return [
    `This is the mail system at host ${host}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can',
    'delete your own text from the attached returned message.',
    '',
    '                   The mail system',
    '',
  ];
}
