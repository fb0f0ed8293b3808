// The MTAs and providers whose bounces Mail Lab recognises by their own
// fixed texts, and what those texts mean. A recognised layout names the
// family in the result and gives a reason hint where the MTA words a known
// failure its own way (qmail's "Sorry, I couldn't find a mail exchanger",
// Exim's "retry timeout exceeded", Exchange 2003's error code 000C05A6).
// The texts are facts of those programs (their sources, and the Sisimai
// project's decoders, sisimai/go-sisimai lhost/*.go, BSD-2-Clause).

import type { RawField } from '../message/header-block.ts';
import type { BounceReason } from './reason-words.ts';

export interface LayoutContext {
  from: string;
  subject: string;
  /** The notification text. */
  text: string;
  fields: RawField[];
}

export interface MtaLayout {
  name: string;
  detect: (context: LayoutContext) => boolean;
  /**
   * Reason hints from the MTA's own texts, checked in order against a
   * recipient's error text (case as written). A "weak" hint only stands when
   * the error text itself names no reason.
   */
  hints?: readonly (readonly [BounceReason, readonly string[], 'weak'?])[];
  /** The MTA's own sentences stand in the notification, apart from the remote server's reply: check them there first. */
  hintsFromNotification?: boolean;
  /** Texts that mean the failure is only temporary or delayed, when no code says so. */
  temporary?: readonly string[];
  /** The MTA's wording means a hint for the command the failure answered. */
  commandHints?: Readonly<Partial<Record<string, BounceReason>>>;
  /** Every recipient of this layout fails for the same reason (a list server refusing a post). */
  reason?: BounceReason;
  /** A specific status code in the error text decides over the hint (Gmail quotes the remote reply). */
  statusOverridesHint?: boolean;
  /** The report is about one address only; further addresses in it are instructions. */
  singleRecipient?: boolean;
}

const has = (fields: RawField[], name: string, part: string) =>
  fields.some((f) => f.name.toLowerCase() === name && f.value.toLowerCase().includes(part.toLowerCase()));

