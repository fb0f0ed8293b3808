import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'aliases-expansion',
  title: titleOf('aliases-expansion'),
  notice: {
    en: 'An alias maps an address to other users or addresses. The sender wrote postmaster@example.org; /etc/aliases on the receiving server turns it into carla. X-Original-To keeps the address the sender used, Delivered-To names the mailbox it landed in.',
    de: 'Ein Alias bildet eine Adresse auf andere Benutzer oder Adressen ab. Die Absenderin schrieb postmaster@example.org; /etc/aliases auf dem empfangenden Server macht daraus carla. X-Original-To behält die verwendete Adresse, Delivered-To nennt das Postfach, in dem sie landete.',
  },
  now: '2026-12-07T08:35:00Z',
  path: { en: 'Thunderbird → mail.example.com → mx.example.org (aliases: postmaster → root → carla) → local(8) into carla’s mailbox', de: 'Thunderbird → mail.example.com → mx.example.org (Aliase: postmaster → root → carla) → local(8) in Carlas Postfach' },
  steps: [
    { title: { en: 'To postmaster', de: 'An postmaster' }, narration: { en: 'Every mail domain must accept mail for postmaster (RFC 5321 §4.5.1). Anna writes to postmaster@example.org about a misconfigured server.', de: 'Jede Maildomain muss Mail an postmaster annehmen (RFC 5321 §4.5.1). Anna schreibt an postmaster@example.org wegen eines falsch eingestellten Servers.' } },
    { title: { en: 'The alias table', de: 'Die Alias-Tabelle' }, narration: { en: 'On mx.example.org, /etc/aliases holds "postmaster: root" and "root: carla". The administrator ran newaliases after editing it, which rebuilds the table Postfix reads (aliases.db).', de: 'Auf mx.example.org enthält /etc/aliases „postmaster: root“ und „root: carla“. Der Administrator hat nach dem Bearbeiten newaliases ausgeführt; das baut die Tabelle neu, die Postfix liest (aliases.db).' } },
    { title: { en: 'What the header shows', de: 'Was der Kopf zeigt' }, narration: { en: 'Postfix’s local delivery adds X-Original-To: postmaster@example.org and Delivered-To: carla@mx.example.org. The To field still says postmaster: the header is what the sender wrote, the envelope is what was delivered.', de: 'Die lokale Zustellung von Postfix fügt X-Original-To: postmaster@example.org und Delivered-To: carla@mx.example.org hinzu. Das To-Feld sagt weiter postmaster: Der Kopf ist, was die Absenderin schrieb; der Umschlag, was zugestellt wurde.' } },
  ],
  questions: [
    {
      prompt: { en: 'Which field tells the address the sender used?', de: 'Welches Feld nennt die Adresse, die die Absenderin benutzte?' },
      options: [
        { en: 'Delivered-To', de: 'Delivered-To' },
        { en: 'X-Original-To', de: 'X-Original-To' },
        { en: 'Return-Path', de: 'Return-Path' },
      ],
      answer: 1,
      explanation: { en: 'X-Original-To is the recipient as given in RCPT TO, before aliases. Delivered-To is the final mailbox.', de: 'X-Original-To ist der Empfänger wie in RCPT TO angegeben, vor den Aliasen. Delivered-To ist das endgültige Postfach.' },
    },
    {
      prompt: { en: 'What must the administrator run after editing /etc/aliases?', de: 'Was muss der Administrator nach dem Bearbeiten von /etc/aliases ausführen?' },
      options: [
        { en: 'newaliases', de: 'newaliases' },
        { en: 'postqueue -f', de: 'postqueue -f' },
        { en: 'opendkim-testkey', de: 'opendkim-testkey' },
      ],
      answer: 0,
      explanation: { en: 'The MTA reads a compiled table; newaliases rebuilds it from the text file.', de: 'Der MTA liest eine übersetzte Tabelle; newaliases baut sie aus der Textdatei neu.' },
    },
    {
      prompt: { en: 'Why does the To field still say postmaster?', de: 'Warum steht im To-Feld weiter postmaster?' },
      options: [
        { en: 'Because the alias failed', de: 'Weil der Alias fehlschlug' },
        { en: 'Because aliases change the envelope recipient, not the header', de: 'Weil Aliase den Umschlag-Empfänger ändern, nicht den Kopf' },
        { en: 'Because DKIM forbids changes', de: 'Weil DKIM Änderungen verbietet' },
      ],
      answer: 1,
      explanation: { en: 'Routing uses the envelope (RCPT TO). The To field is only what the author wrote and is never used for delivery.', de: 'Die Zustellung richtet sich nach dem Umschlag (RCPT TO). Das To-Feld ist nur, was die Autorin schrieb, und wird nie zum Zustellen benutzt.' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
