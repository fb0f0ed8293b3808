// Structure-aware mutations of the header: fields duplicated, dropped,
// moved, renamed, folded in odd places, filled with odd white space, made
// very long; Received, Authentication-Results, ARC-Authentication-Results
// and Received-SPF values mutated token by token with the words their
// parsers look for; fields known to have broken a parser added as they were.

import type { Random } from './random.ts';
import { asBytesText, fieldName, fieldValue, type MessageText } from './message-text.ts';

// Every parser of a field reads it by name: renaming a field sends its value to another parser.
const NAMES = [
  'From', 'To', 'Cc', 'Reply-To', 'Sender', 'Return-Path', 'Subject', 'Date', 'Message-ID', 'References', 'Received',
  'Authentication-Results', 'ARC-Authentication-Results', 'ARC-Seal', 'ARC-Message-Signature', 'Received-SPF', 'DKIM-Signature',
  'Content-Type', 'Content-Transfer-Encoding', 'Content-Disposition', 'MIME-Version', 'List-Unsubscribe', 'List-Id', 'List-Post',
  'X-Spam-Status', 'X-Spam-Report', 'X-Microsoft-Antispam', 'X-Forefront-Antispam-Report', 'X-MS-Exchange-Organization-SCL',
  'X-Rspamd-Action', 'X-Spamd-Result', 'Delivered-To', 'X-Original-To', 'Auto-Submitted', 'X-Failed-Recipients', 'Feedback-ID',
  'X-Mailer', 'Precedence', 'X-Greylist', 'X-Spam-Flag', 'X-Originating-IP', 'Thread-Index', 'X-Google-DKIM-Signature',
];

// White space that RFC 5322 does not fold on, and controls; as UTF-8 where they are not one byte.
const ODD_SPACE = ['\v', '\f', '\0', '\x1b', '\x85', '\xa0', ...['\u00a0', '\u2028', '\u2029', '\u3000', '\u200b', '\ufeff', '\u180e', '\u1680'].map(asBytesText)];

const RECEIVED_WORDS = [
  'from', 'by', 'with', 'id', 'for', 'via', 'tls', 'ESMTPS', 'ESMTPSA', 'LMTP', 'SMTP', 'HTTP', 'POP3', '(', ')', '[', ']', '<', '>', ';', ',', '"',
  'helo=', 'HELO', 'EHLO', 'mail.example.net', 'unknown', 'localhost', '[192.0.2.1]', '[IPv6:2001:db8::1]', '192.0.2.1:25', '[::ffff:10.0.0.1]',
  '(envelope-from <a@example.com>)', '<a@example.com>', 'Fri, 27 Nov 2026 11:50:02 +0000', '27 Nov 2026', '+0000', '(PDT)', '2026-11-27T11:50:02Z',
  '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))', '(Postfix)', '(Exim 4.96)', '(may be forged)', '(qmail 1 invoked by uid 89)',
  '(Authenticated sender: a@example.com)', 'Microsoft SMTP Server (version=TLS1_2, cipher=X)', 'amavisd-new', 'port 10024', '(ORCPT <rfc822;a@b>)',
];

const AUTH_WORDS = [
  'spf=pass', 'spf=fail', 'dkim=pass', 'dkim=fail', 'dmarc=pass', 'dmarc=bestguesspass', 'arc=pass', 'compauth=pass', 'iprev=pass', 'reason=109',
  'reason="a;b"', 'header.d=example.com', 'header.from=example.com', 'header.i=@example.com', 'header.s=s1', 'header.b=AbCd', 'smtp.mailfrom=a@example.com',
  'smtp.helo=mail.example.net', 'policy.dmarc=reject', 'action=none', '(comment)', '(nested (comment))', '(', ')', ';', 'i=1', 'i=2', 'none', '=', '"', '\\',
  'mx.example.net', '1', 'receiver=mx.example.net', 'client-ip=192.0.2.1', 'identity=mailfrom', 'envelope-from=<a@example.com>', '<UNKNOWN>', 'Pass', 'SoftFail',
  'hardfail', 'cv=pass', 'x=', '""', '"unclosed',
];

/** Values that once broke a parser, or are built to: kept as they were found. */
const HOSTILE_FIELDS: ((random: Random) => string)[] = [
  () => 'Authentication-Results:\v=',
  () => `Authentication-Results: mx.example.net; spf=pass${asBytesText('\u00a0')}smtp.mailfrom=a@example.com`,
  () => 'Received-SPF: pass\f=x',
  () => 'ARC-Authentication-Results: i=1; mx.example.net; dkim=pass\x85header.d=example.com',
  (random) => `Received: from ${'<'.repeat(random.between(100, 20_000))}`,
  (random) => `Received: from a (${'('.repeat(random.between(100, 20_000))}`,
  (random) => `From: ${'"'.repeat(random.between(1, 5_000))}a@example.com`,
  (random) => `From: ${'a@example.com, '.repeat(random.between(100, 5_000))}`,
  (random) => `To: ${'(x '.repeat(random.between(100, 5_000))}`,
  (random) => `Subject: ${'=?utf-8?B?w6Q=?= '.repeat(random.between(10, 5_000))}`,
  (random) => `Content-Type: multipart/mixed; ${'a*0=b; '.repeat(random.between(10, 2_000))}boundary=x`,
  (random) => `Date: ${'Fri, 27 Nov 2026 '.repeat(random.between(1, 2_000))}`,
  (random) => `Received: ${'from a by b with c id d for e; '.repeat(random.between(1, 2_000))}`,
  (random) => `List-Unsubscribe: ${'<mailto:a@example.com>, '.repeat(random.between(1, 2_000))}`,
  (random) => `Authentication-Results: mx.example.net; ${'spf=pass; '.repeat(random.between(1, 5_000))}`,
];

