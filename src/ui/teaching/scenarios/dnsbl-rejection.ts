import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'dnsbl-rejection',
  title: titleOf('dnsbl-rejection'),
  notice: {
    en: 'A receiver asks a DNS blocklist (DNSBL) about every connecting IP: the reversed address under the list’s zone. An answer in 127.0.0.0/8 means "listed", and the receiver refuses before the message is even sent.',
    de: 'Ein Empfänger fragt für jede verbindende IP eine DNS-Sperrliste (DNSBL): die umgekehrte Adresse unter der Zone der Liste. Eine Antwort aus 127.0.0.0/8 heißt „gelistet“, und der Empfänger lehnt ab, bevor die Nachricht überhaupt gesendet wird.',
  },
  now: '2026-12-08T11:30:00Z',
  path: { en: 'Thunderbird → mail.example.com (192.0.2.25, listed) → mx.example.net asks 25.2.0.192.zen.dnsbl.example → 554 — bounce back to Anna', de: 'Thunderbird → mail.example.com (192.0.2.25, gelistet) → mx.example.net fragt 25.2.0.192.zen.dnsbl.example → 554 — Rückläufer an Anna' },
  steps: [
    { title: { en: 'The lookup', de: 'Die Abfrage' }, narration: { en: 'mail.example.com (192.0.2.25) connects to mx.example.net. The MX looks up 25.2.0.192.zen.dnsbl.example and gets 127.0.0.2: the address is listed.', de: 'mail.example.com (192.0.2.25) verbindet sich mit mx.example.net. Der MX fragt 25.2.0.192.zen.dnsbl.example ab und erhält 127.0.0.2: Die Adresse ist gelistet.' } },
    { title: { en: 'Refused', de: 'Abgewiesen' }, narration: { en: 'The MX answers RCPT TO with 554 5.7.1 "Client host [192.0.2.25] blocked using zen.dnsbl.example" and a link to look the address up.', de: 'Der MX antwortet auf RCPT TO mit 554 5.7.1 „Client host [192.0.2.25] blocked using zen.dnsbl.example“ und einem Link zum Nachschlagen.' } },
    { title: { en: 'What to do', de: 'Was zu tun ist' }, narration: { en: 'The problem is Anna’s server, not her message: find out why 192.0.2.25 was listed (an infected client, an open relay, a dynamic address), fix it, then ask the list to delist it.', de: 'Das Problem ist Annas Server, nicht ihre Nachricht: Herausfinden, warum 192.0.2.25 gelistet ist (ein befallener Rechner, ein offenes Relay, eine dynamische Adresse), das beheben und dann die Austragung beantragen.' } },
  ],
  questions: [
    {
      prompt: { en: 'Which name does the MX look up for 192.0.2.25?', de: 'Welchen Namen fragt der MX für 192.0.2.25 ab?' },
      options: [
        { en: '192.0.2.25.zen.dnsbl.example', de: '192.0.2.25.zen.dnsbl.example' },
        { en: '25.2.0.192.zen.dnsbl.example', de: '25.2.0.192.zen.dnsbl.example' },
        { en: '25.2.0.192.in-addr.arpa', de: '25.2.0.192.in-addr.arpa' },
      ],
      answer: 1,
      explanation: { en: 'Like reverse DNS, the octets are reversed and the list’s zone appended (RFC 5782 §2.1).', de: 'Wie beim Rückwärts-DNS werden die Oktette umgedreht und die Zone der Liste angehängt (RFC 5782 §2.1).' },
    },
    {
      prompt: { en: 'What is blocked: the message or the server?', de: 'Was ist gesperrt: die Nachricht oder der Server?' },
      options: [
        { en: 'The message, because of its content', de: 'Die Nachricht, wegen ihres Inhalts' },
        { en: 'The sending server’s IP address', de: 'Die IP-Adresse des sendenden Servers' },
        { en: 'Anna’s mailbox', de: 'Annas Postfach' },
      ],
      answer: 1,
      explanation: { en: 'The refusal came at RCPT TO, before any content was sent: only the client IP was judged.', de: 'Die Ablehnung kam bei RCPT TO, bevor Inhalt gesendet wurde: Beurteilt wurde nur die Client-IP.' },
    },
    {
      prompt: { en: 'Which item of the best-practice checklist does this break?', de: 'Gegen welchen Punkt der Best-Practice-Liste verstößt das?' },
      options: [
        { en: 'A mail server’s IP must not be on a blocklist', de: 'Die IP eines Mailservers darf auf keiner Sperrliste stehen' },
        { en: 'Every message needs a Subject', de: 'Jede Nachricht braucht einen Betreff' },
        { en: 'DMARC must be p=reject', de: 'DMARC muss p=reject sein' },
      ],
      answer: 0,
      explanation: { en: 'A mail server needs a static address with matching forward and reverse DNS, a proper greeting, and no listing on blocklists.', de: 'Ein Mailserver braucht eine feste Adresse mit passendem Vorwärts- und Rückwärts-DNS, eine richtige Begrüßung und keinen Eintrag auf Sperrlisten.' },
    },
  ],
  expect: { spf: null, dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'non-delivery', bounce: { status: '5.7.1', reason: 'blocked', recipient: 'ben.wagner@example.net' } },
};

export default scenario;
