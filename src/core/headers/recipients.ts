// Who the message was addressed to and who really got it. To and Cc are
// what the sender wrote; Bcc recipients are removed before delivery (RFC
// 5322 §3.6.3); the envelope decides delivery (RFC 5321 §3.3). When the
// final server records the envelope recipient (Delivered-To, X-Original-To,
// Envelope-To) we can tell a Bcc copy, an alias expansion (the
// /etc/aliases or virtual-table kind) and a forward apart.

import type { RawField } from '../message/header-block.ts';
import { parseAddressList } from '../message/address-list.ts';
import { finding, text } from './catalogue-entry.ts';
import type { FieldFindings } from './deception.ts';
import { sameOrganization } from '../net/organizational-domain.ts';
import type { HeaderFinding } from '../analysis.ts';

const HEADER_RECIPIENTS = new Set(['to', 'cc', 'bcc', 'resent-to', 'resent-cc', 'resent-bcc']);
const ENVELOPE_RECIPIENTS = new Set(['delivered-to', 'x-original-to', 'envelope-to', 'x-envelope-to', 'x-apparently-to', 'x-delivered-to', 'x-forwarded-to']);

// A hostile header can repeat To or Delivered-To thousands of times; only
// this many fields of each kind are read (the decision needs the first few).
const MAX_TRACES = 50;

interface Trace {
  index: number;
  name: string;
  address: string;
}

function collect(fields: readonly RawField[]): { listed: Set<string>; traces: Trace[]; listIndex: number } {
  const listed = new Set<string>();
  const traces: Trace[] = [];
  let listIndex = -1;
  let headerFields = 0;
  for (let i = 0; i < fields.length; i++) {
    const name = fields[i]!.name.toLowerCase();
    if (HEADER_RECIPIENTS.has(name) && headerFields++ < MAX_TRACES) {
      for (const a of parseAddressList(fields[i]!.value.slice(0, 16384)).addresses) if (a.address) listed.add(a.address.toLowerCase());
    } else if (ENVELOPE_RECIPIENTS.has(name) && traces.length < MAX_TRACES) {
      const address = parseAddressList(fields[i]!.value.slice(0, 2048)).addresses[0]?.address;
      if (address) traces.push({ index: i, name, address: address.toLowerCase() });
    } else if (name === 'list-id' && listIndex < 0) listIndex = i;
  }
  return { listed, traces, listIndex };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

export function explainRecipients(fields: readonly RawField[]): FieldFindings {
  const byField = new Map<number, HeaderFinding[]>();
  const add = (index: number, item: HeaderFinding) => byField.set(index, [...(byField.get(index) ?? []), item]);
  const { listed, traces, listIndex } = collect(fields);
  const delivered = traces.filter((t) => t.name === 'delivered-to' || t.name === 'x-delivered-to');
  const original = traces.find((t) => t.name === 'x-original-to');
  const final = delivered[0] ?? traces.find((t) => t.name === 'envelope-to' || t.name === 'x-envelope-to' || t.name === 'x-apparently-to');
  if (!final) return { byField, message: [] };

  // Each delivery step adds Delivered-To on top: the lowest is the first mailbox, the topmost the last.
  const distinct = [...new Map(delivered.map((t) => [t.address, t])).values()];
  if (distinct.length > 1) {
    const path = [...distinct].reverse().map((t) => t.address).join(' → ');
    add(final.index, finding('forwarded-between-mailboxes', 'info', text(`Delivered to several mailboxes in turn (${path}): a forward or an alias chain.`, `Nacheinander in mehrere Postfächer zugestellt (${path}): eine Weiterleitung oder eine Alias-Kette.`), distinct.map((t) => t.index)));
  }
  const forwardedTo = traces.find((t) => t.name === 'x-forwarded-to');
  if (forwardedTo) {
    add(forwardedTo.index, finding('auto-forward', 'info', text(`The mailbox forwarded the message automatically to ${forwardedTo.address}.`, `Das Postfach hat die Nachricht automatisch an ${forwardedTo.address} weitergeleitet.`)));
  }

  if (listed.has(final.address)) return { byField, message: [] };
  if (original && original.address !== final.address) {
    const kind = sameOrganization(domainOf(original.address), domainOf(final.address)) ? 'alias' : 'forward';
    const originalListed = listed.has(original.address);
    add(
      final.index,
      finding(
        kind === 'alias' ? 'alias-expanded' : 'forwarded',
        'info',
        text(
          `Sent to ${original.address}${originalListed ? ' (named in To/Cc)' : ', which is in no To or Cc field (a Bcc copy or a list)'}, delivered to the mailbox ${final.address}: ${kind === 'alias' ? 'an alias of the /etc/aliases or virtual-table kind rewrote the address (inferred: same domain)' : 'the address forwards to another domain (inferred: different domain)'}.`,
          `Gesendet an ${original.address}${originalListed ? ' (in To/Cc genannt)' : ', das in keinem To- oder Cc-Feld steht (eine Bcc-Kopie oder eine Liste)'}, zugestellt in das Postfach ${final.address}: ${kind === 'alias' ? 'ein Alias wie in /etc/aliases oder einer virtuellen Tabelle hat die Adresse umgeschrieben (abgeleitet: gleiche Domain)' : 'die Adresse leitet an eine andere Domain weiter (abgeleitet: andere Domain)'}.`,
        ),
        [original.index],
      ),
    );
    return { byField, message: [] };
  }
  if (listIndex >= 0) {
    add(final.index, finding('list-delivery', 'info', text(`${final.address} is in no To or Cc field: the copy came through the mailing list (List-Id), which addresses the list, not each member.`, `${final.address} steht in keinem To- oder Cc-Feld: Die Kopie kam über die Mailingliste (List-Id), die die Liste adressiert, nicht jedes Mitglied.`), [listIndex]));
    return { byField, message: [] };
  }
  add(
    final.index,
    finding(
      'bcc-copy',
      'info',
      text(
        `${final.address} received this copy but is in no To or Cc field: it was sent as a blind copy (Bcc), or reached this mailbox through a forward or alias that left no trace.`,
        `${final.address} hat diese Kopie erhalten, steht aber in keinem To- oder Cc-Feld: Sie wurde als Blindkopie (Bcc) gesendet oder erreichte dieses Postfach über eine Weiterleitung oder einen Alias, die keine Spur hinterließen.`,
      ),
    ),
  );
  return { byField, message: [] };
}