function tokens(value: string): string[] {
  return value.split(/([ \t]+|\r?\n[ \t]|[;()=<>[\]",])/).filter((piece) => piece !== '');
}

function mutateTokens(value: string, random: Random, vocabulary: readonly string[]): string {
  const list = tokens(value);
  for (let round = random.between(1, 4); round > 0; round--) {
    const at = random.below(list.length + 1);
    const word = random.chance(0.15) ? random.pick(ODD_SPACE) : random.pick(vocabulary);
    const op = random.below(5);
    if (op === 0 || list.length === 0) list.splice(at, 0, word);
    else if (op === 1) list[Math.min(at, list.length - 1)] = word;
    else if (op === 2) list.splice(Math.min(at, list.length - 1), 1);
    else if (op === 3) list.splice(at, 0, list[random.below(list.length)]!);
    else list.splice(at, 0, ' ');
  }
  return list.join('');
}

function fieldIndex(message: MessageText, random: Random, names: readonly string[], template: string): number {
  const found = message.fields.map((field, i) => (names.includes(fieldName(field)) ? i : -1)).filter((i) => i >= 0);
  if (found.length > 0) return random.pick(found);
  message.fields.splice(0, 0, template);
  return 0;
}

function withValue(field: string, value: string): string {
  const colon = field.indexOf(':');
  return colon < 0 ? `${field}:${value}` : field.slice(0, colon + 1) + value;
}

type HeaderMutation = (message: MessageText, random: Random) => void;

const MUTATIONS: Record<string, HeaderMutation> = {
  'duplicate-field': (m, random) => {
    if (m.fields.length === 0) return;
    const field = random.pick(m.fields);
    for (let n = random.chance(0.9) ? 1 : random.between(2, 300); n > 0; n--) m.fields.splice(random.below(m.fields.length + 1), 0, field);
  },
  'drop-field': (m, random) => void (m.fields.length > 0 && m.fields.splice(random.below(m.fields.length), 1)),
  'move-field': (m, random) => {
    if (m.fields.length < 2) return;
    const [field] = m.fields.splice(random.below(m.fields.length), 1);
    m.fields.splice(random.below(m.fields.length + 1), 0, field!);
  },
  'rename-field': (m, random) => {
    if (m.fields.length === 0) return;
    const at = random.below(m.fields.length);
    m.fields[at] = `${random.pick(NAMES)}:${fieldValue(m.fields[at]!)}`;
  },
  // A fold (RFC 5322 §2.2.3) anywhere, also where no white space was, and with white space that is not SP or HT.
  'fold-field': (m, random) => {
    if (m.fields.length === 0) return;
    const at = random.below(m.fields.length);
    const field = m.fields[at]!;
    const cut = random.below(field.length + 1);
    const space = random.chance(0.7) ? random.pick([' ', '\t']) : random.pick(ODD_SPACE);
    m.fields[at] = field.slice(0, cut) + m.eol + space + field.slice(cut);
  },
  'odd-space': (m, random) => {
    if (m.fields.length === 0) return;
    const at = random.below(m.fields.length);
    m.fields[at] = m.fields[at]!.replace(/[ \t]/g, (space) => (random.chance(0.3) ? random.pick(ODD_SPACE) : space));
  },
  'long-field': (m, random) => {
    if (m.fields.length === 0) return;
    const at = random.below(m.fields.length);
    const value = fieldValue(m.fields[at]!);
    m.fields[at] = withValue(m.fields[at]!, value.repeat(random.between(2, Math.max(2, Math.floor(200_000 / (value.length + 1))))));
  },
  'received-tokens': (m, random) => {
    const at = fieldIndex(m, random, ['received'], 'Received: from mail.example.net (mail.example.net [192.0.2.1]) by mx.example.com with ESMTPS id 1; Fri, 27 Nov 2026 11:50:02 +0000');
    m.fields[at] = withValue(m.fields[at]!, mutateTokens(fieldValue(m.fields[at]!), random, RECEIVED_WORDS));
  },
  'auth-results-tokens': (m, random) => {
    const names = ['authentication-results', 'arc-authentication-results', 'received-spf'];
    const at = fieldIndex(m, random, names, 'Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=a@example.com; dkim=pass header.d=example.com');
    m.fields[at] = withValue(m.fields[at]!, mutateTokens(fieldValue(m.fields[at]!), random, AUTH_WORDS));
  },
  'hostile-field': (m, random) => m.fields.splice(random.below(m.fields.length + 1), 0, random.pick(HOSTILE_FIELDS)(random)),
};

export const HEADER_MUTATIONS = Object.keys(MUTATIONS);

export function mutateHeader(message: MessageText, random: Random): string {
  const name = random.pick(HEADER_MUTATIONS);
  MUTATIONS[name]!(message, random);
  return name;
}
