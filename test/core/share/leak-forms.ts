// Secrets planted in the disguised forms of issue 10 (item 6), and a
// search for them in every decoding of what a share carries. Shared by the
// Node tests of the redaction; the browser test plants the same forms.

import { decodeEncodedWords } from '../../../src/core/message/rfc2047-encoded-words.ts';
import { decodedBody, listEntities, readEmbeddedMessage, readMimeEntity, type MimeEntity } from '../../../src/core/message/mime-entity.ts';
import { countLineEnds, toCrlf } from '../../../src/core/message/line-ends.ts';
import { messageBytes, type ShareState } from '../../../src/core/share/share-state.ts';

export interface Secrets {
  /** A local part, of any Unicode after its first letter. */
  local: string;
  /** A display name. */
  name: string;
  /** Two dotless host names, as a laptop and a relay call themselves. */
  laptop: string;
  relay: string;
}

/** The byte view (one character per byte) of a text's UTF-8. */
export const utf8View = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** RFC 3986 §2.1 percent-encoding of the UTF-8 bytes, unreserved characters kept. */
export function percent(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const base64Word = (text: string) => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const quotedWord = (text: string) => `=?UTF-8?Q?${[...Buffer.from(text, 'utf8')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`;

/** Each leak form of issue 10 as a header field or body line holding the secrets. */
export function leakForms(s: Secrets): Record<string, { header?: string; body?: string }> {
  const address = `${s.local}@example.com`;
  return {
    'List-Unsubscribe mailto, %40': { header: `List-Unsubscribe: <mailto:leave@lists.example.org?subject=unsubscribe%20${percent(address)}>` },
    'List-Unsubscribe https, %2540': { header: `List-Help: <https://lists.example.org/u?e=${percent(percent(address))}&l=1>` },
    'mailto: in the body': { body: `Write to <mailto:${percent(address)}?subject=hi> today.` },
    'encoded word B, address and name': { header: `Subject: ${base64Word(`Re: ${address}`)} ${quotedWord(` ${s.name}`)}` },
    'encoded word in a comment': { header: `X-Sender-Info: (${base64Word(`${s.name} <${address}>`)})` },
    'RFC 2231 filename*=': { header: `Content-Disposition: inline; filename*=utf-8''${percent(`${address}.txt`)}` },
    'dotless Received names': { header: `Received: from ${s.laptop} (${s.laptop} [192.0.2.44]) by ${s.relay} with ESMTPSA id 77; Fri, 27 Nov 2026 10:00:00 +0000` },
  };
}

/** A message with every form, the sender written with an encoded display name. */
export function leakMessage(s: Secrets): string {
  const forms = Object.values(leakForms(s));
  return [
    `Received: from ${s.relay} (${s.relay} [10.0.0.5]) by mx.example.net with ESMTP id 78; Fri, 27 Nov 2026 10:00:01 +0000`,
    ...forms.flatMap((form) => (form.header ? [form.header] : [])),
    `From: ${base64Word(s.name)} <${s.local}@example.com>`,
    'To: bob@example.net',
    'Date: Fri, 27 Nov 2026 09:59:00 +0000',
    'Message-ID: <m1@example.com>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...forms.flatMap((form) => (form.body ? [form.body] : [])),
    '',
  ].join('\r\n');
}

/**
 * SPF macros that put the MAIL FROM local part into names the analysis
 * asks (RFC 7208 §7.3), with answers for `local` so the snapshot holds them.
 */
export function macroZone(local?: string) {
  const records: Record<string, object> = {
    'example.com': { TXT: ['v=spf1 include:%{l1r-}.inc.example.com exists:%{l}._spf.example.com -all'] },
  };
  if (local !== undefined) {
    records[`${local}.inc.example.com`] = { TXT: ['v=spf1 -all'] };
    records[`${local}._spf.example.com`] = { A: ['127.0.0.2'] };
  }
  return { records };
}

function percentDecode(view: string): string {
  return view.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every leaf part's body decoded (base64, quoted-printable), embedded messages opened. */
export function mimeTexts(bytes: Uint8Array): string[] {
  const texts: string[] = [];
  const visit = (root: MimeEntity) => {
    for (const entity of listEntities(root)) {
      if (entity.parts.length > 0) continue;
      if (entity.contentType.type === 'message') {
        const inner = readEmbeddedMessage(entity);
        if (inner) visit(inner);
      } else texts.push(Buffer.from(decodedBody(entity)).toString('latin1'));
    }
  };
  visit(readMimeEntity(toCrlf(bytes, countLineEnds(bytes))));
  return texts;
}

/**
 * Every reading of a text a person or a program could make: as it is, its
 * MIME parts decoded, percent-escapes undone up to four times, encoded
 * words decoded, in any order; all as byte views of UTF-8.
 */
export function everyDecoding(views: string[]): string[] {
  const seen = new Set<string>();
  let layer = views;
  for (let round = 0; round < 5 && layer.length > 0; round++) {
    const next: string[] = [];
    for (const view of layer) {
      if (seen.has(view)) continue;
      seen.add(view);
      next.push(percentDecode(view), utf8View(decodeEncodedWords(Buffer.from(view, 'latin1').toString('utf8')).text));
    }
    layer = next;
  }
  return [...seen];
}

/** What the recipient of a state gets, in every decoding. */
export function stateDecodings(state: ShareState): string[] {
  const bytes = messageBytes(state.message);
  const message = Buffer.from(bytes).toString('latin1');
  return everyDecoding([message, ...mimeTexts(bytes), utf8View(JSON.stringify({ ...state, message: null }))]);
}

/** The secrets that stand in any of the texts (case-insensitively, as mail compares them). */
export function leakedSecrets(secrets: string[], decodings: string[]): string[] {
  const haystack = decodings.join('\n').toLowerCase();
  return secrets.filter((secret) => haystack.includes(utf8View(secret).toLowerCase()));
}