export const LAYOUTS: readonly MtaLayout[] = [
  {
    name: 'Google Groups',
    detect: ({ from, text }) => from.includes('mailer-daemon@googlemail.com') && /groups\.google\.com|Google Groups|google グループ/i.test(text),
    reason: 'rejected',
  },
  {
    name: 'Gmail',
    detect: ({ from, subject, text }) => from.includes('mailer-daemon@googlemail.com') && subject.includes('Delivery Status Notification') && text.includes('Delivery to the following recipient'),
    // Gmail's "(state N)" marks the stage of the SMTP session that failed.
    hints: [
      ['failedstarttls', ['(state 6)', '(state 9)']],
      ['systemerror', ['(state 8)']],
      ['norelaying', ['(state 12)']],
      ['blocked', ['(state 13)']],
      ['userunknown', ['(state 14)']],
      ['filtered', ['(state 15)', '(state 17)', '(state 18)']],
      ['expired', ['DNS Error: Could not contact DNS servers', 'Delivery to the following recipient has been delayed', 'The recipient server did not accept our requests to connect']],
      ['hostunknown', ['DNS Error: Domain name not found', 'DNS Error: DNS server returned answer with no data']],
    ],
    temporary: ['Technical details of temporary failure', 'Message will be retried'],
    statusOverridesHint: true,
  },
  {
    name: 'Zoho Mail',
    detect: ({ from }) => /mailer-daemon@mail\.zoho\.com/i.test(from),
    hints: [['expired', ['Host not reachable', 'Message will be retried for']]],
    temporary: ['THIS IS A WARNING MESSAGE ONLY', 'Message will be retried'],
  },
  {
    name: 'GMX / 1&1',
    detect: ({ from }) => mailerDaemonDomains(from).some((domain) => /^(?:mail\.gmx\.com|kundenserver\.(?:example\.)?de)/.test(domain) || domain.includes('1and1') || domain.includes('gmx.')),
    hints: [['expired', ['delivery retry timeout exceeded']]],
  },
  {
    name: 'InterScan Messaging Security Suite',
    detect: ({ from, text }) => from.includes('InterScan MSS') || text.includes('Message from InterScan'),
    hints: [['userunknown', ['Unable to deliver message to <', 'Please check if address is correct']]],
  },
  {
    name: 'au (EZweb)',
    detect: ({ from, fields }) => /ezweb\.ne\.jp/i.test(from) || has(fields, 'received', '(EZweb Mail)'),
    hintsFromNotification: true,
    hints: [
      ['suspend', ['The user(s) account is disabled.']],
      ['mailboxfull', ['The user(s) account is temporarily over quota']],
      ['expired', ['Remote host is not responding.', 'Your message was not delivered within ']],
      ['filtered', ['Each of the following recipients was rejected by a remote mail server.'], 'weak'],
    ],
  },
  {
    name: 'Verizon Wireless',
    detect: ({ from }) => /@(?:[a-z0-9.-]{1,60}\.)?(?:vtext\.com|vzwpix\.com)\b/i.test(from),
    hints: [['userunknown', ['No valid recipients for this MM', 'no such user here']]],
  },
  {
    name: 'Apache James',
    detect: ({ text }) => text.includes('Error message below:') && text.includes('Message details:'),
  },
  {
    name: 'DragonFly Mail Agent',
    detect: ({ text, fields }) => text.includes('This is the DragonFly Mail Agent') || has(fields, 'received', '(DragonFly Mail Agent'),
    hints: [
      ['expired', ['Could not deliver for the last ']],
      ['hostunknown', ['DNS lookup failure: host ']],
    ],
  },
  {
    name: 'OpenSMTPD',
    detect: ({ text, fields }) => text.includes('This is the MAILER-DAEMON, please DO NOT REPLY') || has(fields, 'received', '(OpenSMTPD)'),
    hints: [
      ['expired', ['Envelope expired']],
      ['hostunknown', ['Invalid domain name', 'Domain does not exist']],
      ['notaccept', ['No MX found for domain']],
      ['networkerror', ['Network error on destination MXs', 'Loop detected']],
      ['securityerror', ['Destination seem to reject all mails']],
      ['userunknown', ['Invalid recipient', 'No such user']],
      ['mailboxfull', ['Mailbox full']],
    ],
    temporary: ['only a temporary failure report'],
  },
  {
    name: 'Lotus Notes',
    detect: ({ text }) => /^-{3,10} Failure Reasons/m.test(text),
    hints: [['userunknown', ['User not listed in public Name & Address Book', 'ディレクトリのリストにありません']]],
  },
  {
    name: 'IBM Domino',
    detect: ({ subject, text }) => subject.startsWith('DELIVERY FAILURE:') || subject.startsWith('DELIVERY_FAILURE:') || /was not delivered to:\s+\S+@/.test(text),
    hints: [
      ['userunknown', ['not listed in Domino Directory', 'not listed in public Name & Address Book', 'Domino ディレクトリには見つかりません']],
      ['filtered', ['Cannot route mail to user']],
      ['systemerror', ['Several matches found in Domino Directory']],
    ],
  },
  {
    name: 'IMail Server',
    detect: ({ subject, fields }) => subject.startsWith('Undeliverable Mail') && (has(fields, 'x-mailer', '<SMTP32 v') || has(fields, 'received', 'SMTPD32')),
    hints: [
      ['userunknown', ['Unknown user', 'Invalid final delivery userid']],
      ['mailboxfull', ['User mailbox exceeds allowed size: ']],
      ['securityerror', ['Requested action not taken: virus detected']],
      ['expired', ['Delivery failed ']],
    ],
  },
  {
    name: 'Exchange 2003',
    detect: ({ text, fields }) =>
      fields.some((f) => f.name.toLowerCase() === 'x-ms-embedded-report') || has(fields, 'x-mailer', 'Internet Mail Service (') ||
      has(fields, 'x-mimeole', 'Produced By Microsoft Exchange') || text.includes('did not reach the following recipient(s):'),
    // Exchange 2003 error codes, "MSEXCH:IMS:... (000C05A6) Unknown Recipient".
    hints: [
      ['userunknown', ['(000C05A6)', 'The recipient name is not recognized']],
      ['filtered', ['(000C0595)']],
      ['systemerror', ['(00010256)', '(000D06B5)']],
      ['networkerror', ['(00120270)']],
      ['contenterror', ['(00050311)', '(000502CC)']],
      ['securityerror', ['(000B0981)']],
      ['onhold', ['(000B099C)', '(000B09AA)', '(000B09B6)']],
    ],
  },
  {
    name: 'fml',
    detect: ({ fields }) => fields.some((f) => ['x-mlserver', 'x-ml-name', 'list-software'].includes(f.name.toLowerCase()) && /fml|mailing list/i.test(f.value) || f.name.toLowerCase() === 'x-mlserver'),
    hints: [
      ['rejected', ['are not member', 'You are not a member of this mailing list']],
      ['systemerror', ['Duplicated Message-ID']],
      ['securityerror', ['Security alert:']],
    ],
    singleRecipient: true,
  },
  {
    name: 'MailMarshal SMTP',
    detect: ({ text }) => text.includes('The following recipients were affected:'),
  },
  {
    name: 'Microsoft 365',
    detect: ({ text }) => text.includes('Diagnostic information for administrators:') || text.includes('Delivery has failed to these recipients or groups:'),
  },
  {
    name: 'PowerMTA',
    detect: ({ fields }) => has(fields, 'received', 'PowerMTA'),
  },
  {
    name: 'qmail',
    detect: ({ subject, text, fields }) => /failure notice/i.test(subject) || text.includes('This is the qmail') || has(fields, 'received', '(qmail '),
    commandHints: { HELO: 'blocked', EHLO: 'blocked' },
    hints: [
      ['hostunknown', ["Sorry, I couldn't find any host "]],
      ['mailboxfull', ['disk quota exceeded']],
      ['mesgtoobig', ['Message size exceeds fixed maximum message size:']],
      ['networkerror', ["Sorry, I wasn't able to establish an SMTP connection", "Sorry. Although I'm listed as a best-preference MX or A for that host"]],
      ['notaccept', ["Sorry, I couldn't find a mail exchanger or IP address"]],
      ['exceedlimit', ['The message exeeded the maximum size the user accepts']],
      ['suspend', ['Mailaddress is administrativly disabled', 'Mailaddress is administrativley disabled', 'Mailaddress is administratively disabled', 'Mailaddress is administrativeley disabled']],
      ['systemerror', ['bad interpreter: No such file or directory', 'system error', 'Unable to']],
      ['systemfull', ['Requested action not taken: mailbox unavailable (not enough free space)']],
      ['userunknown', ['no mailbox here by that name']],
      ['expired', ['this message has been in the queue too long.']],
    ],
  },
  {
    name: 'Exim',
    detect: ({ from, subject, text, fields }) =>
      text.includes('This message was created automatically by mail delivery software') ||
      (from.includes('Mail Delivery System') && /Mail delivery failed|Mail failure|Message frozen|Warning: message/.test(subject)) ||
      fields.some((f) => f.name.toLowerCase() === 'x-failed-recipients'),
    commandHints: { HELO: 'blocked', EHLO: 'blocked' },
    hints: [
      ['userunknown', ['user not found']],
      ['hostunknown', ['all host address lookups failed permanently', 'all relevant MX records point to non-existent hosts', 'Unrouteable address']],
      ['mailboxfull', ['mailbox is full', 'error: quota exceed']],
      ['notaccept', ['an MX or SRV record indicated no SMTP service', 'no host found for existing SMTP connection']],
      ['syntaxerror', ['angle-brackets nested too deep', 'expected word or "<"', 'domain missing in source-routed address', 'malformed address:']],
      ['systemerror', ['delivery to file forbidden', 'delivery to pipe forbidden', 'local delivery failed', 'LMTP error after ']],
      ['contenterror', ['Too many "Received" headers']],
      ['expired', ['retry timeout exceeded', 'No action is required on your part', 'retry time not reached for any host after a long failure period',
        'all hosts have been failing for a long time and were last tried', 'Delay reason: ', 'has been frozen', 'was frozen on arrival by ']],
      ['mailererror', ['pipe to |']],
    ],
    temporary: ['retry timeout exceeded', 'No action is required on your part', 'have been failing for a long time', 'mailbox is full', 'Delay reason: '],
  },
  {
    name: 'Postfix',
    detect: ({ text }) => text.includes('This is the mail system at host') || text.includes('The mail system'),
  },
  {
    name: 'Sendmail',
    detect: ({ text }) => /-{3,8} (?:Transcript of session follows|The following addresses had permanent fatal errors) -{3,8}/.test(text),
  },
];

