import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'bcc-envelope-only',
  title: titleOf('bcc-envelope-only'),
  notice: {
    en: 'To and Cc are visible to everyone. A Bcc recipient gets the message but is not named in it: the mail program removes the Bcc field and gives the address only to the server, as RCPT TO. Carla received this copy; the header names only Ben and Dan.',
    de: 'To und Cc sieht jeder. Ein Bcc-Empfänger erhält die Nachricht, wird darin aber nicht genannt: Das Mailprogramm entfernt das Bcc-Feld und nennt die Adresse nur dem Server, als RCPT TO. Carla hat diese Kopie erhalten; der Kopf nennt nur Ben und Dan.',
  },
  now: '2026-12-07T11:15:00Z',
  path: { en: 'Thunderbird (RCPT TO Ben, Dan, Carla) → mail.example.com → mx.example.org (for <carla.schmidt@example.org>) → Carla’s mailbox', de: 'Thunderbird (RCPT TO Ben, Dan, Carla) → mail.example.com → mx.example.org (for <carla.schmidt@example.org>) → Carlas Postfach' },
  steps: [
    { title: { en: 'Three recipients', de: 'Drei Empfänger' }, narration: { en: 'Anna writes To: Ben, Cc: Dan and Bcc: Carla. Thunderbird sends one message with three RCPT TO commands, and a header without a Bcc field.', de: 'Anna schreibt To: Ben, Cc: Dan und Bcc: Carla. Thunderbird sendet eine Nachricht mit drei RCPT-TO-Befehlen und einem Kopf ohne Bcc-Feld.' } },
    { title: { en: 'Carla’s copy', de: 'Carlas Kopie' }, narration: { en: 'mail.example.com delivers Carla’s copy to mx.example.org. That server’s Received field says "for <carla.schmidt@example.org>", and Delivered-To names her mailbox.', de: 'mail.example.com liefert Carlas Kopie an mx.example.org. Dessen Received-Zeile sagt „for <carla.schmidt@example.org>“, und Delivered-To nennt ihr Postfach.' } },
    { title: { en: 'What Ben and Dan see', de: 'Was Ben und Dan sehen' }, narration: { en: 'Their copies have the same To and Cc, and their own addresses in the envelope. Nothing in them tells that Carla got one too.', de: 'Ihre Kopien haben dasselbe To und Cc und ihre eigenen Adressen im Umschlag. Nichts darin verrät, dass Carla auch eine bekam.' } },
  ],
  questions: [
    {
      prompt: { en: 'Where does Carla’s address appear in her copy?', de: 'Wo steht Carlas Adresse in ihrer Kopie?' },
      options: [
        { en: 'In a Bcc field', de: 'In einem Bcc-Feld' },
        { en: 'In the envelope traces: Received "for <…>" and Delivered-To', de: 'In den Umschlag-Spuren: Received „for <…>“ und Delivered-To' },
        { en: 'In the To field', de: 'Im To-Feld' },
      ],
      answer: 1,
      explanation: { en: 'The envelope recipient is written by the receiving servers; the header fields are the author’s.', de: 'Den Umschlag-Empfänger schreiben die empfangenden Server; die Kopffelder stammen von der Autorin.' },
    },
    {
      prompt: { en: 'Can Ben find out that Carla got the message?', de: 'Kann Ben herausfinden, dass Carla die Nachricht bekam?' },
      options: [
        { en: 'Yes, from the Received fields of his copy', de: 'Ja, aus den Received-Zeilen seiner Kopie' },
        { en: 'No: his copy names only his own envelope recipient', de: 'Nein: Seine Kopie nennt nur seinen eigenen Umschlag-Empfänger' },
        { en: 'Yes, from the DKIM signature', de: 'Ja, aus der DKIM-Signatur' },
      ],
      answer: 1,
      explanation: { en: 'Each server writes only the recipients of its own delivery; a Received field names at most one.', de: 'Jeder Server schreibt nur die Empfänger seiner eigenen Zustellung; eine Received-Zeile nennt höchstens einen.' },
    },
    {
      prompt: { en: 'Which SMTP command carries a Bcc address?', de: 'Welcher SMTP-Befehl trägt eine Bcc-Adresse?' },
      options: [
        { en: 'MAIL FROM', de: 'MAIL FROM' },
        { en: 'RCPT TO', de: 'RCPT TO' },
        { en: 'DATA', de: 'DATA' },
      ],
      answer: 1,
      explanation: { en: 'Every recipient, visible or not, is one RCPT TO (RFC 5321 §3.3).', de: 'Jeder Empfänger, sichtbar oder nicht, ist ein RCPT TO (RFC 5321 §3.3).' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
