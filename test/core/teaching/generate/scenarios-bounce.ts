// Scenarios about bounces: user unknown (the page's sample), a DNS
// blocklist, a full mailbox and "Relay access denied". Each is the
// delivery status notification (RFC 3464) Anna's own server writes back to
// her, with her message returned.

import { prependHeaders } from '../../../cases/generate/message.ts';
import { SAMPLE_BOUNCE } from '../../../cases/generate/samples-bounce.ts';
import { keyEntry, opendkimSign, postfixReceived, reverseName } from '../../../cases/generate/samples-parts.ts';
import { postfixBounce, SIGNED_FIELDS, thunderbird, type ScenarioMessage } from './parts.ts';

const ANNA = 'anna.becker@example.com';

const EXAMPLE_COM = {
  'example.com': { TXT: ['v=spf1 mx a -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
  'mail.example.com': { A: ['192.0.2.25'], TXT: ['v=spf1 a -all'] },
  [reverseName('192.0.2.25')]: { PTR: ['mail.example.com'] },
  '2026._domainkey.example.com': keyEntry('rsa2048'),
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
};

/** Anna's message as her server queued it: signed, with its submission Received field. */
function queued(o: { messageId: string; at: string; rcpt: string; subject: string; body: string[]; id: string }): string {
  const m = opendkimSign(thunderbird({ messageId: o.messageId, date: o.at, to: o.rcpt, from: `Anna Becker <${ANNA}>`, subject: o.subject, body: o.body }), {
    key: 'rsa2048',
    domain: 'example.com',
    selector: '2026',
    time: o.at,
    headers: SIGNED_FIELDS,
    host: 'mail.example.com',
    queueId: o.id,
  });
  return prependHeaders(m, [['Received', postfixReceived({ helo: '[192.168.178.23]', rdns: 'dyn-203-0-113-45.dsl.isp.example', ip: '203.0.113.45', tls: true, authenticatedSender: ANNA, by: 'mail.example.com', protocol: 'ESMTPSA', id: o.id, rcpt: o.rcpt, at: o.at })]]);
}

export const USER_UNKNOWN: ScenarioMessage = { name: 'user-unknown', message: SAMPLE_BOUNCE.message, zone: SAMPLE_BOUNCE.zone };

interface Refusal {
  rcpt: string;
  ids: [queued: string, bounce: string];
  status: string;
  remoteMta: string;
  said: string[];
  diagnostic: string[];
  /** When Anna's server queued the message, and when it gave up. */
  times: [queued: string, bounced: string];
  written: { messageId: string; subject: string; body: string[] };
}

/** Anna's server was refused and reports it to her, her message returned. */
function refusedForAnna(r: Refusal): string {
  const [queuedAt, bouncedAt] = r.times;
  return postfixBounce({
    host: 'mail.example.com',
    sender: ANNA,
    recipient: r.rcpt,
    queueId: r.ids[0],
    bounceId: r.ids[1],
    status: r.status,
    remoteMta: r.remoteMta,
    said: r.said,
    diagnostic: r.diagnostic,
    arrivedAt: queuedAt,
    at: bouncedAt,
    original: queued({ ...r.written, at: queuedAt, rcpt: r.rcpt, id: r.ids[0] }),
  });
}

const BEN = 'ben.wagner@example.net';
const DAN = 'dan.weber@example.net';

export const DNSBL: ScenarioMessage = {
  name: 'dnsbl-rejection',
  message: () =>
    refusedForAnna({
      rcpt: BEN,
      ids: ['4YnE5a2B3cz9sVw', '4YnE5b4D5ez9sVx'],
      status: '5.7.1',
      remoteMta: 'mx.example.net',
      said: [
        `<${BEN}>: host mx.example.net[198.51.100.25] said: 554 5.7.1 Service`,
        '    unavailable; Client host [192.0.2.25] blocked using zen.dnsbl.example;',
        '    https://www.dnsbl.example/query/ip/192.0.2.25 (in reply to RCPT TO command)',
      ],
      diagnostic: ['Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host', '    [192.0.2.25] blocked using zen.dnsbl.example;', '    https://www.dnsbl.example/query/ip/192.0.2.25'],
      times: ['2026-12-08T11:03:10Z', '2026-12-08T11:03:12Z'],
      written: { messageId: '<3e7a1c95-d402-4b8f-a6e1-5c9d2b0f7a36@example.com>', subject: 'Invoice 2026-117', body: ['Hi Ben,', '', 'the invoice for November is attached to the shared folder.', '', 'Anna'] },
    }),
  zone: {
    ...EXAMPLE_COM,
    // What mx.example.net asked the list (RFC 5782 §2.1): the reversed address under the list's zone.
    '25.2.0.192.zen.dnsbl.example': { A: ['127.0.0.2'], TXT: ['https://www.dnsbl.example/query/ip/192.0.2.25'] },
  },
};

export const MAILBOX_FULL: ScenarioMessage = {
  name: 'mailbox-full',
  message: () =>
    refusedForAnna({
      rcpt: DAN,
      ids: ['4YnF6c6F7gz9sVy', '4YnF6d8H9jz9sVz'],
      status: '5.2.2',
      remoteMta: 'mx.example.net',
      said: [`<${DAN}>: host mx.example.net[198.51.100.25] said: 552 5.2.2`, `    <${DAN}>: Mailbox full: quota exceeded (in reply to end of DATA`, '    command)'],
      diagnostic: [`Diagnostic-Code: smtp; 552 5.2.2 <${DAN}>: Mailbox full: quota`, '    exceeded'],
      times: ['2026-12-08T13:20:41Z', '2026-12-08T13:20:44Z'],
      written: { messageId: '<8c2f5a0e-63b9-4d17-9e84-b1a7d3c6f029@example.com>', subject: 'Photos from the trip', body: ['Hi Dan,', '', 'the photos from the trip are in the album now.', '', 'Anna'] },
    }),
  zone: EXAMPLE_COM,
};

export const RELAY_DENIED: ScenarioMessage = {
  name: 'relay-access-denied',
  message: () =>
    refusedForAnna({
      rcpt: BEN,
      ids: ['4YnG7e0K1mz9sW0', '4YnG7f2M3pz9sW1'],
      status: '5.7.1',
      remoteMta: 'smtp.example.org',
      // After a server move, mail.example.com still relays through its old provider's host, which no longer knows it.
      said: [`<${BEN}>: host smtp.example.org[198.51.100.20] said: 554 5.7.1`, `    <${BEN}>: Relay access denied (in reply to RCPT TO command)`],
      diagnostic: [`Diagnostic-Code: smtp; 554 5.7.1 <${BEN}>: Relay access denied`],
      times: ['2026-12-08T15:45:02Z', '2026-12-08T15:45:03Z'],
      written: { messageId: '<b4d8e2f6-1a93-4c05-8f7b-6e0c2a9d5b31@example.com>', subject: 'Test after the server move', body: ['Hi Ben,', '', 'a test after moving our server; please tell me if it arrives.', '', 'Anna'] },
    }),
  zone: EXAMPLE_COM,
};

export const BOUNCE_SCENARIOS = [USER_UNKNOWN, DNSBL, MAILBOX_FULL, RELAY_DENIED];
