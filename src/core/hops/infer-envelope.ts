// The SMTP envelope SPF needs (client IP, HELO name, MAIL FROM), taken from
// what the caller gave, or else read from the message: the client of the
// newest Received field that came from outside this host, and Return-Path
// (RFC 5321 §4.4: the final delivery MTA writes the reverse-path there).
//
// Unlike mailauth's `trustReceived`, the HELO name stays the name the
// client gave, and hops from loopback (content filters re-injecting mail)
// are passed over instead of yielding 127.0.0.1.

import type { Envelope, EnvelopeProvenance } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import { formatIp, isInternal, isLoopback, parseIp } from '../net/ip-address.ts';

export interface EnvelopeInput {
  ip?: string | undefined;
  helo?: string | undefined;
  mailFrom?: string | undefined;
}

interface ReceivedClient {
  ip: string;
  helo: string | null;
  note: string;
  /** A private or shared address (RFC 6890): a hop inside the receiving network. */
  internal: boolean;
}

// `from NAME` at the start of the field; bounded so a hostile field cannot make it backtrack.
const FROM_CLAUSE = /^\s*from\s+([^\s()]{1,255})/i;
// The first address literal in the from clause's comment: [192.0.2.1] or [IPv6:2001:db8::1].
const ADDRESS_LITERAL = /\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]/;
// Exim writes the HELO name as helo=NAME inside the comment, "(helo=NAME)"
// or "([192.0.2.1] helo=NAME)", when it differs from the reverse name.
const EXIM_HELO = /[\s(]helo=([^\s()]{1,255})/i;

function readReceivedClient(field: RawField, position: number): ReceivedClient | null {
  const text = field.value;
  const from = FROM_CLAUSE.exec(text);
  if (!from) return null;
  const byIndex = text.search(/\sby\s/i);
  const fromPart = byIndex > 0 ? text.slice(0, byIndex) : text;
  const literal = ADDRESS_LITERAL.exec(fromPart);
  if (!literal) return null;
  const ip = parseIp(literal[1]!);
  if (!ip || isLoopback(ip)) return null;
  const helo = EXIM_HELO.exec(fromPart)?.[1] ?? from[1]!;
  return {
    ip: formatIp(ip),
    helo,
    note: `Received field ${position + 1} from the top (line ${field.line}): client ${helo} [${formatIp(ip)}]`,
    internal: isInternal(ip),
  };
}

function readReturnPath(fields: RawField[]): { mailFrom: string; note: string } | null {
  const field = fields.find((f) => f.name.toLowerCase() === 'return-path');
  if (!field) return null;
  const value = field.value.trim();
  const angle = /<([^<>]*)>/.exec(value);
  const mailFrom = (angle ? angle[1]! : value).trim();
  return { mailFrom, note: `Return-Path (line ${field.line})${mailFrom === '' ? ': the null reverse-path <>' : ''}` };
}

export function inferEnvelope(fields: RawField[], given: EnvelopeInput = {}): Envelope {
  const received = fields.filter((f) => f.name.toLowerCase() === 'received');
  // The newest client on a public address; hops between private addresses
  // are inside the receiving network. Only a path that never left it falls
  // back to its newest private client.
  const clients = received.map(readReceivedClient).filter((client): client is ReceivedClient => client !== null);
  const client = clients.find((c) => !c.internal) ?? clients[0] ?? null;
  const returnPath = readReturnPath(fields);

  const givenNote: EnvelopeProvenance = { from: 'given', note: 'given by the user' };
  const none = (note: string): EnvelopeProvenance => ({ from: 'none', note });

  const ip = given.ip ?? client?.ip ?? null;
  const helo = given.helo ?? (given.ip === undefined ? client?.helo : undefined) ?? null;
  const mailFrom = given.mailFrom ?? returnPath?.mailFrom ?? null;
  const provenance = {
    ip: given.ip !== undefined ? givenNote : client ? { from: 'received' as const, note: client.note } : none('no Received field names an external client address'),
    helo:
      given.helo !== undefined
        ? givenNote
        : helo !== null && client
          ? { from: 'received' as const, note: client.note }
          : none(given.ip !== undefined ? 'not given with the client address' : 'no Received field names a HELO name'),
    mailFrom: given.mailFrom !== undefined ? givenNote : returnPath ? { from: 'return-path' as const, note: returnPath.note } : none('no Return-Path field'),
  };
  const sources = Object.values(provenance).map((p) => p.from);
  const givenCount = sources.filter((s) => s === 'given').length;
  const inferredCount = sources.filter((s) => s === 'received' || s === 'return-path').length;
  const source = givenCount > 0 && inferredCount > 0 ? 'mixed' : givenCount > 0 ? 'given' : inferredCount > 0 ? 'inferred' : 'missing';
  return { ip, helo, mailFrom, source, provenance };
}
