// Plain RFC 5322 messages for the cases, and the few edits the cases make to
// them after signing (a changed header, an appended footer, a cut body, a
// paste that lost its CRs).

const CRLF = '\r\n';

/** Header fields top to bottom. A value may hold "\n\t" where it is folded. */
export type HeaderList = [name: string, value: string][];

export interface MessageParts {
  headers: HeaderList;
  body: string;
}

/** Joins header fields and body with CRLF line ends (RFC 5322 §2.1). */
export function buildMessage({ headers, body }: MessageParts): string {
  const head = headers.map(([name, value]) => `${name}: ${value.replace(/\r?\n/g, CRLF)}${CRLF}`).join('');
  return `${head}${CRLF}${body.replace(/\r?\n/g, CRLF)}`;
}

/** Places header fields on top, as a relay or a signer does (RFC 5321 §4.4). */
export function prependHeaders(message: string, headers: HeaderList): string {
  return headers.map(([name, value]) => `${name}: ${value.replace(/\r?\n/g, CRLF)}${CRLF}`).join('') + message;
}

/** Splits at the first empty line. A message without one is all header. */
export function splitMessage(message: string): { head: string; body: string | null } {
  const at = message.indexOf(CRLF + CRLF);
  if (at < 0) return { head: message, body: null };
  return { head: message.slice(0, at + 2), body: message.slice(at + 4) };
}

/** Replaces the value of the first field with this name. */
export function replaceHeader(message: string, name: string, value: string): string {
  const { head, body } = splitMessage(message);
  const pattern = new RegExp(`^${name}:[^\\r]*\\r\\n(?:[ \\t][^\\r]*\\r\\n)*`, 'im');
  if (!pattern.test(head)) throw new Error(`no ${name} field to replace`);
  const newHead = head.replace(pattern, `${name}: ${value}${CRLF}`);
  return body === null ? newHead : `${newHead}${CRLF}${body}`;
}

/** Appends text to the body, as a list manager adding a footer does. */
export function appendToBody(message: string, text: string): string {
  return message + text.replace(/\r?\n/g, CRLF);
}

/** Replaces one piece of body text, as a gateway rewriting a link does. */
export function editBody(message: string, from: string, to: string): string {
  const { head, body } = splitMessage(message);
  if (body === null || !body.includes(from)) throw new Error(`body has no ${JSON.stringify(from)}`);
  return `${head}${CRLF}${body.replace(from, to)}`;
}

/** Keeps only the header block: no empty line, no body (a pasted header). */
export function headerOnly(message: string): string {
  return splitMessage(message).head;
}

/** Every CRLF becomes LF, as when a message is pasted through a text box. */
export function toLf(message: string): string {
  return message.replace(/\r\n/g, '\n');
}

/** RFC 5322 §3.3 date-time in UTC for a fixed instant. */
export function rfc5322Date(iso: string): string {
  const date = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${days[date.getUTCDay()]}, ${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

export interface SimpleMessage {
  from: string;
  to?: string;
  subject: string;
  date: string;
  messageId: string;
  body: string;
  /** Fields placed above From (Return-Path, Received, ...), top to bottom. */
  above?: HeaderList;
  /** Fields placed below Message-ID. */
  below?: HeaderList;
}

/** The usual From/To/Subject/Date/Message-ID message. */
export function simpleMessage(m: SimpleMessage): string {
  const headers: HeaderList = [
    ...(m.above ?? []),
    ['From', m.from],
    ['To', m.to ?? 'Bob <bob@example.net>'],
    ['Subject', m.subject],
    ['Date', rfc5322Date(m.date)],
    ['Message-ID', m.messageId],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
    ...(m.below ?? []),
  ];
  return buildMessage({ headers, body: m.body });
}
