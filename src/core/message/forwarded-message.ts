// A forward carries the original message in its body: attached whole as a
// message/rfc822 part (RFC 2046 §5.2.1; "forward as attachment"), or written
// into the text below a separator line the mail program adds ("----------
// Forwarded message ---------" in Gmail, "-----Original Message-----" in
// Outlook). Checking the forward's own hops and signatures says nothing
// about the original; this finds the original, so the page can say so and
// offer to analyse it. An inline original usually keeps only the display
// block (From / Sent / To / Subject), and that is said too.

import type { ForwardedMessage, Problem } from '../analysis.ts';
import { problem } from '../problems.ts';
import { decodeUtf8 } from './charset.ts';
import { hasRawOnlyField } from './copied-display.ts';
import { readHeaderBlock } from './header-block.ts';
import { bodyText, decodedBody, listEntities, readMimeEntity, type MimeEntity } from './mime-entity.ts';
import { summarizeMessage } from './summary.ts';

// The original is handed to the page as text, to be analysed when asked.
// Past this size it is not: an attached 60 MB original would otherwise ride
// along in every result (the worker's reply, --json output) though it is
// seldom wanted. It can still be saved from the mail program and opened.
export const MAX_FORWARDED_CHARS = 2 * 1024 * 1024;

// Separator lines are looked for in this much of each text part: a forward
// puts them near the top, and scanning 50 MB of text for them would cost
// time for nothing.
const MAX_SCAN_CHARS = 256 * 1024;

// The separators mail programs write above an inline original, in English
// and German (their own words, as they write them):
// Gmail "---------- Forwarded message ---------" / "---------- Weitergeleitete Nachricht ---------",
// Thunderbird "-------- Forwarded Message --------" / "-------- Weitergeleitete Nachricht --------",
// Apple Mail "Begin forwarded message:" / "Anfang der weitergeleiteten Nachricht:",
// Outlook "-----Original Message-----" / "-----Ursprüngliche Nachricht-----" (Outlook Express with spaces),
// Outlook on the web and new Outlook: a rule of underscores right above "From:" / "Von:".
const SEPARATOR =
  /^[ \t>]*(-{3,} ?(?:Forwarded message|Forwarded Message|Weitergeleitete Nachricht|Original Message|Ursprüngliche Nachricht) ?-{3,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|_{10,})[ \t]*$/imu;

// "Original Message" and a rule of underscores sit above a quoted original
// in replies too; they mark a forward only when the subject says forward,
// in the prefixes mail programs write: Fw/Fwd, German WG, French TR,
// Spanish RV, Dutch Doorst.
const AMBIGUOUS = /original message|ursprüngliche nachricht|^_/i;
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|antw)\s*:\s*)*(?:fwd?|wg|tr|rv|doorst)\s*:/i;

const FIELD_LINE = /^[A-Za-z][A-Za-z0-9-]{0,75}[ \t]*:/;

/** The forwarded original in a message's body, or null when there is none. `subject`: the forward's own. */
export function findForwardedMessage(bytes: Uint8Array, subject: string | null): ForwardedMessage | null {
  const root = readMimeEntity(bytes);
  for (const entity of listEntities(root)) {
    if (entity === root) continue;
    const type = entity.contentType.mediaType;
    if (type !== 'message/rfc822' && type !== 'message/global') continue;
    const original = decodedBody(entity);
    const block = readHeaderBlock(original);
    if (block.fields.length === 0) continue;
    return describe('attached', type, original.length <= MAX_FORWARDED_CHARS ? decodeUtf8(original) : null, block.fields);
  }
  for (const entity of listEntities(root)) {
    if (entity.parts.length > 0 || entity.contentType.mediaType !== 'text/plain') continue;
    const inline = findInlineOriginal(entity, FORWARD_SUBJECT.test(subject ?? ''));
    if (inline) return inline;
  }
  return null;
}

