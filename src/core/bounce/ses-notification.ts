// Amazon SES event notifications sent by mail (Amazon SNS "AWS Notification
// Message"): a JSON object, sometimes inside the SNS envelope's "Message"
// string, describing a Bounce, a Complaint or a Delivery. The field names
// are Amazon's (SES Developer Guide, "Contents of notifications").

export interface SesRecipient {
  recipient: string;
  action: string | null;
  status: string | null;
  diagnosticCode: string | null;
  remoteMta: string | null;
}

export interface SesNotification {
  type: 'bounce' | 'complaint' | 'delivery';
  /** bounceType ("Permanent", "Transient") or complaintFeedbackType ("abuse"). */
  subtype: string | null;
  reportingMta: string | null;
  recipients: SesRecipient[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function parseJson(source: string): Json | null {
  try {
    const value: unknown = JSON.parse(source);
    return isObject(value) ? value : null;
  } catch {
    // Not JSON after all (or cut short): not an SES notification.
    return null;
  }
}

/** The JSON object in a notification body; mail transport may have folded its long lines. */
function readObject(body: string): Json | null {
  const start = body.indexOf('{');
  if (start < 0) return null;
  const signature = body.indexOf('\n--\n', start);
  const candidate = body.slice(start, signature > 0 ? signature : undefined).trim();
  const end = candidate.lastIndexOf('}');
  if (end < 0) return null;
  const json = candidate.slice(0, end + 1);
  const parsed = parseJson(json) ?? parseJson(json.replace(/\n /g, '')) ?? parseJson(json.replace(/\n/g, ''));
  if (!parsed) return null;
  // The SNS envelope carries the SES event as a JSON string in "Message".
  const inner = text(parsed['Message']);
  return inner ? parseJson(inner) : parsed;
}

const hostOf = (value: string | null) => (value ? value.replace(/^dns;\s*/i, '').trim() : null);

/** Reads an SES notification from the text of a mail body, or null when it is none. */
export function readSesNotification(body: string): SesNotification | null {
  if (!body.includes('notificationType')) return null;
  const event = readObject(body);
  const kind = text(event?.['notificationType'])?.toLowerCase();
  if (!event || (kind !== 'bounce' && kind !== 'complaint' && kind !== 'delivery')) return null;
  const detail = isObject(event[kind]) ? (event[kind] as Json) : {};
  const reportingMta = hostOf(text(detail['reportingMTA']));
  if (kind === 'bounce') {
    return {
      type: 'bounce',
      subtype: text(detail['bounceType']),
      reportingMta,
      recipients: list(detail['bouncedRecipients']).filter(isObject).flatMap((r) => {
        const recipient = text(r['emailAddress']);
        if (!recipient) return [];
        const diagnostic = text(r['diagnosticCode']);
        return [{
          recipient,
          action: text(r['action']),
          status: text(r['status']),
          diagnosticCode: diagnostic ? diagnostic.replace(/^smtp;\s*/i, '') : null,
          remoteMta: hostOf(text(detail['remoteMtaIp'])),
        }];
      }),
    };
  }
  if (kind === 'complaint') {
    return {
      type: 'complaint',
      subtype: text(detail['complaintFeedbackType']),
      reportingMta,
      recipients: list(detail['complainedRecipients']).filter(isObject).flatMap((r) => {
        const recipient = text(r['emailAddress']);
        return recipient ? [{ recipient, action: null, status: null, diagnosticCode: null, remoteMta: null }] : [];
      }),
    };
  }
  const response = text(detail['smtpResponse']);
  return {
    type: 'delivery',
    subtype: null,
    reportingMta,
    recipients: list(detail['recipients']).flatMap((r) => {
      const recipient = text(r);
      return recipient ? [{ recipient, action: 'delivered', status: null, diagnosticCode: response, remoteMta: hostOf(text(detail['remoteMtaIp'])) }] : [];
    }),
  };
}
