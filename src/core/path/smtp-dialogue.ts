// The conversation that most likely produced a step, for the class: the
// commands of RFC 5321 §4.1 (EHLO, MAIL FROM, RCPT TO, DATA, QUIT), with
// STARTTLS (RFC 3207) and AUTH (RFC 4954) where the protocol word says so
// (RFC 3848 §2: ESMTPS, ESMTPSA), LHLO for LMTP (RFC 2033 §4.1), the
// greylisting refusal (RFC 5321 §4.2.5: 450, retried later), and POP3
// (RFC 1939) or IMAP (RFC 9051, IDLE RFC 2177) for retrieval. No line of
// it is in the message: each says which field it was rebuilt from, or
// that it is the usual reply no field records.

import type { Hop, LocalizedText } from '../analysis.ts';
import { duration } from '../hops/hop-timing.ts';

export interface DialogueLine {
  speaker: 'client' | 'server' | 'pause';
  text: string;
  /** The field part this line was rebuilt from; null: the usual wording, recorded nowhere. */
  source: LocalizedText | null;
}

export interface DialogueContext {
  /** The envelope sender where the analysis found one for this hop, and where it came from. */
  mailFrom: { address: string; source: LocalizedText } | null;
  /** The greylisting delay at this hop, in seconds, where one was found. */
  greylistSeconds: number | null;
}

export const said = (en: string, de: string): LocalizedText => ({ en, de });
export const client = (text: string, source: LocalizedText | null = null): DialogueLine => ({ speaker: 'client', text, source });
export const server = (text: string, source: LocalizedText | null = null): DialogueLine => ({ speaker: 'server', text, source });

/** The lines of one SMTP or LMTP session as the hop's field suggests it. */
export function smtpDialogue(hop: Hop, context: DialogueContext): DialogueLine[] {
  const word = (hop.with ?? '').toUpperCase();
  if (!/SMTP|LMTP/.test(word) && hop.with !== null) return [];
  const lmtp = word.includes('LMTP');
  const host = hop.by ?? 'server';
  const hello = hop.from ?? hop.ip ?? '?';
  const greet = lmtp ? 'LHLO' : word === 'SMTP' ? 'HELO' : 'EHLO';
  const helloSource = hop.from ? said(`the “from ${hop.from}” clause: the name the client gave`, `die Angabe „from ${hop.from}“: der Name, den der Client nannte`) : null;
  // One connection's opening; a greylisted client goes through it again when it retries.
  const opening: DialogueLine[] = [server(`220 ${host} ${lmtp ? 'LMTP' : 'ESMTP'}`, hop.by ? said(`the “by ${hop.by}” clause`, `die Angabe „by ${hop.by}“`) : null), client(`${greet} ${hello}`, helloSource), server(`250 ${host}`)];
  if (hop.tls === true) {
    const why = hop.tlsVersion ? said(`the TLS note (${hop.tlsVersion})`, `der TLS-Vermerk (${hop.tlsVersion})`) : said(`the protocol word ${hop.with}`, `das Protokollwort ${hop.with}`);
    opening.push(client('STARTTLS', why), server('220 2.0.0 Ready to start TLS'), client(`${greet} ${hello}`, helloSource), server(`250 ${host}`));
  }
  if (hop.auth || /^(?:E|UTF8)?(?:SMTP|LMTP)S?A$/.test(word)) {
    opening.push(client('AUTH PLAIN …', said(`“${hop.auth ?? hop.with}”: the client logged in`, `„${hop.auth ?? hop.with}“: Der Client hat sich angemeldet`)), server('235 2.7.0 Authentication successful'));
  }
  const lines = [...opening];
  const from = hop.envelopeFrom ?? context.mailFrom?.address ?? null;
  const fromSource = hop.envelopeFrom ? said('the envelope-from of this field', 'der Envelope-Absender dieser Zeile') : (context.mailFrom?.source ?? null);
  const mail = client(`MAIL FROM:<${from ?? '…'}>`, fromSource);
  const rcpt = client(`RCPT TO:<${hop.for ?? '…'}>`, hop.for ? said(`the “for <${hop.for}>” clause`, `die Angabe „for <${hop.for}>“`) : null);
  if (context.greylistSeconds !== null) {
    const wait = duration(context.greylistSeconds);
    const greylisted = said(`greylisting found at this hop (${wait.en})`, `an dieser Station erkanntes Greylisting (${wait.de})`);
    lines.push(mail, server('250 2.1.0 Ok'), rcpt, server('450 4.7.1 Recipient address rejected: Greylisted, try again later', greylisted), client('QUIT'), { speaker: 'pause', text: `… ${wait.en} …`, source: greylisted });
    lines.push(...opening);
  }
  lines.push(mail, server('250 2.1.0 Ok'), rcpt, server('250 2.1.5 Ok'), client('DATA'), server('354 End data with <CR><LF>.<CR><LF>'), client('(the message) .'));
  lines.push(server(`250 2.0.0 Ok: queued as ${hop.id ?? '…'}`, hop.id ? said(`the “id ${hop.id}” clause`, `die Angabe „id ${hop.id}“`) : null), client('QUIT'), server('221 2.0.0 Bye'));
  return lines;
}

/** The commands of a retrieval: POP3 pulls when asked, IMAP IDLE is told at once. */
export function retrievalDialogue(protocol: string | null): DialogueLine[] {
  const source = protocol ? said(`the protocol word ${protocol}`, `das Protokollwort ${protocol}`) : null;
  if (protocol && /^POP/i.test(protocol)) {
    return [server('+OK POP3 ready', source), client('USER …'), server('+OK'), client('PASS …'), server('+OK logged in'), client('STAT'), server('+OK 1 4096'), client('RETR 1'), server('+OK (the message) .'), client('QUIT'), server('+OK bye')];
  }
  return [
    server('* OK IMAP4rev2 ready', source),
    client('a1 LOGIN … …'),
    server('a1 OK'),
    client('a2 SELECT INBOX'),
    server('a2 OK [READ-WRITE]'),
    client('a3 IDLE'),
    server('+ idling'),
    server('* 1 EXISTS'),
    client('DONE'),
    client('a4 FETCH 1 BODY[]'),
    server('* 1 FETCH (BODY[] (the message))'),
    client('a5 LOGOUT'),
  ];
}
