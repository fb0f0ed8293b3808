// A small DKIM signer (RFC 6376 §5), written for the fixtures so that every
// tag is under the case's control: l=, x=, rsa-sha1 and 512-bit keys that a
// production signer refuses to make. It signs CRLF messages only.

import { createHash, sign as cryptoSign } from 'node:crypto';
import type { KeyPair } from './keys.ts';
import { splitMessage } from './message.ts';

const CRLF = '\r\n';

export type Canon = 'simple' | 'relaxed';
export type DkimAlgorithm = 'rsa-sha256' | 'rsa-sha1' | 'ed25519-sha256';

export interface DkimSignOptions {
  key: KeyPair;
  domain: string;
  selector: string;
  algorithm?: DkimAlgorithm;
  /** header/body canonicalization, RFC 6376 §3.4 */
  canon?: [Canon, Canon];
  /** signed header field names, top of h= first */
  headers?: string[];
  /** signing time t=, ISO 8601 */
  time: string;
  /** expiry x=, ISO 8601 (RFC 6376 §3.5) */
  expires?: string;
  /** set l= to the length of the canonicalized body as it is now (RFC 6376 §3.5, §8.2) */
  bodyLength?: boolean;
  /** the AUID, i= */
  identity?: string;
}

const DEFAULT_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];

/** Signs and returns the message with its DKIM-Signature field on top. */
export function signDkim(message: string, o: DkimSignOptions): string {
  if (/(?<!\r)\n/.test(message)) throw new Error('signDkim needs CRLF line ends');
  const algorithm = o.algorithm ?? (o.key.type === 'ed25519' ? 'ed25519-sha256' : 'rsa-sha256');
  const [headerCanon, bodyCanon] = o.canon ?? ['relaxed', 'relaxed'];
  const hashName = algorithm === 'rsa-sha1' ? 'sha1' : 'sha256';
  const { head, body } = splitMessage(message);

  const canonBody = canonicalizeBody(body ?? '', bodyCanon);
  const bh = createHash(hashName).update(canonBody, 'utf8').digest('base64');
  const names = o.headers ?? DEFAULT_HEADERS;

  const tags: string[] = [
    'v=1',
    `a=${algorithm}`,
    `c=${headerCanon}/${bodyCanon}`,
    `d=${o.domain}`,
    `s=${o.selector}`,
    `t=${unixTime(o.time)}`,
  ];
  if (o.expires) tags.push(`x=${unixTime(o.expires)}`);
  if (o.bodyLength) tags.push(`l=${Buffer.byteLength(canonBody, 'utf8')}`);
  if (o.identity) tags.push(`i=${o.identity}`);
  // Folded as signers commonly do; the folding is part of the signed data under "simple"
  const unsignedField =
    `DKIM-Signature: ${tags.slice(0, 3).join('; ')};${CRLF}\t${tags.slice(3).join('; ')};${CRLF}` +
    `\th=${names.join(':')};${CRLF}\tbh=${bh};${CRLF}\tb=`;

  const fields = parseFields(head);
  const signedData =
    selectFields(fields, names)
      .map((field) => canonicalizeField(field, headerCanon))
      .join('') + canonicalizeField(unsignedField + CRLF, headerCanon).replace(/\r\n$/, '');

  const data = Buffer.from(signedData, 'utf8');
  const signature =
    algorithm === 'ed25519-sha256'
      ? // RFC 8463 §3: Ed25519 signs the SHA-256 hash of the data, not the data itself
        cryptoSign(null, createHash('sha256').update(data).digest(), o.key.privateKey)
      : cryptoSign(hashName, data, o.key.privateKey);
  const b = signature.toString('base64').replace(/.{1,64}/g, (chunk, at: number) => (at ? `${CRLF}\t ${chunk}` : chunk));
  return `${unsignedField}${b}${CRLF}${message}`;
}

export function unixTime(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Header fields with their folding and CRLF, top to bottom. */
export function parseFields(head: string): string[] {
  const fields: string[] = [];
  for (const line of head.split(/(?<=\r\n)/)) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length) fields[fields.length - 1] += line;
    else fields.push(line);
  }
  return fields;
}

function fieldName(field: string): string {
  return field.slice(0, field.indexOf(':')).trim().toLowerCase();
}

/**
 * RFC 6376 §5.4.2: each name in h= takes the last instance not yet used,
 * counting from the bottom; a name with no instance left signs nothing.
 */
function selectFields(fields: string[], names: string[]): string[] {
  const used = new Set<number>();
  const picked: string[] = [];
  for (const name of names) {
    for (let i = fields.length - 1; i >= 0; i--) {
      const field = fields[i];
      if (field !== undefined && !used.has(i) && fieldName(field) === name.toLowerCase()) {
        used.add(i);
        picked.push(field);
        break;
      }
    }
  }
  return picked;
}

/** RFC 6376 §3.4.1 (simple) and §3.4.2 (relaxed) for one field with its CRLF. */
function canonicalizeField(field: string, canon: Canon): string {
  if (canon === 'simple') return field;
  const colon = field.indexOf(':');
  const name = field.slice(0, colon).trim().toLowerCase();
  const value = field
    .slice(colon + 1)
    .replace(/\r\n$/, '')
    .replace(/\r\n(?=[ \t])/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return `${name}:${value}${CRLF}`;
}

/** RFC 6376 §3.4.3 (simple) and §3.4.4 (relaxed). */
export function canonicalizeBody(body: string, canon: Canon): string {
  if (canon === 'simple') return body.replace(/(?:\r\n)*$/, '') + CRLF;
  const text = body
    .split(CRLF)
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(/ $/, ''))
    .join(CRLF)
    .replace(/(?:\r\n)*$/, '');
  return text === '' ? '' : text + CRLF;
}
