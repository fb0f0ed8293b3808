// A TXT record as a person pastes it into the workbench: the bare value
// ("v=spf1 mx -all"), its quoted strings ("v=DKIM1; k=rsa; " "p=…"), or a
// whole zone-file line with name, class, parentheses and a comment, as
// opendkim-genkey and `dig` write them (RFC 1035 §5.1). Quoted strings are
// read by the DNS layer's own presentation reader, so `\;` and `\DDD` mean
// what they mean in a zone file.

import { parseQuotedStrings } from '../../dns/txt-presentation.ts';

export interface TxtInput {
  /** The owner name written before TXT, without the root dot; null when none was written. */
  name: string | null;
  /** The character-strings as written; a bare value is one string. */
  strings: string[];
  /** The value a receiver reads: the strings joined with nothing (RFC 7208 §3.3, RFC 6376 §3.6.2.2). */
  value: string;
  /** The input was in quoted (zone-file) form. */
  quoted: boolean;
}

// A pasted record is a few kilobytes at most (a TXT rdata holds 65,535
// octets, RFC 1035 §3.2.1); more is no record, and reading it would only
// keep the page busy.
export const MAX_TXT_INPUT = 70_000;

const ZONE_LINE = /^(\S+)\s+(?:\d+\s+)?(?:IN\s+)?(?:\d+\s+)?TXT\s+([\s\S]*)$/i;

/** The zone-file text with comments dropped and parentheses and line ends turned into spaces (RFC 1035 §5.1). */
function unfold(text: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === '"') quoted = false;
    } else if (c === '"') ((quoted = true), (out += c));
    else if (c === ';') while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    else out += c === '(' || c === ')' || c === '\n' || c === '\r' || c === '\t' ? ' ' : c;
  }
  return out.trim();
}

export function readTxtInput(text: string): TxtInput {
  const trimmed = text.slice(0, MAX_TXT_INPUT).trim();
  const zone = ZONE_LINE.exec(trimmed);
  const rest = zone ? zone[2]! : trimmed;
  if (zone || rest.startsWith('"') || rest.startsWith('(')) {
    const strings = parseQuotedStrings(unfold(rest));
    if (strings !== null && strings.length > 0) {
      return { name: zone ? zone[1]!.replace(/\.$/, '').toLowerCase() : null, strings, value: strings.join(''), quoted: true };
    }
  }
  return { name: null, strings: [trimmed], value: trimmed, quoted: false };
}

const encoder = new TextEncoder();

/** Octets of a string as published. */
export function octetLength(text: string): number {
  return encoder.encode(text).length;
}
