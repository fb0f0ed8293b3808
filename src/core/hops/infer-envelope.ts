// The SMTP envelope SPF needs (client IP, HELO name, MAIL FROM), taken from
// what the caller gave, or else read from the message: the client of the
// hop where the receiving organisation took the message from outside (the
// trust boundary, received-chain.ts), or of the hop the user picked. The
// MAIL FROM is the one that hop recorded ("envelope-from"), else
// Return-Path (RFC 5321 §4.4: the final delivery MTA writes the
// reverse-path there).
//
// Unlike mailauth's `trustReceived`, the HELO name stays the name the
// client gave, content filters, LMTP and retrieval hops are passed over
// instead of yielding 127.0.0.1, and addresses written without brackets
// (qmail, fetchmail, Exchange) are read.

import type { Envelope, EnvelopeProvenance, LocalizedText } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import { readReceivedChain, type EnvelopeClient, type ReceivedChain } from './received-chain.ts';

/** What the chain decided about the SMTP client: the hop's client, or why SPF has none to judge. */
export type ChainClient = Pick<ReceivedChain, 'client' | 'spfNotApplicable'>;

export interface EnvelopeInput {
  ip?: string | undefined;
  helo?: string | undefined;
  mailFrom?: string | undefined;
}

function readReturnPath(fields: readonly RawField[]): { mailFrom: string; note: LocalizedText } | null {
  const field = fields.find((f) => f.name.toLowerCase() === 'return-path');
  if (!field) return null;
  const value = field.value.trim();
  const angle = /<([^<>]{0,512})>/.exec(value);
  const mailFrom = (angle ? angle[1]! : value).trim();
  const isNull = mailFrom === '';
  return {
    mailFrom,
    note: {
      en: `Return-Path (line ${field.line})${isNull ? ': the null reverse-path <>' : ''}`,
      de: `Return-Path (Zeile ${field.line})${isNull ? ': der leere Rückweg <>' : ''}`,
    },
  };
}

// The choice of hop does not depend on the clock; only the Date check does, which is not used here.
const ANY_CLOCK = new Date(0);

const GIVEN: EnvelopeProvenance = { from: 'given', note: { en: 'given by the user', de: 'vom Benutzer angegeben' } };

function hopNoteOf(client: EnvelopeClient): LocalizedText {
  const who = `${client.helo ?? '(no HELO)'} [${client.ip ?? '—'}]`;
  return client.chosenBy === 'user'
    ? { en: `hop ${client.hop} (line ${client.line}), picked by the user: client ${who}`, de: `Station ${client.hop} (Zeile ${client.line}), vom Benutzer gewählt: Client ${who}` }
    : {
        en: `hop ${client.hop} (line ${client.line}), where the message entered the receiving organisation: client ${who}`,
        de: `Station ${client.hop} (Zeile ${client.line}), an der die Nachricht die empfangende Organisation erreichte: Client ${who}`,
      };
}

function appended(note: LocalizedText, en: string, de: string): LocalizedText {
  return { en: `${note.en}: ${en}`, de: `${note.de}: ${de}` };
}

/** `chain` is the chain's choice; computed from the fields when not given. */
export function inferEnvelope(fields: readonly RawField[], given: EnvelopeInput = {}, chain: ChainClient = readReceivedChain(fields, { now: ANY_CLOCK })): Envelope {
  const { client, spfNotApplicable } = chain;
  const returnPath = readReturnPath(fields);
  const none = (en: string, de: string): EnvelopeProvenance => ({ from: 'none', note: { en, de } });
  const hopNote = client ? hopNoteOf(client) : null;
  // A submission or a purely local path has no MTA-to-MTA client: say why instead of "none found".
  const notApplicable: EnvelopeProvenance | null = spfNotApplicable ? { from: 'none', note: spfNotApplicable } : null;

  const ip = given.ip ?? client?.ip ?? null;
  // A HELO from a hop belongs with that hop's address: not mixed with a given one.
  const helo = given.helo ?? (given.ip === undefined ? client?.helo : undefined) ?? null;
  const hopMailFrom = given.ip === undefined ? (client?.envelopeFrom ?? null) : null;
  const mailFrom = given.mailFrom ?? hopMailFrom ?? returnPath?.mailFrom ?? null;
  const provenance = {
    ip:
      given.ip !== undefined
        ? GIVEN
        : client?.ip && hopNote
          ? { from: 'received' as const, note: hopNote }
          : hopNote
            ? { from: 'none' as const, note: appended(hopNote, 'no client address recorded', 'keine Client-Adresse vermerkt') }
            : (notApplicable ?? none('no Received field names an external client address', 'kein Received-Feld nennt eine externe Client-Adresse')),
    helo:
      given.helo !== undefined
        ? GIVEN
        : helo !== null && hopNote
          ? { from: 'received' as const, note: hopNote }
          : given.ip !== undefined
            ? none('not given with the client address', 'nicht mit der Client-Adresse angegeben')
            : (notApplicable ?? none('no Received field names a HELO name', 'kein Received-Feld nennt einen HELO-Namen')),
    mailFrom:
      given.mailFrom !== undefined
        ? GIVEN
        : hopMailFrom !== null && hopNote
          ? { from: 'received' as const, note: appended(hopNote, 'envelope-from recorded by that hop', 'envelope-from dieser Station') }
          : returnPath
            ? { from: 'return-path' as const, note: returnPath.note }
            : none('no Return-Path field', 'kein Return-Path-Feld'),
  };
  const sources = Object.values(provenance).map((p) => p.from);
  const givenCount = sources.filter((s) => s === 'given').length;
  const inferredCount = sources.filter((s) => s === 'received' || s === 'return-path').length;
  const source = givenCount > 0 && inferredCount > 0 ? 'mixed' : givenCount > 0 ? 'given' : inferredCount > 0 ? 'inferred' : 'missing';
  return { ip, helo, mailFrom, source, provenance };
}
