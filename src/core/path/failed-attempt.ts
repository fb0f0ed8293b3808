// The conversation in which a bounce's delivery failed, for the class: the
// failed attempt is no Received field of the bounce (the reporting MTA
// never handed the message on), so it is rebuilt from the report itself —
// the Remote-MTA that answered, the Reporting-MTA that asked, the failed
// recipient, the command the failure answered (RFC 3464 §2.3.5 and the
// MTA's text) and the reply it gave, e.g. "550 5.1.1" (RFC 5321 §4.2,
// RFC 3463). Every line says which part of the report it comes from.

import type { BounceRecipient } from '../analysis.ts';
import { client, said, server, type DialogueLine } from './smtp-dialogue.ts';

export interface FailedAttempt {
  recipient: string | null;
  remoteMta: string | null;
  /** failed: the attempt was refused for good; delayed: it will be tried again. */
  action: 'failed' | 'delayed';
  dialogue: DialogueLine[];
}


/** The refusal as the server wrote it, or rebuilt from the reply code and status the report gives. */
function refusal(r: BounceRecipient): DialogueLine {
  const text = r.diagnosticCode?.trim() ?? '';
  // The server's own reply inside the MTA's text ("host x said: 550 5.1.1 …
  // (in reply to RCPT TO command)"), without the MTA's words around it.
  const spoken = /(?:^|\s)([245]\d\d[ -].{0,2000})$/.exec(text)?.[1]?.replace(/\s*\(in reply to [^)]{0,40}\)\s*$/i, '');
  if (spoken) return server(spoken, said('the server’s reply in the error text of the report (Diagnostic-Code)', 'die Antwort des Servers im Fehlertext des Berichts (Diagnostic-Code)'));
  const permanent = r.statusClass === 'transient' ? '450' : '550';
  const reply = r.replyCode ?? permanent;
  const parts = [reply, r.status, text].filter((part): part is string => Boolean(part));
  const source = r.replyCode
    ? said('the reply code and status of the report', 'Antwortcode und Status des Berichts')
    : said(`the status ${r.status ?? 'class'} of the report; the reply code ${reply} is the usual one for it`, `der Status ${r.status ?? '(Klasse)'} des Berichts; der Antwortcode ${reply} ist der dafür übliche`);
  return server(parts.join(' '), source);
}

/** The session that most likely failed for one recipient; empty where the failure was no SMTP one (a local program, x-unix). */
export function failedAttemptDialogue(r: BounceRecipient, reportingMta: string | null, sender: string | null): DialogueLine[] {
  if (r.diagnosticType !== null && r.diagnosticType !== 'smtp') return [];
  const command = (r.command ?? 'RCPT').toUpperCase();
  const remote = r.remoteMta ?? 'mx.…';
  const lines: DialogueLine[] = [];
  const fail = () => [...lines, refusal(r), client('QUIT'), server('221 2.0.0 Bye')];
  if (command === 'CONN' || command === 'HELO' || command === 'EHLO') {
    if (command !== 'CONN') lines.push(server(`220 ${remote} ESMTP`), client(`EHLO ${reportingMta ?? '…'}`));
    return fail();
  }
  lines.push(
    server(`220 ${remote} ESMTP`, r.remoteMta ? said('the server that answered (Remote-MTA)', 'der Server, der antwortete (Remote-MTA)') : null),
    client(`EHLO ${reportingMta ?? '…'}`, reportingMta ? said('the server that reports (Reporting-MTA)', 'der berichtende Server (Reporting-MTA)') : null),
    server(`250 ${remote}`),
    client(`MAIL FROM:<${sender ?? '…'}>`, sender ? said('the Return-Path of the returned message', 'der Return-Path der zurückgesandten Nachricht') : null),
  );
  if (command === 'MAIL') return fail();
  lines.push(server('250 2.1.0 Ok'), client(`RCPT TO:<${r.recipient ?? '…'}>`, r.recipient ? said('the failed recipient (Final-Recipient)', 'der gescheiterte Empfänger (Final-Recipient)') : null));
  if (command !== 'DATA') return fail();
  lines.push(server('250 2.1.5 Ok'), client('DATA'), server('354 End data with <CR><LF>.<CR><LF>'), client('(the message) .'));
  return fail();
}

/** One rebuilt attempt per failed or delayed recipient of a report. */
export function failedAttempts(recipients: readonly BounceRecipient[], reportingMta: string | null, sender: string | null): FailedAttempt[] {
  return recipients
    .filter((r) => r.action === 'failed' || r.action === 'delayed')
    .map((r) => ({ recipient: r.recipient, remoteMta: r.remoteMta, action: r.action as 'failed' | 'delayed', dialogue: failedAttemptDialogue(r, reportingMta, sender) }))
    .filter((attempt) => attempt.dialogue.length > 0);
}
