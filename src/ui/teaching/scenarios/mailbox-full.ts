import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'mailbox-full',
  title: titleOf('mailbox-full'),
  notice: {
    en: 'The address exists, but its mailbox is over quota. The receiver accepted the recipient, took the whole message, and refused it at the end of DATA with 552 5.2.2. It is a problem of the recipient, not the sender.',
    de: 'Die Adresse gibt es, aber ihr Postfach ist über dem Kontingent. Der Empfänger nahm den Empfänger an, die ganze Nachricht entgegen und wies sie am Ende von DATA mit 552 5.2.2 ab. Es ist ein Problem des Empfängers, nicht der Absenderin.',
  },
  now: '2026-12-08T13:50:00Z',
  path: { en: 'Thunderbird → mail.example.com → mx.example.net (552 5.2.2 after DATA) — bounce: mail.example.com → Dovecot (LMTP) → Anna', de: 'Thunderbird → mail.example.com → mx.example.net (552 5.2.2 nach DATA) — Rückläufer: mail.example.com → Dovecot (LMTP) → Anna' },
  steps: [
    { title: { en: 'Accepted recipient', de: 'Empfänger angenommen' }, narration: { en: 'mx.example.net accepts RCPT TO:<dan.weber@example.net>: the address is valid.', de: 'mx.example.net nimmt RCPT TO:<dan.weber@example.net> an: Die Adresse ist gültig.' } },
    { title: { en: 'Quota exceeded', de: 'Kontingent überschritten' }, narration: { en: 'After the message data the server checks the quota and answers 552 5.2.2 "Mailbox full". Anna’s server reports this in the bounce: Status 5.2.2, Remote-MTA mx.example.net.', de: 'Nach den Nachrichtendaten prüft der Server das Kontingent und antwortet 552 5.2.2 „Mailbox full“. Annas Server meldet das im Rückläufer: Status 5.2.2, Remote-MTA mx.example.net.' } },
    { title: { en: 'What to do', de: 'Was zu tun ist' }, narration: { en: 'Tell Dan another way, or try again later: many servers give 452 4.2.2 for a full mailbox, a temporary error that is retried. This one says 5, so Anna’s server did not retry.', de: 'Dan auf anderem Weg Bescheid geben oder später erneut senden: Viele Server geben für ein volles Postfach 452 4.2.2, einen vorübergehenden Fehler, der wiederholt wird. Dieser sagt 5, also versuchte Annas Server es nicht erneut.' } },
  ],
  questions: [
    {
      prompt: { en: 'Whose problem is a full mailbox?', de: 'Wessen Problem ist ein volles Postfach?' },
      options: [
        { en: 'The sender’s', de: 'Das der Absenderin' },
        { en: 'The recipient’s', de: 'Das des Empfängers' },
        { en: 'The DNS blocklist’s', de: 'Das der DNS-Sperrliste' },
      ],
      answer: 1,
      explanation: { en: 'The recipient must make room; the sender can only wait or reach them another way.', de: 'Der Empfänger muss Platz schaffen; die Absenderin kann nur warten oder ihn anders erreichen.' },
    },
    {
      prompt: { en: 'What does the subject digit 2 in 5.2.2 stand for?', de: 'Wofür steht die mittlere Ziffer 2 in 5.2.2?' },
      options: [
        { en: 'Address status', de: 'Adress-Status' },
        { en: 'Mailbox status', de: 'Postfach-Status' },
        { en: 'Security or policy status', de: 'Sicherheits- oder Richtlinien-Status' },
      ],
      answer: 1,
      explanation: { en: 'RFC 3463: X.1.X is the address, X.2.X the mailbox, X.7.X security or policy; X.2.2 is "mailbox full".', de: 'RFC 3463: X.1.X betrifft die Adresse, X.2.X das Postfach, X.7.X Sicherheit oder Richtlinien; X.2.2 heißt „Postfach voll“.' },
    },
    {
      prompt: { en: 'At which point of the SMTP dialogue was the message refused?', de: 'An welcher Stelle des SMTP-Dialogs wurde die Nachricht abgewiesen?' },
      options: [
        { en: 'At the greeting', de: 'Bei der Begrüßung' },
        { en: 'At RCPT TO', de: 'Bei RCPT TO' },
        { en: 'At the end of DATA', de: 'Am Ende von DATA' },
      ],
      answer: 2,
      explanation: { en: 'The bounce says "in reply to end of DATA command": the whole message had been sent.', de: 'Der Rückläufer sagt „in reply to end of DATA command“: Die ganze Nachricht war schon gesendet.' },
    },
  ],
  expect: { spf: null, dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'non-delivery', bounce: { status: '5.2.2', reason: 'mailboxfull', recipient: 'dan.weber@example.net' } },
};

export default scenario;
