import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'relay-access-denied',
  title: titleOf('relay-access-denied'),
  notice: {
    en: 'A mail server accepts mail only for its own domains, or from users who log in. Anything else would make it an open relay that spammers use to send through it. After a server move, mail.example.com still relays through its old provider’s host, which refuses: 554 5.7.1 Relay access denied.',
    de: 'Ein Mailserver nimmt Mail nur für seine eigenen Domains an, oder von Benutzern, die sich anmelden. Alles andere machte ihn zum offenen Relay, über das Spammer senden. Nach einem Serverumzug leitet mail.example.com noch über den Rechner des alten Anbieters, der ablehnt: 554 5.7.1 Relay access denied.',
  },
  now: '2026-12-08T16:15:00Z',
  path: { en: 'Thunderbird → mail.example.com (relayhost smtp.example.org) → smtp.example.org: 554 5.7.1 Relay access denied — bounce back to Anna', de: 'Thunderbird → mail.example.com (relayhost smtp.example.org) → smtp.example.org: 554 5.7.1 Relay access denied — Rückläufer an Anna' },
  steps: [
    { title: { en: 'A stale relayhost', de: 'Ein veralteter relayhost' }, narration: { en: 'mail.example.com still has relayhost = smtp.example.org in main.cf from before the move, and hands every outgoing message to it.', de: 'mail.example.com hat seit vor dem Umzug noch relayhost = smtp.example.org in der main.cf und übergibt ihm jede ausgehende Nachricht.' } },
    { title: { en: 'Refused', de: 'Abgewiesen' }, narration: { en: 'smtp.example.org does not know the new address 192.0.2.25, it is not logged in, and example.net is not one of its domains: it answers RCPT TO with 554 5.7.1 "Relay access denied".', de: 'smtp.example.org kennt die neue Adresse 192.0.2.25 nicht, sie ist nicht angemeldet, und example.net ist keine seiner Domains: Er antwortet auf RCPT TO mit 554 5.7.1 „Relay access denied“.' } },
    { title: { en: 'Right to refuse', de: 'Zu Recht abgewiesen' }, narration: { en: 'That is the correct behaviour (smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination). The fix is on Anna’s side: remove the old relayhost or log in to it with SMTP AUTH.', de: 'Das ist richtig so (smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination). Die Abhilfe liegt bei Anna: den alten relayhost entfernen oder sich per SMTP AUTH dort anmelden.' } },
  ],
  questions: [
    {
      prompt: { en: 'What is an open relay?', de: 'Was ist ein offenes Relay?' },
      options: [
        { en: 'A server that relays mail from anyone to anywhere', de: 'Ein Server, der Mail von jedem an jeden weiterleitet' },
        { en: 'A server without TLS', de: 'Ein Server ohne TLS' },
        { en: 'A server with an MX record', de: 'Ein Server mit MX-Eintrag' },
      ],
      answer: 0,
      explanation: { en: 'An open relay lets strangers send mail through it; it lands on blocklists quickly.', de: 'Über ein offenes Relay können Fremde Mail senden; es landet schnell auf Sperrlisten.' },
    },
    {
      prompt: { en: 'For which mail may a server relay without login?', de: 'Für welche Mail darf ein Server ohne Anmeldung weiterleiten?' },
      options: [
        { en: 'For any recipient', de: 'Für jeden Empfänger' },
        { en: 'For its own domains (and its own trusted networks)', de: 'Für seine eigenen Domains (und seine vertrauten Netze)' },
        { en: 'For mail with a DKIM signature', de: 'Für Mail mit DKIM-Signatur' },
      ],
      answer: 1,
      explanation: { en: 'Without authentication, a server accepts only mail addressed to domains it is responsible for.', de: 'Ohne Anmeldung nimmt ein Server nur Mail an Domains an, für die er zuständig ist.' },
    },
    {
      prompt: { en: 'Who should fix this bounce?', de: 'Wer sollte diesen Rückläufer beheben?' },
      options: [
        { en: 'The operator of smtp.example.org, by opening the relay', de: 'Der Betreiber von smtp.example.org, indem er das Relay öffnet' },
        { en: 'Anna’s administrator, by fixing the relayhost', de: 'Annas Administrator, indem er den relayhost berichtigt' },
        { en: 'Ben', de: 'Ben' },
      ],
      answer: 1,
      explanation: { en: 'The refusing server did its job; the sending side is misconfigured.', de: 'Der abweisende Server hat seine Arbeit getan; die sendende Seite ist falsch eingestellt.' },
    },
  ],
  expect: { spf: null, dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'non-delivery', bounce: { status: '5.7.1', reason: 'norelaying', recipient: 'ben.wagner@example.net' } },
};

export default scenario;
