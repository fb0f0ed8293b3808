// SPF macro expansion (RFC 7208 §7), used to name the domains an SPF
// record points at when we trace which term decided the result.

import { reverseName, type IpAddress } from '../net/ip-address.ts';

export interface MacroValues {
  sender: string;
  domain: string;
  ip: IpAddress;
  helo: string;
  /** The client's validated domain name (§7.3 "p"), where it was looked up. */
  validatedName?: string;
}

const DELIMITERS = new Set(['.', '-', '+', ',', '/', '_', '=']);

function letterValue(letter: string, values: MacroValues): string | null {
  const at = values.sender.lastIndexOf('@');
  switch (letter) {
    case 's':
      return values.sender;
    case 'l':
      return at > 0 ? values.sender.slice(0, at) : 'postmaster';
    case 'o':
      return values.sender.slice(at + 1);
    case 'd':
      return values.domain;
    case 'i':
      // §7.3: IPv6 as dot-separated nibbles, the reverse name without its suffix.
      return values.ip.version === 4
        ? Array.from(values.ip.bytes).join('.')
        : reverseName(values.ip).replace(/\.ip6\.arpa$/, '').split('.').reverse().join('.');
    case 'p':
      // §7.3: "unknown" where the validated name is not known; the tracer does not validate.
      return values.validatedName ?? 'unknown';
    case 'v':
      return values.ip.version === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return values.helo;
    default:
      return null;
  }
}

/** Expands a domain-spec; returns null for a syntax error (a permerror in RFC 7208 §7.1). */
export function expandMacros(text: string, values: MacroValues): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '%') out += '%';
    else if (next === '_') out += ' ';
    else if (next === '-') out += '%20';
    else if (next === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return null;
      const expanded = expandOne(text.slice(i + 2, close), values);
      if (expanded === null) return null;
      out += expanded;
      i = close;
      continue;
    } else return null;
    i++;
  }
  return out;
}

function expandOne(body: string, values: MacroValues): string | null {
  const match = /^([a-zA-Z])(\d*)(r?)(.*)$/i.exec(body);
  if (!match) return null;
  const [, letter, digits, reverse, delimiters] = match as unknown as [string, string, string, string, string];
  if ([...delimiters].some((d) => !DELIMITERS.has(d))) return null;
  const value = letterValue(letter.toLowerCase(), values);
  if (value === null) return null;
  const splitOn = delimiters === '' ? ['.'] : [...delimiters];
  let parts = [value];
  for (const d of splitOn) parts = parts.flatMap((p) => p.split(d));
  if (reverse.toLowerCase() === 'r') parts.reverse();
  if (digits !== '') {
    const keep = Number(digits);
    if (keep === 0) return null;
    parts = parts.slice(-keep);
  }
  const joined = parts.join('.');
  return letter === letter.toUpperCase() ? encodeURIComponent(joined) : joined;
}
