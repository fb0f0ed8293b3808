import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'greylisting-postgrey',
  title: titleOf('greylisting-postgrey'),
  notice: {
    en: 'postgrey answers the first attempt from an unknown sender with a temporary error (450). A real MTA queues the message and retries; many spam senders do not. The delay shows in the X-Greylist field and in the Received times.',
    de: 'postgrey beantwortet den ersten Versuch eines unbekannten Absenders mit einem vorübergehenden Fehler (450). Ein echter MTA stellt die Nachricht zurück und versucht es erneut; viele Spam-Versender nicht. Die Verzögerung zeigt das Feld X-Greylist und die Zeiten der Received-Zeilen.',
  },
  now: '2026-11-25T10:00:00Z',
  path: { en: 'mail.mueller-haustechnik.example → mx.example.com (postgrey: 450, retry after 1289 s) → mail.example.com → Dovecot (LMTP)', de: 'mail.mueller-haustechnik.example → mx.example.com (postgrey: 450, neuer Versuch nach 1289 s) → mail.example.com → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'First attempt', de: 'Erster Versuch' }, narration: { en: 'A supplier’s server connects to mx.example.com for the first time. postgrey, a Postfix policy service, has never seen this triplet of client IP, sender and recipient, and answers 450 4.2.0 "Greylisted, see …".', de: 'Der Server eines Lieferanten verbindet sich zum ersten Mal mit mx.example.com. postgrey, ein Richtliniendienst für Postfix, kennt das Tripel aus Client-IP, Absender und Empfänger noch nicht und antwortet 450 4.2.0 „Greylisted, see …“.' } },
    { title: { en: 'The retry', de: 'Der zweite Versuch' }, narration: { en: 'The sender’s MTA keeps the message in its queue and tries again. 1289 seconds later the triplet is known: postgrey lets it through and adds X-Greylist: delayed 1289 seconds.', de: 'Der MTA des Absenders behält die Nachricht in seiner Warteschlange und versucht es erneut. 1289 Sekunden später ist das Tripel bekannt: postgrey lässt durch und fügt X-Greylist: delayed 1289 seconds hinzu.' } },
    { title: { en: 'Learning', de: 'Lernen' }, narration: { en: 'postgrey remembers senders that retried; after a few successful deliveries a client is whitelisted automatically and later mail is not delayed.', de: 'postgrey merkt sich Absender, die es erneut versucht haben; nach einigen erfolgreichen Zustellungen kommt ein Client automatisch auf die Weiße Liste, und spätere Mail wird nicht mehr verzögert.' } },
    { title: { en: 'A fast clock', de: 'Eine Uhr geht vor' }, narration: { en: 'The next hop’s time is earlier than mx.example.com’s: the MX’s clock runs about five minutes fast. Times in Received fields are each server’s own clock.', de: 'Die Zeit der nächsten Station liegt vor der von mx.example.com: Die Uhr des MX geht etwa fünf Minuten vor. Die Zeiten in Received-Zeilen zeigt jeder Server nach eigener Uhr.' } },
  ],
  questions: [
    {
      prompt: { en: 'What does postgrey answer to the first attempt?', de: 'Was antwortet postgrey auf den ersten Versuch?' },
      options: [
        { en: 'A permanent error, 550', de: 'Einen dauerhaften Fehler, 550' },
        { en: 'A temporary error, 450, so a real MTA tries again', de: 'Einen vorübergehenden Fehler, 450, damit ein echter MTA erneut versucht' },
        { en: 'It accepts and holds the message', de: 'Es nimmt an und hält die Nachricht zurück' },
      ],
      answer: 1,
      explanation: { en: 'A 4xx reply means "try later" (RFC 5321 §4.2.1). Greylisting relies on real MTAs retrying from their queue.', de: 'Eine 4xx-Antwort heißt „später erneut“ (RFC 5321 §4.2.1). Greylisting setzt darauf, dass echte MTAs aus ihrer Warteschlange erneut senden.' },
    },
    {
      prompt: { en: 'Which three facts make up a greylisting triplet?', de: 'Aus welchen drei Angaben besteht ein Greylisting-Tripel?' },
      options: [
        { en: 'Client IP, envelope sender, recipient', de: 'Client-IP, Umschlag-Absender, Empfänger' },
        { en: 'Subject, Date, Message-ID', de: 'Subject, Date, Message-ID' },
        { en: 'HELO name, DKIM selector, MX record', de: 'HELO-Name, DKIM-Selektor, MX-Eintrag' },
      ],
      answer: 0,
      explanation: { en: 'postgrey keys its memory on the client (network), MAIL FROM and RCPT TO, all known before DATA.', de: 'postgrey merkt sich Client (Netz), MAIL FROM und RCPT TO, die alle vor DATA bekannt sind.' },
    },
    {
      prompt: { en: 'Why can a later hop show an earlier time?', de: 'Warum kann eine spätere Station eine frühere Zeit zeigen?' },
      options: [
        { en: 'The message travelled back in time', de: 'Die Nachricht reiste in der Zeit zurück' },
        { en: 'Each server writes its own clock, and one of them is wrong', de: 'Jeder Server schreibt seine eigene Uhr, und eine davon geht falsch' },
        { en: 'Greylisting rewrites the dates', de: 'Greylisting schreibt die Zeiten um' },
      ],
      answer: 1,
      explanation: { en: 'Received times are not synchronised; a server without NTP drifts. Mail Lab names the hop whose clock is off.', de: 'Received-Zeiten sind nicht abgeglichen; ein Server ohne NTP driftet. Mail Lab nennt die Station, deren Uhr falsch geht.' },
    },
  ],
  expect: {
    spf: 'pass',
    dkim: [
      { domain: 'mueller-haustechnik.example', selector: '2026r', result: 'pass' },
      { domain: 'mueller-haustechnik.example', selector: '2026e', result: 'pass' },
    ],
    dmarc: 'pass',
    arc: 'none',
    kind: 'ordinary',
    bounce: null,
  },
};

export default scenario;
