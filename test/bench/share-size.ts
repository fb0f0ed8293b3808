// Share link sizes for a 10 KB, 100 KB and 1 MB message: text with an
// Outlook-style HTML part (what a link is for), and the same header with a
// base64 attachment (what the .maillab.json file is for). Prints a table;
// `npx tsx test/bench/share-size.ts` runs it alone, and main.ts can call
// measureShareLinks() and add the rows to bench.json.

import { pathToFileURL } from 'node:url';
import { decodeShareLink, encodeShareLink, isLinkShareable } from '../../src/core/share/share-link.ts';
import { encodeShareFile } from '../../src/core/share/share-file.ts';
import { shareMessage, type ShareState } from '../../src/core/share/share-state.ts';
import { buildMessageWithAttachment, buildRealisticMessage } from '../core/share/realistic-message.ts';

/**
 * Issue 18's goals for a link of a message of text and HTML; a message made
 * mostly of an attachment has none (random bytes do not compress: it goes
 * to a file).
 */
export const LINK_GOALS: Record<string, number> = {
  '100 KB, text + HTML': 25_000,
  '1 MB, text + HTML': 250_000,
};

export interface ShareSizeRow {
  message: string;
  messageBytes: number;
  linkCharacters: number;
  /** The link's length had its data been brotli-compressed where the platform offers it (Node 24; Chromium 156's CompressionStream does not), for comparison; null where it does not. */
  brotliLinkCharacters: number | null;
  /** Link characters per message byte. */
  ratio: number;
  fitsInLink: boolean;
  fileBytes: number;
  encodeMs: number;
  decodeMs: number;
}

/** base64url characters of the brotli-compressed state's JSON, or null where CompressionStream has no brotli. */
async function brotliCharacters(state: ShareState): Promise<number | null> {
  let stream: CompressionStream;
  try {
    stream = new CompressionStream('brotli' as CompressionFormat);
  } catch {
    return null;
  }
  const json = new TextEncoder().encode(JSON.stringify(state));
  const bytes = (await new Response(new Blob([json]).stream().pipeThrough(stream)).arrayBuffer()).byteLength;
  return Math.ceil((bytes * 4) / 3);
}

function stateOf(message: Uint8Array): ShareState {
  return {
    maillab: 1,
    message: shareMessage(message),
    settings: { now: '2026-11-27T12:00:00Z', envelope: {}, hop: null },
    // A typical frozen zone: SPF, DKIM key, DMARC, a PTR, about 1 KB.
    dns: {
      records: {
        'example.net': { TXT: ['v=spf1 include:_spf.example.net ip4:198.51.100.0/24 -all'], MX: [{ priority: 10, exchange: 'mx1.example.net' }] },
        '_spf.example.net': { TXT: ['v=spf1 ip4:203.0.113.0/24 ip6:2001:db8::/32 ~all'] },
        's2026._domainkey.example.net': { TXT: [['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB']] },
        '_dmarc.example.net': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@example.net'] },
        '41.100.51.198.in-addr.arpa': { PTR: ['mail-ej1-f41.google.example'] },
      },
    },
    redaction: null,
    verifiedBeforeRedaction: null,
  };
}

export async function measureShareLinks(): Promise<ShareSizeRow[]> {
  const rows: ShareSizeRow[] = [];
  for (const [size, label] of [[10_000, '10 KB'], [100_000, '100 KB'], [1_000_000, '1 MB']] as const) {
    for (const [kind, message] of [['text + HTML', buildRealisticMessage(size)], ['text + attachment', buildMessageWithAttachment(size)]] as const) {
      const state = stateOf(message);
      const started = performance.now();
      const link = await encodeShareLink(state, 'https://maillab.example/');
      const encodeMs = performance.now() - started;
      const decodeStarted = performance.now();
      const decoded = await decodeShareLink(link);
      const decodeMs = performance.now() - decodeStarted;
      if (!decoded.ok) throw new Error(`the ${label} ${kind} link does not decode: ${decoded.problem.message}`);
      rows.push({
        message: `${label}, ${kind}`,
        messageBytes: message.length,
        linkCharacters: link.length,
        brotliLinkCharacters: await brotliCharacters(state),
        ratio: link.length / message.length,
        fitsInLink: isLinkShareable(link),
        fileBytes: new TextEncoder().encode(encodeShareFile(state)).length,
        encodeMs,
        decodeMs,
      });
    }
  }
  return rows;
}

export function printShareSizes(rows: ShareSizeRow[]): void {
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.message,
        {
          message: `${row.messageBytes} B`,
          link: `${row.linkCharacters} chars`,
          goal: LINK_GOALS[row.message] ? `≤ ${LINK_GOALS[row.message]} chars` : '',
          'brotli, for comparison': row.brotliLinkCharacters === null ? 'not offered' : `${row.brotliLinkCharacters} chars`,
          'link/message': row.ratio.toFixed(2),
          'under 32,000 chars': row.fitsInLink ? 'yes' : 'no: long-link note',
          '.maillab.json': `${row.fileBytes} B`,
          encode: `${row.encodeMs.toFixed(0)} ms`,
          decode: `${row.decodeMs.toFixed(0)} ms`,
        },
      ]),
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printShareSizes(await measureShareLinks());
}
