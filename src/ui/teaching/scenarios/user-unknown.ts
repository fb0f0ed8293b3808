import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'user-unknown',
  title: titleOf('user-unknown'),
  notice: {
    en: 'When a server refuses a recipient, the sender’s own server writes a delivery status notification (RFC 3464) back to the sender. Its machine-readable part names the recipient, the status code and the server that refused.',
    de: 'Weist ein Server einen Empfänger ab, schreibt der eigene Server der Absenderin einen Zustellbericht (RFC 3464) an sie zurück. Sein maschinenlesbarer Teil nennt Empfänger, Statuscode und den abweisenden Server.',
  },
  now: '2026-11-23T16:00:00Z',
  path: { en: 'Thunderbird → mail.example.com → mx.example.net (550 5.1.1 at RCPT TO) — bounce: mail.example.com → Dovecot (LMTP) → Anna', de: 'Thunderbird → mail.example.com → mx.example.net (550 5.1.1 bei RCPT TO) — Rückläufer: mail.example.com → Dovecot (LMTP) → Anna' },
  steps: [
    { title: { en: 'A typo', de: 'Ein Tippfehler' }, narration: { en: 'Anna writes to ben.wagenr@example.net instead of ben.wagner. Her server looks up the MX of example.net and connects.', de: 'Anna schreibt an ben.wagenr@example.net statt ben.wagner. Ihr Server fragt den MX von example.net ab und verbindet sich.' } },
    { title: { en: 'Refused at RCPT TO', de: 'Abgewiesen bei RCPT TO' }, narration: { en: 'mx.example.net knows no such mailbox and answers RCPT TO with 550 5.1.1 "User unknown": a permanent error, so there is no retry.', de: 'mx.example.net kennt kein solches Postfach und antwortet auf RCPT TO mit 550 5.1.1 „User unknown“: ein dauerhafter Fehler, also kein neuer Versuch.' } },
    { title: { en: 'The bounce', de: 'Der Rückläufer' }, narration: { en: 'Postfix on mail.example.com writes the report with an empty envelope sender (MAIL FROM:<>), so that a bounce can never bounce again, and returns Anna’s message in its third part.', de: 'Postfix auf mail.example.com schreibt den Bericht mit leerem Umschlag-Absender (MAIL FROM:<>), damit ein Rückläufer nie selbst zurückläuft, und hängt Annas Nachricht im dritten Teil an.' } },
  ],
  questions: [
    {
      prompt: { en: 'What does the status 5.1.1 say?', de: 'Was sagt der Status 5.1.1?' },
      options: [
        { en: 'The mailbox does not exist: a permanent failure', de: 'Das Postfach gibt es nicht: ein dauerhafter Fehler' },
        { en: 'The mailbox is full for now', de: 'Das Postfach ist gerade voll' },
        { en: 'The message was spam', de: 'Die Nachricht war Spam' },
      ],
      answer: 0,
      explanation: { en: 'RFC 3463: class 5 is permanent, subject 1 is the address, detail 1 is "bad destination mailbox address".', de: 'RFC 3463: Klasse 5 ist dauerhaft, Bereich 1 betrifft die Adresse, Detail 1 heißt „ungültige Zieladresse“.' },
    },
    {
      prompt: { en: 'Who wrote the bounce?', de: 'Wer hat den Rückläufer geschrieben?' },
      options: [
        { en: 'mx.example.net, the recipient’s server', de: 'mx.example.net, der Server des Empfängers' },
        { en: 'mail.example.com, Anna’s own server', de: 'mail.example.com, Annas eigener Server' },
        { en: 'Thunderbird', de: 'Thunderbird' },
      ],
      answer: 1,
      explanation: { en: 'The recipient’s server only refused in the SMTP dialogue; the server holding the message (Reporting-MTA: mail.example.com) reports to the sender.', de: 'Der Server des Empfängers hat im SMTP-Dialog nur abgelehnt; der Server, der die Nachricht hielt (Reporting-MTA: mail.example.com), meldet es der Absenderin.' },
    },
    {
      prompt: { en: 'Why is the envelope sender of a bounce empty?', de: 'Warum ist der Umschlag-Absender eines Rückläufers leer?' },
      options: [
        { en: 'To hide the server', de: 'Um den Server zu verbergen' },
        { en: 'So that a failing bounce is never bounced again, which would loop', de: 'Damit ein scheiternder Rückläufer nie erneut zurückläuft, was eine Schleife wäre' },
        { en: 'Because SPF requires it', de: 'Weil SPF es verlangt' },
      ],
      answer: 1,
      explanation: { en: 'RFC 5321 §4.5.5: notifications are sent with a null reverse-path.', de: 'RFC 5321 §4.5.5: Benachrichtigungen werden mit leerem Rückweg gesendet.' },
    },
  ],
  expect: { spf: null, dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'non-delivery', bounce: { status: '5.1.1', reason: 'userunknown', recipient: 'ben.wagenr@example.net' } },
};

export default scenario;
