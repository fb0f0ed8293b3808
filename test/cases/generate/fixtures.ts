// Building blocks shared by the case definitions: the usual message, a key
// record in a zone, an SPF record in a zone.

import { SIGNED_AT, WRITTEN_AT, type Zone } from './case-types.ts';
import { signDkim, type DkimSignOptions } from './dkim-sign.ts';
import { keyRecord, loadKey, txtRecord, type KeyName } from './keys.ts';
import { simpleMessage, type HeaderList } from './message.ts';

export const BODY = [
  'Hi Bob,',
  '',
  'The  quarterly figures are attached to the wiki page, as agreed.',
  'Call me if anything looks off.',
  '',
  'Alice',
  '',
].join('\n');

export interface NoteOptions {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  above?: HeaderList;
  below?: HeaderList;
}

/** A plain note, identified by the case name in its Message-ID. */
export function note(caseName: string, o: NoteOptions = {}): string {
  const from = o.from ?? 'Alice <alice@example.com>';
  const domain = /@([^>\s,]+)/.exec(from)?.[1] ?? 'example.com';
  return simpleMessage({
    from,
    to: o.to ?? 'Bob <bob@example.net>',
    subject: o.subject ?? 'Quarterly figures',
    date: WRITTEN_AT,
    messageId: `<${caseName}@${domain}>`,
    body: o.body ?? BODY,
    ...(o.above ? { above: o.above } : {}),
    ...(o.below ? { below: o.below } : {}),
  });
}

/** What a message sent with a null reverse-path usually is: a delivery status notification. */
export function bounceOf(host: string): NoteOptions {
  return {
    from: `Mail Delivery System <MAILER-DAEMON@${host}>`,
    subject: 'Undelivered Mail Returned to Sender',
    body: 'This is the mail system at host ' + host + '.\n\nYour message could not be delivered to one or more recipients.\n',
  };
}

export type SignOptions = Omit<DkimSignOptions, 'key' | 'time'> & { key: KeyName; time?: string };

/** Signs with a named key at SIGNED_AT unless a time is given. */
export function sign(message: string, o: SignOptions): string {
  return signDkim(message, { ...o, key: loadKey(o.key), time: o.time ?? SIGNED_AT });
}

/** The zone entry publishing a key at selector._domainkey.domain. */
export function dkimKey(selector: string, domain: string, key: KeyName, extraTags = ''): Zone {
  return { [`${selector}._domainkey.${domain}`]: { TXT: [txtRecord(keyRecord(loadKey(key), extraTags))] } };
}

/** An SPF policy as the only TXT record of a domain. */
export function spfRecord(domain: string, record: string, more: Zone[string] = {}): Zone {
  return { [domain]: { ...more, TXT: [record] } };
}

/** A DMARC policy record for a domain. */
export function dmarcRecord(domain: string, record: string): Zone {
  return { [`_dmarc.${domain}`]: { TXT: [record] } };
}
