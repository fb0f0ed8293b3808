// The first pass of a redaction: find every value the switches cover, in
// every text of the message (header, bodies, quoted header blocks) and in
// the envelope the user gave, and give each its token in order of
// appearance. Before that, every value of every kind is reserved, so no
// token equals a value that stands anywhere in the share.

import type { ShareEnvelope } from './share-state.ts';
import type { Redactor } from './redact-text.ts';
import type { ValueKind } from './redaction-book.ts';
import { findAddresses, findFieldLines, findIps, type FieldLine } from './redaction-patterns.ts';
import { displayNamesOf, holdsMailboxes } from './display-names.ts';
import { internalHostsOfReceived, isInternalHostName } from './internal-hosts.ts';
import { findIdsInField } from './tenant-ids.ts';
import { textToView, utf8OfView, viewSpellings } from './byte-view.ts';
import { parseIp } from '../net/ip-address.ts';
import { findEncodedWordRuns, findPercentRuns, MAX_ENCODING_DEPTH } from './encoded-forms.ts';

// RFC 5322 §3.6.4 and the copies MTAs and list servers keep of it.
const MESSAGE_ID_FIELDS = new Set(['message-id', 'in-reply-to', 'references', 'resent-message-id', 'original-message-id', 'x-original-message-id', 'x-ms-exchange-organization-originalmessageid']);
// msg-id = "<" id-left "@" id-right ">"; 250 characters covers every id seen in mail.
const MSG_ID = /<([^<>\s]{1,250})>/g;

type Mode = 'reserve' | 'add';

function unfold(value: string): string {
  return value.replace(/\r?\n(?=[ \t])/g, '');
}

function messageIdsOf(field: FieldLine): string[] {
  if (!MESSAGE_ID_FIELDS.has(field.name.toLowerCase())) return [];
  return [...unfold(field.value).matchAll(MSG_ID)].map((m) => m[1]!).filter((id) => id.includes('@'));
}

/** A display name's Unicode text: encoded words are decoded already; raw UTF-8 (RFC 6532) is decoded here. */
function unicodeOf(decoded: string): string {
  return /^[\x00-\xff]*$/.test(decoded) ? (utf8OfView(decoded) ?? decoded) : decoded;
}

function visitDisplayNames(field: FieldLine, redactor: Redactor, mode: Mode): void {
  for (const name of displayNamesOf(field.value)) {
    const unicode = unicodeOf(name.decoded);
    const view = textToView(unicode);
    if (mode === 'reserve') {
      redactor.book.reserve('display-name', view);
      continue;
    }
    const token = redactor.book.add('display-name', view);
    for (const spelling of new Set([name.raw, ...viewSpellings(unicode)])) {
      if (spelling !== view && !redactor.aliases.some((a) => a.text === spelling)) redactor.aliases.push({ kind: 'display-name', text: spelling, token });
    }
  }
}

function visitText(text: string, redactor: Redactor, mode: Mode, depth = 0): void {
  const { switches, book } = redactor;
  const keep = (kind: Exclude<ValueKind, 'ip'>, value: string) => (mode === 'reserve' ? book.reserve(kind, value) : book.add(kind, value));
  const fields = findFieldLines(text);
  for (const field of fields) {
    for (const id of messageIdsOf(field)) {
      redactor.messageIds.add(id.toLowerCase());
      if (switches.has('message-ids')) keep('message-id', id);
    }
  }
  if (switches.has('internal-hosts')) {
    const received = fields.filter((field) => field.name.toLowerCase() === 'received').map((field) => unfold(field.value));
    for (const host of internalHostsOfReceived(received)) keep('host', host);
  }
  for (const field of fields) {
    if (switches.has('display-names') && holdsMailboxes(field.name)) visitDisplayNames(field, redactor, mode);
    if (switches.has('tenant-ids')) {
      for (const id of findIdsInField(field.name, field.value)) keep(id.kind, id.text);
    }
  }
  if (switches.has('addresses') || switches.has('local-parts')) {
    for (const address of findAddresses(text)) {
      if (redactor.messageIds.has(address.text.toLowerCase())) continue;
      if (switches.has('addresses')) keep('address', address.text);
      else keep('local-part', address.local);
    }
  }
  for (const found of findIps(text)) {
    // Every address is reserved, so no IP token equals one; only the switch adds them.
    if (mode === 'reserve') book.reserve('ip', found.text);
    else if (switches.has('ip-addresses')) book.addIp(found.ip, found.text);
  }
  // Values percent-encoded in URIs and RFC 2231 parameters, and inside
  // encoded words, are values too (./encoded-forms.ts).
  if (depth >= MAX_ENCODING_DEPTH) return;
  for (const run of [...findPercentRuns(text), ...findEncodedWordRuns(text)]) visitText(run.decoded, redactor, mode, depth + 1);
}

function visitEnvelope(envelope: ShareEnvelope, redactor: Redactor, mode: Mode): void {
  const { switches, book } = redactor;
  const ip = envelope.ip === undefined ? null : parseIp(envelope.ip);
  if (ip && envelope.ip !== undefined) {
    if (mode === 'reserve') book.reserve('ip', envelope.ip);
    else if (switches.has('ip-addresses')) book.addIp(ip, envelope.ip);
  }
  if (envelope.helo !== undefined && switches.has('internal-hosts') && isInternalHostName(envelope.helo)) {
    const helo = envelope.helo.replace(/\.$/, '');
    if (mode === 'reserve') book.reserve('host', helo);
    else book.add('host', helo);
  }
  if (envelope.mailFrom) visitText(textToView(envelope.mailFrom), redactor, mode);
}

/**
 * Fills the redactor's book from the message texts (byte views) and the
 * envelope. `reserveOnly` are texts whose values are not redacted but that
 * no token may equal (the DNS records).
 */
export function collectValues(texts: string[], envelope: ShareEnvelope, redactor: Redactor, reserveOnly: string[] = []): void {
  for (const text of [...texts, ...reserveOnly]) visitText(text, redactor, 'reserve');
  visitEnvelope(envelope, redactor, 'reserve');
  for (const text of texts) visitText(text, redactor, 'add');
  visitEnvelope(envelope, redactor, 'add');
}
