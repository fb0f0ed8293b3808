import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'mailman-pipe-alias',
  title: titleOf('mailman-pipe-alias'),
  notice: {
    en: 'An alias can hand a message to a program instead of a mailbox: team: "|/var/lib/mailman/mail/mailman post team". Mailman 2 then sends a copy to every member. The Delivered-To of the pipe stays in the middle of the header, and the list’s subject prefix and footer break the author’s DKIM signature.',
    de: 'Ein Alias kann eine Nachricht statt an ein Postfach an ein Programm übergeben: team: "|/var/lib/mailman/mail/mailman post team". Mailman 2 schickt dann jedem Mitglied eine Kopie. Das Delivered-To der Pipe bleibt mitten im Kopf stehen, und Betreff-Präfix und Fußzeile der Liste brechen die DKIM-Signatur der Autorin.',
  },
  now: '2026-12-07T09:40:00Z',
  path: { en: 'Thunderbird → mail.example.com → lists.example.org (alias → pipe → Mailman 2.1) → Postfix on localhost → mx.example.net → Dovecot (LMTP)', de: 'Thunderbird → mail.example.com → lists.example.org (Alias → Pipe → Mailman 2.1) → Postfix auf localhost → mx.example.net → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'Into the pipe', de: 'In die Pipe' }, narration: { en: 'lists.example.org receives the message for team@lists.example.org. /etc/aliases says to pipe it to Mailman; Postfix’s local(8) runs the command and adds Delivered-To: team@lists.example.org.', de: 'lists.example.org empfängt die Nachricht für team@lists.example.org. /etc/aliases sagt, sie an Mailman zu pipen; local(8) von Postfix startet den Befehl und fügt Delivered-To: team@lists.example.org hinzu.' } },
    { title: { en: 'Mailman posts', de: 'Mailman verteilt' }, narration: { en: 'Mailman 2.1 prefixes the subject with [Team], adds List-* fields and a footer, and hands the post back to Postfix on 127.0.0.1 with its own envelope sender team-bounces@lists.example.org.', de: 'Mailman 2.1 setzt [Team] vor den Betreff, fügt List-*-Felder und eine Fußzeile hinzu und gibt den Beitrag mit eigenem Umschlag-Absender team-bounces@lists.example.org an Postfix auf 127.0.0.1 zurück.' } },
    { title: { en: 'At the member’s server', de: 'Beim Server des Mitglieds' }, narration: { en: 'SPF passes for lists.example.org. The example.com signature fails: its signed Subject and body changed. Nothing aligns with example.com, so DMARC fails; its policy is p=none, so the message is still delivered.', de: 'SPF besteht für lists.example.org. Die Signatur von example.com scheitert: Ihr signierter Betreff und der Text wurden geändert. Nichts passt zu example.com, also scheitert DMARC; die Richtlinie ist p=none, daher wird trotzdem zugestellt.' } },
  ],
  questions: [
    {
      prompt: { en: 'What does the alias line with "|" do?', de: 'Was bewirkt die Alias-Zeile mit „|“?' },
      options: [
        { en: 'It forwards to another address', de: 'Sie leitet an eine andere Adresse weiter' },
        { en: 'It runs a program and gives it the message on standard input', de: 'Sie startet ein Programm und gibt ihm die Nachricht auf der Standardeingabe' },
        { en: 'It rejects the message', de: 'Sie weist die Nachricht ab' },
      ],
      answer: 1,
      explanation: { en: 'A "|command" target in aliases(5) pipes the message to the command, here Mailman’s mail wrapper.', de: 'Ein Ziel „|befehl“ in aliases(5) pipet die Nachricht an den Befehl, hier Mailmans Mail-Wrapper.' },
    },
    {
      prompt: { en: 'Why is there a Delivered-To field in the middle of the header?', de: 'Warum steht mitten im Kopf ein Delivered-To-Feld?' },
      options: [
        { en: 'The pipe delivery on the list host added it before Mailman re-sent the message', de: 'Die Pipe-Zustellung auf dem Listenserver fügte es hinzu, bevor Mailman die Nachricht neu versandte' },
        { en: 'Thunderbird wrote it', de: 'Thunderbird hat es geschrieben' },
        { en: 'It was forged', de: 'Es wurde gefälscht' },
      ],
      answer: 0,
      explanation: { en: 'Local delivery records the address it delivered to, also for a pipe; Mailman keeps the header it received.', de: 'Die lokale Zustellung hält die Adresse fest, an die sie zustellte, auch bei einer Pipe; Mailman behält den empfangenen Kopf.' },
    },
    {
      prompt: { en: 'What broke the author’s DKIM signature?', de: 'Was brach die DKIM-Signatur der Autorin?' },
      options: [
        { en: 'The subject prefix and the footer', de: 'Das Betreff-Präfix und die Fußzeile' },
        { en: 'The Delivered-To field', de: 'Das Delivered-To-Feld' },
        { en: 'The new envelope sender', de: 'Der neue Umschlag-Absender' },
      ],
      answer: 0,
      explanation: { en: 'Subject is a signed field and the body is hashed; added fields that were not signed (Delivered-To, List-*) do not matter.', de: 'Subject ist ein signiertes Feld, und der Text ist gehasht; hinzugefügte, nicht signierte Felder (Delivered-To, List-*) spielen keine Rolle.' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'fail' }], dmarc: 'fail', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