/**
 * What follows each "mailer-daemon@" up to white space, lower-cased. One
 * pass: a pattern like /mailer-daemon@\S*gmx\./ backtracks over the whole
 * run at every occurrence, 2.8 s for a 186 KB From (fuzzer, seed 101 input
 * 109537).
 */
function mailerDaemonDomains(from: string): string[] {
  return [...from.matchAll(/mailer-daemon@(\S+)/gi)].map((match) => match[1]!.toLowerCase());
}

/** The first layout that recognises the bounce, or null. */
export function detectLayout(context: LayoutContext): MtaLayout | null {
  return LAYOUTS.find((layout) => layout.detect(context)) ?? null;
}

// Hints compare with white space squashed (MTAs fold lines anywhere) and case kept: qmail's "Unable to" is not "unable to".
const squash = (text: string) => text.replace(/\s+/g, ' ');

export interface LayoutHints {
  hint: BounceReason | null;
  fallbackHint: BounceReason | null;
}

/** The reason hints of a layout for one recipient: `texts` are tried in order (its error text, then the whole notification). */
export function layoutHints(layout: MtaLayout | null, texts: readonly string[], command: string | null): LayoutHints {
  const none: LayoutHints = { hint: null, fallbackHint: null };
  if (!layout) return none;
  if (layout.reason) return { hint: layout.reason, fallbackHint: null };
  if (command && layout.commandHints?.[command]) return { hint: layout.commandHints[command]!, fallbackHint: null };
  for (const text of layout.hintsFromNotification ? [...texts].reverse() : texts) {
    const flat = squash(text);
    const found = layout.hints?.find(([, phrases]) => phrases.some((phrase) => flat.includes(squash(phrase))));
    if (found) return found[2] === 'weak' ? { hint: null, fallbackHint: found[0] } : { hint: found[0], fallbackHint: null };
  }
  return none;
}

/** Does the layout's wording call this failure temporary? */
export function layoutSaysTemporary(layout: MtaLayout | null, text: string): boolean {
  const flat = squash(text);
  return Boolean(layout?.temporary?.some((phrase) => flat.includes(squash(phrase))));
}