function findInlineOriginal(entity: MimeEntity, forwardSubject: boolean): ForwardedMessage | null {
  const text = bodyText(entity, MAX_SCAN_CHARS).replace(/\r\n?/g, '\n');
  const separator = SEPARATOR.exec(text);
  if (!separator || (AMBIGUOUS.test(separator[1]!) && !forwardSubject)) return null;
  const after = text.slice(separator.index + separator[0].length).replace(/^\n+/, '');
  // An inline original quoted with "> " is read without the quoting.
  const quoted = /^>[ \t]?/.test(after);
  const lines = after.split('\n').map((line) => (quoted ? line.replace(/^>[ \t]?/, '') : line));
  const headerLines = leadingHeaderLines(lines);
  if (headerLines < 2) return null;
  const original = lines.join('\r\n');
  const block = readHeaderBlock(new TextEncoder().encode(lines.slice(0, headerLines).join('\r\n') + '\r\n\r\n'));
  if (!block.fields.some((field) => /^(from|von)$/i.test(field.name.trim()))) return null;
  const marker = separator[1]!.startsWith('_') ? '_'.repeat(10) : separator[1]!.trim();
  // The rest of a text part read only in part is not the whole original.
  const whole = entity.body.length <= MAX_SCAN_CHARS;
  return describe('inline', marker, whole && original.length <= MAX_FORWARDED_CHARS ? original : null, block.fields);
}

/** How many lines from the top are header fields and their continuations (at least the first must be a field). */
function leadingHeaderLines(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) {
    if (FIELD_LINE.test(line) || (count > 0 && /^[ \t]+\S/.test(line))) count++;
    else break;
  }
  return count;
}

function describe(form: ForwardedMessage['form'], marker: string, text: string | null, fields: ReturnType<typeof readHeaderBlock>['fields']): ForwardedMessage {
  // An attached original is the message as the mail program kept it; an
  // inline one is raw only when its header has what a display block never does.
  const rawHeader = form === 'attached' || hasRawOnlyField(fields);
  const summary = summarizeMessage(fields);
  const fromField = fields.find((field) => /^(from|von)$/i.test(field.name.trim()));
  const subjectField = fields.find((field) => /^(subject|betreff)$/i.test(field.name.trim()));
  return {
    form,
    marker,
    rawHeader,
    from: summary.from[0] ?? fromField?.value.trim() ?? null,
    subject: summary.subject ?? subjectField?.value.trim() ?? null,
    message: rawHeader ? text : null,
  };
}

const clip = (value: string | null) => (value === null ? '' : value.length > 200 ? `${value.slice(0, 199)}…` : value);

/** The problem that says what was found and what can be done with it, in both languages. */
export function forwardedProblem(forwarded: ForwardedMessage): Problem {
  const subject = clip(forwarded.subject);
  const from = clip(forwarded.from);
  const what = {
    en: `“${subject}” from ${from || 'an unnamed sender'}`,
    de: `„${subject}“ von ${from || 'einem ungenannten Absender'}`,
  };
  const where =
    forwarded.form === 'attached'
      ? { en: `attached whole (${forwarded.marker})`, de: `vollständig angehängt (${forwarded.marker})` }
      : { en: `below the line “${forwarded.marker}”`, de: `unter der Zeile „${forwarded.marker}“` };
  const head = {
    en: `The body holds a forwarded message, ${where.en}: ${what.en}. The verdicts and hops above are those of the forward, not of the original.`,
    de: `Der Text enthält eine weitergeleitete Nachricht, ${where.de}: ${what.de}. Die Urteile und Stationen oben gehören zur Weiterleitung, nicht zum Original.`,
  };
  const next = !forwarded.rawHeader
    ? {
        en: 'Only its display block (From / Sent / To / Subject) was kept, not its Received fields or signatures, so the original cannot be checked from this copy: ask for it as an attachment ("Forward as attachment"), or copy it raw from the mailbox it was delivered to.',
        de: 'Erhalten ist nur ihr Anzeigeblock (Von / Gesendet / An / Betreff), nicht ihre Received-Felder oder Signaturen, daher lässt sich das Original an dieser Kopie nicht prüfen: Lassen Sie es sich als Anhang schicken („Als Anhang weiterleiten“), oder kopieren Sie es roh aus dem Postfach, in das es zugestellt wurde.',
      }
    : forwarded.message === null
      ? {
          en: 'It is too large to be offered here: save it from your mail program as an .eml file and open that.',
          de: 'Es ist zu groß, um hier angeboten zu werden: Speichern Sie es aus Ihrem Mailprogramm als .eml-Datei und öffnen Sie diese.',
        }
      : { en: 'Its header is raw: analyse the original on its own.', de: 'Ihr Kopf ist roh erhalten: Analysieren Sie das Original für sich.' };
  return problem('forwarded-message', { detail: { en: `${head.en} ${next.en}`, de: `${head.de} ${next.de}` } });
}
