// The message/delivery-status body of RFC 3464 §2: one group of
// per-message fields (Reporting-MTA, Arrival-Date, ...), then one group per
// recipient (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code,
// ...), groups separated by blank lines, fields folded like header fields.
// Real reports bend this: groups run together without the blank line, the
// fields turn up inside a text/plain part, values lack their type word. The
// reader takes them as they come.

export interface DsnRecipientFields {
  /** Final-Recipient address (RFC 3464 §2.3.2), type word removed. */
  finalRecipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  /** The Status field as written, e.g. "5.1.1 (user unknown)". */
  status: string | null;
  remoteMta: string | null;
  /** Diagnostic-Code without its type word; the type is in `diagnosticType`. */
  diagnosticCode: string | null;
  /** "smtp", "x-unix", ... lower-cased, as RFC 3464 §2.3.6 names it. */
  diagnosticType: string | null;
  lastAttemptDate: string | null;
  willRetryUntil: string | null;
  /** Vendor fields (X-...) kept by lower-cased name, e.g. x-powermta-bouncecategory. */
  extensions: Record<string, string>;
}

export interface DeliveryStatusReport {
  reportingMta: string | null;
  arrivalDate: string | null;
  receivedFromMta: string | null;
  /** Vendor per-message fields (X-Postfix-Sender, X-Original-Message-ID, ...) by lower-cased name. */
  extensions: Record<string, string>;
  recipients: DsnRecipientFields[];
}

// A report listing more recipients than this is cut there: the limit stops
// a crafted report of a million empty groups from costing a million objects.
export const MAX_DSN_RECIPIENTS = 1000;

const PER_MESSAGE = new Set(['reporting-mta', 'arrival-date', 'received-from-mta', 'original-envelope-id', 'dsn-gateway']);
const PER_RECIPIENT = new Set([
  'final-recipient', 'original-recipient', 'action', 'status', 'remote-mta', 'diagnostic-code',
  'last-attempt-date', 'will-retry-until', 'final-log-id', 'x-actual-recipient',
]);
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,62})[ \t]*:[ \t]*(.*)$/;

function emptyRecipient(): DsnRecipientFields {
  return {
    finalRecipient: null,
    originalRecipient: null,
    action: null,
    status: null,
    remoteMta: null,
    diagnosticCode: null,
    diagnosticType: null,
    lastAttemptDate: null,
    willRetryUntil: null,
    extensions: {},
  };
}

/** "rfc822; a@b" → "a@b"; an address in angle brackets loses them. */
export function addressValue(value: string): string {
  const text = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  const trimmed = text.trim();
  const angle = /<([^<>\s]{1,512})>/.exec(trimmed);
  const address = (angle ? angle[1]! : trimmed).trim();
  // Quotes around the whole value go; a quoted local part ("a b"@example.com) stays.
  const quoted = /^"([^"]*)"$/.exec(address);
  return quoted ? quoted[1]! : address;
}

/** "dns; mx.example.com (192.0.2.1)" → "mx.example.com"; "dns; [192.0.2.1]" → "192.0.2.1". */
export function hostValue(value: string): string {
  const text = (value.includes(';') ? value.slice(value.indexOf(';') + 1) : value).trim();
  const first = text.split(/[\s(]/, 1)[0] ?? '';
  return first.replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

function splitTyped(value: string): { type: string | null; text: string } {
  const semicolon = value.indexOf(';');
  // RFC 3464 §2.3.6: `diagnostic-type ";" *text`; the type is an atom.
  if (semicolon > 0 && /^[A-Za-z][A-Za-z0-9-]{0,30}$/.test(value.slice(0, semicolon).trim())) {
    return { type: value.slice(0, semicolon).trim().toLowerCase(), text: value.slice(semicolon + 1).trim() };
  }
  return { type: null, text: value.trim() };
}

/** Unfolds continuation lines into logical field lines, keeping blank lines as group breaks. */
function logicalLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    if (/^[ \t]/.test(line) && out.length > 0 && out[out.length - 1] !== '') {
      out[out.length - 1] += ` ${line.trim()}`;
    } else {
      out.push(line.trimEnd());
    }
  }
  return out;
}

function setRecipientField(recipient: DsnRecipientFields, name: string, value: string): void {
  switch (name) {
    case 'final-recipient':
      recipient.finalRecipient = addressValue(value);
      break;
    case 'original-recipient':
      recipient.originalRecipient = addressValue(value);
      break;
    case 'x-actual-recipient':
      recipient.extensions[name] = addressValue(value);
      break;
    case 'action':
      recipient.action = value.trim().toLowerCase().split(/[\s(]/, 1)[0] ?? null;
      break;
    case 'status':
      recipient.status = value.trim();
      break;
    case 'remote-mta':
      recipient.remoteMta = hostValue(value);
      break;
    case 'diagnostic-code': {
      const { type, text } = splitTyped(value);
      recipient.diagnosticType = type;
      recipient.diagnosticCode = text;
      break;
    }
    case 'last-attempt-date':
      recipient.lastAttemptDate = value.trim();
      break;
    case 'will-retry-until':
      recipient.willRetryUntil = value.trim();
      break;
    default:
      recipient.extensions[name] = value.trim();
  }
}

/**
 * Reads the fields of a delivery-status body. A new recipient group starts
 * at a blank line or, where the blank line is missing, at a per-recipient
 * field that the current group already has.
 */
export function parseDeliveryStatus(text: string): DeliveryStatusReport {
  const report: DeliveryStatusReport = { reportingMta: null, arrivalDate: null, receivedFromMta: null, extensions: {}, recipients: [] };
  let current: DsnRecipientFields | null = null;
  const seen = new Set<string>();
  const finish = () => {
    if (current && (current.finalRecipient || current.originalRecipient || current.action || current.status)) {
      if (report.recipients.length < MAX_DSN_RECIPIENTS) report.recipients.push(current);
    }
    current = null;
    seen.clear();
  };
  for (const line of logicalLines(text)) {
    if (line === '') {
      finish();
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) continue;
    const name = match[1]!.toLowerCase();
    const value = match[2]!;
    if (PER_MESSAGE.has(name)) {
      if (name === 'reporting-mta') report.reportingMta ??= hostValue(value);
      else if (name === 'arrival-date') report.arrivalDate ??= value.trim();
      else if (name === 'received-from-mta') report.receivedFromMta ??= hostValue(value);
      else report.extensions[name] ??= value.trim();
      continue;
    }
    const perRecipient = PER_RECIPIENT.has(name) || (current !== null && name.startsWith('x-'));
    if (!perRecipient) {
      if (name.startsWith('x-')) report.extensions[name] ??= value.trim();
      continue;
    }
    if (current && seen.has(name) && PER_RECIPIENT.has(name)) finish();
    current ??= emptyRecipient();
    seen.add(name);
    setRecipientField(current, name, value);
  }
  finish();
  return report;
}

/** Does this text hold delivery-status fields (a report pasted into a text part)? */
export function looksLikeDeliveryStatus(text: string): boolean {
  return /^(?:Final|Original)-Recipient[ \t]*:/im.test(text) && /^(?:Action|Status)[ \t]*:/im.test(text);
}
