// Traces of the SMTP envelope (RFC 5321 §2.3.1): the reverse-path the
// final server saw, and the recipient it delivered to. The envelope is
// what decides delivery; To and Cc are only what the sender wrote.

import { parseAddressList } from '../message/address-list.ts';
import { part, rfc, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';

function explainEnvelopeAddress(value: string): Explained {
  const trimmed = value.trim();
  if (/^<\s*>$/.test(trimmed)) {
    return {
      decoded: '<>',
      parts: [
        part(
          'reverse-path',
          '<>',
          text(
            'The null reverse-path: bounces and auto-replies are sent this way so that they cannot bounce again (RFC 5321 §4.5.5).',
            'Der leere Rückweg: Unzustellbarkeitsmeldungen und automatische Antworten werden so versandt, damit sie nicht erneut zurückprallen (RFC 5321 §4.5.5).',
          ),
        ),
      ],
    };
  }
  const list = parseAddressList(trimmed);
  const first = list.addresses[0];
  if (!first?.address) return {};
  const parts = [];
  const local = first.local ?? '';
  const srs = /^SRS[01][=+-]/i.test(local);
  if (srs) {
    parts.push(
      part(
        'srs',
        local,
        text(
          'Sender Rewriting Scheme: a forwarder rewrote the envelope sender so that SPF passes for its own domain; the original sender is encoded inside.',
          'Sender Rewriting Scheme: Ein Weiterleitungsdienst hat den Umschlag-Absender umgeschrieben, damit SPF für seine eigene Domain besteht; der ursprüngliche Absender steckt darin.',
        ),
        'documented',
      ),
    );
  }
  if (/^(?:bounces?|bnc|bounce-\w|prvs=|btv1|msprvs)/i.test(local) || /\+/.test(local)) {
    parts.push(
      part(
        'verp',
        local,
        text(
          'A per-message or per-recipient bounce address (VERP, BATV or a service\'s bounce tracking): bounces come back to the sending system, not to the author.',
          'Eine Rücklaufadresse je Nachricht oder Empfänger (VERP, BATV oder Bounce-Verfolgung eines Dienstes): Unzustellbarkeitsmeldungen gehen an das versendende System, nicht an den Verfasser.',
        ),
        'inferred',
      ),
    );
  }
  return { decoded: first.address, parts };
}

export const ENVELOPE_ENTRIES: CatalogueEntry[] = [
  {
    id: 'return-path',
    names: ['return-path'],
    references: [rfc(5321, '4.4'), rfc(5322, '3.6.7')],
    summary: text(
      'The envelope sender (MAIL FROM) as the final server saw it, written at delivery. Bounces go here; SPF checks its domain.',
      'Der Umschlag-Absender (MAIL FROM), wie ihn der letzte Server sah, bei der Zustellung eingetragen. Unzustellbarkeitsmeldungen gehen hierhin; SPF prüft seine Domain.',
    ),
    knowledge: 'documented',
    explain: explainEnvelopeAddress,
  },
  {
    id: 'delivered-to',
    names: ['delivered-to', 'x-delivered-to'],
    references: [rfc(9228), vendor('Postfix local(8)', 'https://www.postfix.org/local.8.html')],
    summary: text(
      'The mailbox the message was delivered to, added at each delivery step (Postfix, qmail, Gmail). It shows the envelope recipient, which may be in no To or Cc field.',
      'Das Postfach, in das die Nachricht zugestellt wurde, bei jedem Zustellschritt hinzugefügt (Postfix, qmail, Gmail). Es zeigt den Umschlag-Empfänger, der in keinem To- oder Cc-Feld stehen muss.',
    ),
    knowledge: 'documented',
    explain: explainEnvelopeAddress,
  },
  {
    id: 'x-original-to',
    names: ['x-original-to'],
    references: [vendor('Postfix local(8): X-Original-To', 'https://www.postfix.org/local.8.html')],
    summary: text(
      'Postfix: the recipient address as it arrived, before alias or virtual-table rewriting. With Delivered-To it shows an alias expansion.',
      'Postfix: die Empfängeradresse, wie sie ankam, vor dem Umschreiben durch Aliase oder virtuelle Tabellen. Zusammen mit Delivered-To zeigt sie eine Alias-Auflösung.',
    ),
    knowledge: 'documented',
    explain: explainEnvelopeAddress,
  },
  {
    id: 'envelope-to',
    names: ['envelope-to', 'x-envelope-to', 'x-rcpt-to', 'x-apparently-to'],
    references: [vendor('Exim: envelope_to_add', 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-generic_options_for_transports.html')],
    summary: text(
      'The envelope recipient(s) (RCPT TO) written by the delivering server: Exim writes Envelope-To, Yahoo X-Apparently-To, others X-Envelope-To or X-Rcpt-To.',
      'Der oder die Umschlag-Empfänger (RCPT TO), vom zustellenden Server eingetragen: Exim schreibt Envelope-To, Yahoo X-Apparently-To, andere X-Envelope-To oder X-Rcpt-To.',
    ),
    knowledge: 'documented',
    explain: (value) => ({ decoded: parseAddressList(value).addresses.map((a) => a.address).join(', ') }),
  },
  {
    id: 'x-envelope-from',
    names: ['x-envelope-from', 'envelope-from', 'x-mail-from', 'x-at-envelope-from'],
    references: [{ title: 'RFC 5321 §4.4 (the envelope it copies; the field itself has no specification)', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.4' }],
    summary: text(
      'The envelope sender (MAIL FROM) as a local delivery agent or filter recorded it; the same information as Return-Path under a name each program picks itself. Inferred from the values, which repeat the envelope sender, and the delivery programs that write them.',
      'Der Umschlag-Absender (MAIL FROM), wie ein lokales Zustellprogramm oder ein Filter ihn notierte; dieselbe Information wie Return-Path unter einem Namen, den jedes Programm selbst wählt. Erschlossen aus den Werten, die den Umschlag-Absender wiederholen, und den Zustellprogrammen, die sie schreiben.',
    ),
    knowledge: 'inferred',
    explain: explainEnvelopeAddress,
  },
  {
    id: 'original-recipient',
    names: ['original-recipient', 'x-original-recipient'],
    references: [rfc(3798, '3.2.3'), rfc(3461, '4.2')],
    summary: text(
      'The recipient address as the sender originally gave it (the ORCPT of a delivery status request), before any forwarding.',
      'Die Empfängeradresse, wie der Absender sie ursprünglich angab (ORCPT einer Zustellstatus-Anforderung), vor jeder Weiterleitung.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'x-failed-recipients',
    names: ['x-failed-recipients'],
    references: [vendor('Exim specification: bounce messages', 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-message_processing.html')],
    summary: text('Exim: the addresses this bounce reports as undeliverable.', 'Exim: die Adressen, die diese Unzustellbarkeitsmeldung als nicht zustellbar meldet.'),
    knowledge: 'documented',
  },
  {
    id: 'delivery-date',
    names: ['delivery-date'],
    references: [rfc(4021, '2.1.2'), vendor('Exim: delivery_date_add', 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-generic_options_for_transports.html')],
    summary: text('When the message was delivered into the mailbox (Exim writes it with delivery_date_add).', 'Wann die Nachricht ins Postfach zugestellt wurde (Exim schreibt es mit delivery_date_add).'),
    knowledge: 'documented',
  },
];
