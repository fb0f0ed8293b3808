import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'forwarding-breaks-spf',
  title: titleOf('forwarding-breaks-spf'),
  notice: {
    en: 'SPF checks the last server that handed the message over, not the author. A forwarder that keeps the envelope sender is not in the author’s SPF record, so SPF fails there; the DKIM signature travels with the message and still passes, and DMARC passes with it.',
    de: 'SPF prüft den letzten Server, der die Nachricht übergeben hat, nicht die Absenderin. Ein Weiterleiter, der den Umschlag-Absender behält, steht nicht im SPF-Eintrag der Absenderin, also scheitert SPF dort; die DKIM-Signatur reist mit der Nachricht, besteht weiter, und DMARC besteht mit ihr.',
  },
  now: '2026-11-30T09:40:00Z',
  path: { en: 'Thunderbird → mail.example.com (submission, DKIM) → mx.example.org (forward) → mx.example.net (MX) → Dovecot (LMTP)', de: 'Thunderbird → mail.example.com (Einlieferung, DKIM) → mx.example.org (Weiterleitung) → mx.example.net (MX) → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'Sent and signed', de: 'Gesendet und signiert' }, narration: { en: 'Anna writes to Ben’s university address ben@example.org. Her server signs with DKIM for example.com and delivers to mx.example.org: SPF would pass there.', de: 'Anna schreibt an Bens Uni-Adresse ben@example.org. Ihr Server signiert per DKIM für example.com und liefert an mx.example.org: Dort bestünde SPF.' } },
    { title: { en: 'Forwarded', de: 'Weitergeleitet' }, narration: { en: 'Ben forwards everything from example.org to his own mailbox at example.net. mx.example.org sends the message on with the envelope sender unchanged: MAIL FROM is still anna.becker@example.com.', de: 'Ben leitet alles von example.org an sein eigenes Postfach bei example.net weiter. mx.example.org schickt die Nachricht mit unverändertem Umschlag-Absender weiter: MAIL FROM ist weiter anna.becker@example.com.' } },
    { title: { en: 'SPF at the last hop', de: 'SPF an der letzten Station' }, narration: { en: 'mx.example.net checks SPF for example.com against the client 198.51.100.7, the forwarder. example.com’s record "v=spf1 mx a ~all" does not list it: softfail.', de: 'mx.example.net prüft SPF für example.com gegen den Client 198.51.100.7, den Weiterleiter. Der Eintrag "v=spf1 mx a ~all" von example.com nennt ihn nicht: softfail.' } },
    { title: { en: 'DKIM carries DMARC', de: 'DKIM trägt DMARC' }, narration: { en: 'Nothing in the signed header or body changed, so the DKIM signature of example.com passes. It aligns with the From domain, and one aligned pass is enough for DMARC.', de: 'Am signierten Kopf und am Text hat sich nichts geändert, also besteht die DKIM-Signatur von example.com. Sie passt zur From-Domain, und ein passendes Bestehen genügt für DMARC.' } },
  ],
  questions: [
    {
      prompt: { en: 'Why does SPF softfail at mx.example.net?', de: 'Warum ergibt SPF bei mx.example.net softfail?' },
      options: [
        { en: 'The forwarder 198.51.100.7 is not allowed by example.com’s SPF record', de: 'Der Weiterleiter 198.51.100.7 ist im SPF-Eintrag von example.com nicht erlaubt' },
        { en: 'The DKIM signature is broken', de: 'Die DKIM-Signatur ist kaputt' },
        { en: 'Anna’s laptop has a dynamic address', de: 'Annas Laptop hat eine dynamische Adresse' },
      ],
      answer: 0,
      explanation: { en: 'SPF (RFC 7208) asks whether the connecting IP may send for the MAIL FROM domain. After forwarding the connecting IP is the forwarder’s; ~all turns "not listed" into softfail.', de: 'SPF (RFC 7208) fragt, ob die verbindende IP für die MAIL-FROM-Domain senden darf. Nach der Weiterleitung ist das die IP des Weiterleiters; ~all macht aus „nicht genannt“ ein softfail.' },
    },
    {
      prompt: { en: 'Why does DMARC still pass?', de: 'Warum besteht DMARC trotzdem?' },
      options: [
        { en: 'Because softfail counts as pass', de: 'Weil softfail als pass zählt' },
        { en: 'Because the DKIM signature of example.com passes and aligns with From', de: 'Weil die DKIM-Signatur von example.com besteht und zur From-Domain passt' },
        { en: 'Because the forwarder is trusted', de: 'Weil dem Weiterleiter vertraut wird' },
      ],
      answer: 1,
      explanation: { en: 'DMARC (RFC 7489 §4.2) needs SPF or DKIM to pass with an aligned domain. DKIM survives forwarding when nothing signed is changed.', de: 'DMARC (RFC 7489 §4.2) braucht SPF oder DKIM mit passender Domain. DKIM übersteht eine Weiterleitung, wenn nichts Signiertes geändert wird.' },
    },
    {
      prompt: { en: 'What would let SPF pass after forwarding?', de: 'Was ließe SPF nach der Weiterleitung bestehen?' },
      options: [
        { en: 'Changing ~all to -all', de: '~all in -all ändern' },
        { en: 'The forwarder rewriting the envelope sender to its own domain (SRS)', de: 'Der Weiterleiter schreibt den Umschlag-Absender auf seine eigene Domain um (SRS)' },
        { en: 'Adding a second DKIM signature', de: 'Eine zweite DKIM-Signatur hinzufügen' },
      ],
      answer: 1,
      explanation: { en: 'With the Sender Rewriting Scheme the forwarder sends with its own MAIL FROM, so SPF checks its own record. That SPF pass is not aligned with From, though; DKIM still carries DMARC.', de: 'Mit dem Sender Rewriting Scheme sendet der Weiterleiter mit eigenem MAIL FROM, SPF prüft also seinen eigenen Eintrag. Dieses Bestehen passt aber nicht zur From-Domain; DMARC trägt weiter DKIM.' },
    },
  ],
  expect: { spf: 'softfail', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
