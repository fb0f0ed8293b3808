import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'pop3-pull-imap-push',
  title: titleOf('pop3-pull-imap-push'),
  notice: {
    en: 'A Mail Retrieval Agent (MRA) such as fetchmail pulls mail from the provider’s mailbox over POP3 on a schedule, and leaves a Received field that says "with POP3". IMAP IDLE instead keeps a connection open so the server tells the client at once: push, and no trace in the header.',
    de: 'Ein Mail Retrieval Agent (MRA) wie fetchmail holt Mail nach Zeitplan per POP3 aus dem Postfach beim Anbieter und hinterlässt eine Received-Zeile mit „with POP3“. IMAP IDLE hält dagegen eine Verbindung offen, damit der Server den Client sofort benachrichtigt: Push, und keine Spur im Kopf.',
  },
  now: '2026-12-07T08:10:00Z',
  path: { en: 'Thunderbird → mail.example.com → pop.example.org (MX, mailbox) ⇠ fetchmail on laptop.example.net (POP3, every 10 minutes)', de: 'Thunderbird → mail.example.com → pop.example.org (MX, Postfach) ⇠ fetchmail auf laptop.example.net (POP3, alle 10 Minuten)' },
  steps: [
    { title: { en: 'Delivered to the provider', de: 'Beim Anbieter zugestellt' }, narration: { en: 'Anna’s server delivers to pop.example.org, the MX of example.org, at 08:30:14 local time. The message now waits in Ben’s mailbox at the provider.', de: 'Annas Server liefert um 08:30:14 Ortszeit an pop.example.org, den MX von example.org. Die Nachricht wartet nun in Bens Postfach beim Anbieter.' } },
    { title: { en: 'Pulled ten minutes later', de: 'Zehn Minuten später abgeholt' }, narration: { en: 'fetchmail on Ben’s laptop polls every 600 seconds. At 08:39:58 it logs in over POP3, downloads the message and hands it to the local MDA: the top Received field says "with POP3 (fetchmail-6.4.38)".', de: 'fetchmail auf Bens Laptop fragt alle 600 Sekunden. Um 08:39:58 meldet es sich per POP3 an, lädt die Nachricht und übergibt sie dem lokalen MDA: Die oberste Received-Zeile sagt „with POP3 (fetchmail-6.4.38)“.' } },
    { title: { en: 'SPF belongs to the MX', de: 'SPF gehört zum MX' }, narration: { en: 'The fetch is not an SMTP hop between MTAs, so SPF is judged where the message entered example.org: at pop.example.org, for 192.0.2.25. It passes.', de: 'Das Abholen ist keine SMTP-Station zwischen MTAs, also wird SPF dort beurteilt, wo die Nachricht example.org erreichte: bei pop.example.org, für 192.0.2.25. Es besteht.' } },
    { title: { en: 'Push instead', de: 'Stattdessen Push' }, narration: { en: 'With IMAP, a client sends IDLE and the server answers "* 1 EXISTS" the moment a message arrives (RFC 2177). The mail stays on the server, nothing is added to the header, and there is no ten-minute wait.', de: 'Mit IMAP sendet ein Client IDLE, und der Server antwortet „* 1 EXISTS“, sobald eine Nachricht eintrifft (RFC 2177). Die Mail bleibt auf dem Server, am Kopf ändert sich nichts, und es gibt keine zehn Minuten Wartezeit.' } },
  ],
  questions: [
    {
      prompt: { en: 'Which role does fetchmail play?', de: 'Welche Rolle spielt fetchmail?' },
      options: [
        { en: 'MTA', de: 'MTA' },
        { en: 'MRA, a Mail Retrieval Agent', de: 'MRA, ein Mail Retrieval Agent' },
        { en: 'MUA', de: 'MUA' },
      ],
      answer: 1,
      explanation: { en: 'fetchmail fetches mail from a mailbox server and passes it on locally: that is retrieval, not transport.', de: 'fetchmail holt Mail von einem Postfachserver und gibt sie lokal weiter: Das ist Abholen, kein Transport.' },
    },
    {
      prompt: { en: 'Why did the message wait almost ten minutes?', de: 'Warum wartete die Nachricht fast zehn Minuten?' },
      options: [
        { en: 'Greylisting', de: 'Greylisting' },
        { en: 'fetchmail polls only every 600 seconds: pull', de: 'fetchmail fragt nur alle 600 Sekunden: Pull' },
        { en: 'A DNS timeout', de: 'Eine DNS-Zeitüberschreitung' },
      ],
      answer: 1,
      explanation: { en: 'With pull, mail waits until the next poll. Push with IMAP IDLE tells the client immediately.', de: 'Beim Pull wartet Mail bis zur nächsten Abfrage. Push mit IMAP IDLE meldet sie dem Client sofort.' },
    },
    {
      prompt: { en: 'Which Received field would IMAP IDLE add?', de: 'Welche Received-Zeile würde IMAP IDLE hinzufügen?' },
      options: [
        { en: '"with IMAP"', de: '„with IMAP“' },
        { en: '"with IDLE"', de: '„with IDLE“' },
        { en: 'None: the client reads the message on the server', de: 'Keine: Der Client liest die Nachricht auf dem Server' },
      ],
      answer: 2,
      explanation: { en: 'An IMAP client reads and does not resend, so no trace field is written. Only an MRA that re-delivers (fetchmail over IMAP) adds one.', de: 'Ein IMAP-Client liest und sendet nicht erneut, also entsteht keine Trace-Zeile. Nur ein MRA, der neu zustellt (fetchmail über IMAP), fügt eine hinzu.' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
