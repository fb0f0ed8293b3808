// Structure-aware mutations of the MIME tree (RFC 2046 §5.1): delimiter
// lines broken, dropped or repeated, the closing delimiter lost, the
// boundary reused by a nested part, multiparts and message/rfc822 parts
// nested deep, thousands of empty parts, odd transfer encodings and charsets.

import type { Random } from './random.ts';
import { fieldName, type MessageText } from './message-text.ts';

const BOUNDARY_PARAMETER = /boundary\s*=\s*"?([^";\r\n]{1,200})"?/gi;

function boundaries(message: MessageText): string[] {
  const text = [...message.fields, message.body ?? ''].join('\n');
  return [...text.matchAll(BOUNDARY_PARAMETER)].map((m) => m[1]!.trim()).filter(Boolean);
}

/** Sets (or adds) a top-level field. */
function setField(message: MessageText, name: string, value: string): void {
  const at = message.fields.findIndex((field) => fieldName(field) === name.toLowerCase());
  if (at >= 0) message.fields[at] = `${name}: ${value}`;
  else message.fields.push(`${name}: ${value}`);
}

function wrap(message: MessageText, boundary: string, contentType: string, inner: string): string {
  const e = message.eol;
  return `--${boundary}${e}Content-Type: ${contentType}${e}${e}${inner}${e}--${boundary}--${e}`;
}

type MimeMutation = (message: MessageText, random: Random) => void;

const CHARSETS = ['iso-2022-jp', 'iso-2022-kr', 'utf-16', 'utf-7', 'x-unknown', '', 'utf-8*de', 'unknown-8bit', 'gb18030', 'shift_jis', '"'];
const ENCODINGS = ['base64', 'quoted-printable', 'x-uuencode', '8bit', 'binary', 'BASE64 ', '7bit; x=1', ''];

const MUTATIONS: Record<string, MimeMutation> = {
  'break-delimiter': (m, random) => {
    const boundary = boundaries(m)[0];
    if (m.body === null || !boundary) return;
    const delimiter = `--${boundary}`;
    const positions: number[] = [];
    for (let at = m.body.indexOf(delimiter); at >= 0 && positions.length < 1000; at = m.body.indexOf(delimiter, at + 1)) positions.push(at);
    if (positions.length === 0) return;
    const at = random.pick(positions);
    const edits = [
      () => m.body!.slice(0, at) + m.body!.slice(at + delimiter.length),
      () => m.body!.slice(0, at) + delimiter.slice(0, -1) + m.body!.slice(at + delimiter.length),
      () => m.body!.slice(0, at) + delimiter + '--' + m.body!.slice(at + delimiter.length),
      () => m.body!.slice(0, at) + delimiter + ' \t garbage' + m.body!.slice(at + delimiter.length),
      () => m.body!.slice(0, at),
    ];
    m.body = random.pick(edits)();
  },
  'reuse-boundary': (m, random) => {
    const boundary = boundaries(m)[0];
    if (m.body === null || !boundary) return;
    const inner = `--${boundary}${m.eol}Content-Type: multipart/mixed; boundary="${boundary}"${m.eol}${m.eol}--${boundary}${m.eol}${m.eol}x${m.eol}`;
    const at = random.below(m.body.length + 1);
    m.body = m.body.slice(0, at) + inner + m.body.slice(at);
  },
  'nest-deep': (m, random) => {
    const depth = random.chance(0.8) ? random.between(2, 12) : random.between(50, 1000);
    let inner = `Content-Type: text/plain${m.eol}${m.eol}${(m.body ?? '').slice(0, 2000)}`;
    for (let level = depth; level > 0; level--) inner = `Content-Type: multipart/mixed; boundary="b${level}"${m.eol}${m.eol}--b${level}${m.eol}${inner}${m.eol}--b${level}--`;
    setField(m, 'Content-Type', 'multipart/mixed; boundary="b0"');
    m.body = `--b0${m.eol}${inner}${m.eol}--b0--${m.eol}`;
  },
  'nest-messages': (m, random) => {
    const depth = random.chance(0.8) ? random.between(1, 5) : random.between(20, 200);
    let inner = [...m.fields, '', m.body ?? ''].join(m.eol).slice(0, 20_000);
    for (let level = depth; level > 0; level--) {
      inner = `Content-Type: multipart/report; report-type=delivery-status; boundary="r${level}"${m.eol}${m.eol}${wrap(m, `r${level}`, 'message/rfc822', inner)}`;
    }
    setField(m, 'Content-Type', 'multipart/report; report-type=delivery-status; boundary="r0"');
    m.body = wrap(m, 'r0', 'message/rfc822', inner);
  },
  'many-parts': (m, random) => {
    const boundary = boundaries(m)[0] ?? 'many';
    if (!boundaries(m)[0]) setField(m, 'Content-Type', `multipart/mixed; boundary="${boundary}"`);
    const part = `--${boundary}${m.eol}${m.eol}`;
    m.body = part.repeat(random.between(100, 20_000)) + (m.body ?? '');
  },
  'odd-encoding': (m, random) => {
    const text = m.body ?? '';
    const at = text.search(/Content-Transfer-Encoding:[^\r\n]*/i);
    const value = random.pick(ENCODINGS);
    if (at >= 0 && random.chance(0.7)) m.body = text.replace(/Content-Transfer-Encoding:[^\r\n]*/i, `Content-Transfer-Encoding: ${value}`);
    else setField(m, 'Content-Transfer-Encoding', value);
  },
  'odd-charset': (m, random) => {
    const charset = random.pick(CHARSETS);
    const replaced = (m.body ?? '').replace(/charset="?[^";\r\n]*"?/i, `charset="${charset}"`);
    if (replaced !== m.body && random.chance(0.7)) m.body = replaced;
    else setField(m, 'Content-Type', `text/plain; charset="${charset}"`);
  },
};

export const MIME_MUTATIONS = Object.keys(MUTATIONS);

export function mutateMime(message: MessageText, random: Random): string {
  const name = random.pick(MIME_MUTATIONS);
  MUTATIONS[name]!(message, random);
  return name;
}
