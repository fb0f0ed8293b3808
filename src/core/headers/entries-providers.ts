// Fields the large mailbox providers add inside their own systems. Most
// are undocumented by their vendors: the entry says who writes them and
// that their content is the vendor's own, and only states what can be seen.

import { part, text, type CatalogueEntry } from './catalogue-entry.ts';

const NO_VENDOR_DOCS = { title: 'RFC 6648 (private X- fields; the vendor publishes no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' };

export const PROVIDER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-received',
    names: ['x-received'],
    references: [NO_VENDOR_DOCS, { title: 'RFC 5321 §4.4 (the Received syntax it copies)', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.4' }],
    summary: text(
      'Google\'s internal trace line: a hop inside Google\'s systems, in Received syntax but under another name so that it is not counted as a relay. Google does not document it. Inferred from the values, which have Received syntax and name Google\'s hosts.',
      'Googles interne Spur: ein Hop innerhalb von Googles Systemen, in Received-Syntax, aber unter anderem Namen, damit er nicht als Relay zählt. Google dokumentiert ihn nicht. Erschlossen aus den Werten, die Received-Syntax haben und Hosts von Google nennen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'google',
    names: ['x-gm-message-state', 'x-google-smtp-source', 'x-gmail-fetch-info', 'x-google-group-id', 'x-original-sender'],
    pattern: /^x-(?:gm|google)-/,
    references: [NO_VENDOR_DOCS],
    summary: text(
      'Gmail and Google Workspace internals: X-Gm-Message-State and X-Google-Smtp-Source are encoded IDs of the sending account and submission; X-Gmail-Fetch-Info marks mail Gmail fetched from another account by POP; X-Original-Sender comes from Google Groups. Google does not document the encodings. Inferred from the names and the values seen.',
      'Interna von Gmail und Google Workspace: X-Gm-Message-State und X-Google-Smtp-Source sind kodierte Kennungen des sendenden Kontos und der Einlieferung; X-Gmail-Fetch-Info kennzeichnet Mail, die Gmail per POP aus einem anderen Konto abholte; X-Original-Sender stammt von Google Groups. Google dokumentiert die Kodierungen nicht. Erschlossen aus den Namen und den gesehenen Werten.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-forwarded',
    names: ['x-forwarded-to', 'x-forwarded-for', 'x-resolved-to', 'x-mailbox-line', 'x-yandex-forward'],
    references: [NO_VENDOR_DOCS],
    summary: text(
      'Added when a mailbox forwarded the message automatically: Gmail writes X-Forwarded-To (the target) and X-Forwarded-For (original recipient and target). Inferred from the values and the providers that write them.',
      'Wird ergänzt, wenn ein Postfach die Nachricht automatisch weiterleitete: Gmail schreibt X-Forwarded-To (das Ziel) und X-Forwarded-For (ursprünglicher Empfänger und Ziel). Erschlossen aus den Werten und den Anbietern, die sie schreiben.',
    ),
    knowledge: 'inferred',
    explain: (value) => ({ parts: value.split(/[\s,]+/).filter((a) => a.includes('@')).slice(0, 20).map((a, i) => part(`address[${i}]`, a, null, 'inferred')) }),
  },
  {
    id: 'yahoo-aol',
    names: ['x-ymailisg', 'x-yahoofilteredbulk', 'x-yahoo-newman-property', 'x-yahoo-newman-id', 'x-yahoo-newman-expires', 'x-ymail-osg', 'x-sonic-mf', 'x-aol-global-disposition', 'x-aol-scoll-eil', 'x-aol-vss-code', 'x-aol-vss-info', 'x-aol-sid'],
    pattern: /^x-(?:yahoo|ymail|aol)-/,
    references: [NO_VENDOR_DOCS],
    summary: text(
      'Yahoo and AOL internals (one company): X-YMailISG and X-Sonic-MF are encoded routing and sender data; X-YahooFilteredBulk names the IP of mail Yahoo classed as bulk. Undocumented. Inferred from the names and the values seen.',
      'Interna von Yahoo und AOL (ein Unternehmen): X-YMailISG und X-Sonic-MF sind kodierte Routing- und Absenderdaten; X-YahooFilteredBulk nennt die IP von Mail, die Yahoo als Massenmail einstufte. Undokumentiert. Erschlossen aus den Namen und den gesehenen Werten.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'united-internet',
    names: ['x-ui-filterresults', 'x-ui-out-filterresults', 'x-gmx-antispam', 'x-ui-senderid', 'x-provags-id'],
    pattern: /^x-ui-/,
    references: [NO_VENDOR_DOCS],
    summary: text('United Internet (GMX, WEB.DE, 1&1): the results of its filters and its sender IDs. Undocumented. Inferred from the names and the values seen.', 'United Internet (GMX, WEB.DE, 1&1): Ergebnisse seiner Filter und Absenderkennungen. Undokumentiert. Erschlossen aus den Namen und den gesehenen Werten.'),
    knowledge: 'inferred',
  },
  {
    id: 'other-providers',
    names: ['x-rzg-class-id', 'x-rzg-triggering-smtp-id', 'x-rzg-auth', 'x-zohomail', 'x-mras', 'x-mailru-intl-transport', 'x-mru-recipient-uid', 'x-mru-trust-ip'],
    pattern: /^x-(?:yandex|mailru|mru|apple|me|zoho|rzg|zone)-/,
    references: [NO_VENDOR_DOCS],
    summary: text(
      'Internal fields of other mailbox providers: Yandex (X-Yandex-*), Mail.ru (X-Mailru-*, X-Mru-*, X-Mras), Apple iCloud (X-Apple-*, X-ME-*), Zoho (X-Zoho*), Strato (X-RZG-*), Zone.ee (X-Zone-*). Undocumented; their content is the provider\'s own. Inferred from the name prefixes, each one provider\'s.',
      'Interne Felder anderer Postfachanbieter: Yandex (X-Yandex-*), Mail.ru (X-Mailru-*, X-Mru-*, X-Mras), Apple iCloud (X-Apple-*, X-ME-*), Zoho (X-Zoho*), Strato (X-RZG-*), Zone.ee (X-Zone-*). Undokumentiert; ihr Inhalt ist Sache des Anbieters. Erschlossen aus den Namenspräfixen, je eines Anbieters.',
    ),
    knowledge: 'inferred',
  },
];
