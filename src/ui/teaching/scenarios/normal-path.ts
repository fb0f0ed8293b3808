import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'normal-path',
  title: titleOf('normal-path'),
  notice: {
    en: 'Every program on the way has a role: the MUA writes, MTAs transport, the MDA delivers into the mailbox, and the MUA reads it again over IMAP. Received fields are read from the bottom up.',
    de: 'Jedes Programm unterwegs hat eine Rolle: Der MUA schreibt, MTAs transportieren, der MDA stellt ins Postfach zu, und der MUA liest die Nachricht über IMAP wieder. Received-Zeilen liest man von unten nach oben.',
  },
  now: '2026-11-24T08:30:00Z',
  path: { en: 'Thunderbird (MUA) → mail.example.com (submission, port 587) → amavisd-new → mx.example.net (MX) → Dovecot (LMTP) → IMAP', de: 'Thunderbird (MUA) → mail.example.com (Einlieferung, Port 587) → amavisd-new → mx.example.net (MX) → Dovecot (LMTP) → IMAP' },
  steps: [
    {
      title: { en: 'Submission', de: 'Einlieferung' },
      narration: {
        en: 'Anna writes in Thunderbird, her MUA. It logs in to her company server mail.example.com on port 587 and submits the message: the bottom Received field says ESMTPSA, which means SMTP with TLS and authentication.',
        de: 'Anna schreibt in Thunderbird, ihrem MUA. Es meldet sich an ihrem Firmenserver mail.example.com auf Port 587 an und liefert die Nachricht ein: Die unterste Received-Zeile sagt ESMTPSA, also SMTP mit TLS und Anmeldung.',
      },
    },
    {
      title: { en: 'Signing and scanning', de: 'Signieren und Prüfen' },
      narration: {
        en: 'OpenDKIM signs the message for example.com while Postfix receives it. Then amavisd-new scans it on localhost and hands it back: two internal hops that never leave the server.',
        de: 'OpenDKIM signiert die Nachricht für example.com, während Postfix sie annimmt. Danach prüft amavisd-new sie auf localhost und gibt sie zurück: zwei interne Stationen, die den Server nie verlassen.',
      },
    },
    {
      title: { en: 'The MX', de: 'Der MX' },
      narration: {
        en: "mail.example.com looks up the MX record of example.net and connects to mx.example.net on port 25 (ESMTPS). This hop is the trust boundary: from here on the fields were written by the recipient's own servers. SPF is checked here for the client 192.0.2.25.",
        de: 'mail.example.com fragt den MX-Eintrag von example.net ab und verbindet sich mit mx.example.net auf Port 25 (ESMTPS). Diese Station ist die Vertrauensgrenze: Ab hier stammen die Zeilen von den Servern des Empfängers. Hier wird SPF für den Client 192.0.2.25 geprüft.',
      },
    },
    {
      title: { en: 'Delivery and reading', de: 'Zustellung und Lesen' },
      narration: {
        en: "The MX hands the message to Dovecot over LMTP: Dovecot is the MDA and files it into Ben's mailbox. Ben's MUA reads it over IMAP, which adds no Received field: fetching is not transport.",
        de: 'Der MX übergibt die Nachricht per LMTP an Dovecot: Dovecot ist der MDA und legt sie in Bens Postfach ab. Bens MUA liest sie über IMAP; das fügt keine Received-Zeile hinzu, denn Abholen ist kein Transport.',
      },
    },
  ],
  questions: [
    {
      prompt: { en: 'Which program is the MDA in this path?', de: 'Welches Programm ist auf diesem Weg der MDA?' },
      options: [
        { en: 'Thunderbird', de: 'Thunderbird' },
        { en: 'Postfix on mail.example.com', de: 'Postfix auf mail.example.com' },
        { en: 'Dovecot, reached over LMTP', de: 'Dovecot, erreicht über LMTP' },
        { en: 'amavisd-new', de: 'amavisd-new' },
      ],
      answer: 2,
      explanation: { en: 'The Mail Delivery Agent puts the message into the mailbox. Here the MX hands it over LMTP to Dovecot, which does exactly that.', de: 'Der Mail Delivery Agent legt die Nachricht ins Postfach. Hier übergibt der MX sie per LMTP an Dovecot, der genau das tut.' },
    },
    {
      prompt: { en: 'What does ESMTPSA in the bottom Received field tell you?', de: 'Was sagt ESMTPSA in der untersten Received-Zeile?' },
      options: [
        { en: 'The client used TLS and logged in: a submission', de: 'Der Client nutzte TLS und meldete sich an: eine Einlieferung' },
        { en: 'The message was signed with DKIM', de: 'Die Nachricht wurde mit DKIM signiert' },
        { en: 'The message was scanned for viruses', de: 'Die Nachricht wurde auf Viren geprüft' },
      ],
      answer: 0,
      explanation: { en: 'RFC 3848: "S" means TLS, "A" means SMTP authentication. A MUA logging in on port 587 is the usual submission (RFC 6409).', de: 'RFC 3848: „S“ steht für TLS, „A“ für SMTP-Anmeldung. Ein MUA, der sich auf Port 587 anmeldet, ist die übliche Einlieferung (RFC 6409).' },
    },
    {
      prompt: { en: 'Where is SPF checked?', de: 'Wo wird SPF geprüft?' },
      options: [
        { en: "At the submission from Anna's laptop", de: 'Bei der Einlieferung von Annas Laptop' },
        { en: 'At mx.example.net, for the connecting server 192.0.2.25', de: 'Bei mx.example.net, für den einliefernden Server 192.0.2.25' },
        { en: 'At the LMTP delivery to Dovecot', de: 'Bei der LMTP-Zustellung an Dovecot' },
      ],
      answer: 1,
      explanation: { en: "SPF judges the host that hands the message across the boundary into the receiver's domain: mail.example.com at 192.0.2.25, which example.com's record allows with mx.", de: 'SPF beurteilt den Rechner, der die Nachricht über die Grenze in die Domain des Empfängers übergibt: mail.example.com mit 192.0.2.25, den der Eintrag von example.com mit mx erlaubt.' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
