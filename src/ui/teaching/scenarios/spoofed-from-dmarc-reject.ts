import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'spoofed-from-dmarc-reject',
  title: titleOf('spoofed-from-dmarc-reject'),
  notice: {
    en: 'Anyone can write any From. DMARC lets the owner of example.com say: mail that neither SPF nor DKIM authenticates for my domain must be rejected. This is the message as the recipient’s MX saw it during DATA, before it answered 550.',
    de: 'Jeder kann jedes From schreiben. Mit DMARC sagt der Inhaber von example.com: Mail, die weder SPF noch DKIM für meine Domain bestätigt, ist abzuweisen. Dies ist die Nachricht, wie der MX des Empfängers sie während DATA sah, bevor er mit 550 antwortete.',
  },
  now: '2026-12-01T07:10:00Z',
  path: { en: 'Unknown host 203.0.113.66 (claims to be mail.example.com) → mx.example.net (MX: SPF fail, DMARC fail → 550 reject)', de: 'Unbekannter Rechner 203.0.113.66 (gibt sich als mail.example.com aus) → mx.example.net (MX: SPF fail, DMARC fail → 550 Abweisung)' },
  steps: [
    { title: { en: 'A forged sender', de: 'Ein gefälschter Absender' }, narration: { en: 'A host at 203.0.113.66 with no reverse name says HELO mail.example.com and MAIL FROM security@example.com. Nothing in SMTP stops it from claiming that.', de: 'Ein Rechner mit 203.0.113.66 ohne Rückwärtsnamen sagt HELO mail.example.com und MAIL FROM security@example.com. Nichts in SMTP hindert ihn an dieser Behauptung.' } },
    { title: { en: 'SPF', de: 'SPF' }, narration: { en: 'example.com publishes "v=spf1 mx -all": only its MX may send. 203.0.113.66 is not it, and -all makes that a hard fail.', de: 'example.com veröffentlicht "v=spf1 mx -all": Nur sein MX darf senden. 203.0.113.66 ist es nicht, und -all macht daraus ein hartes fail.' } },
    { title: { en: 'No signature', de: 'Keine Signatur' }, narration: { en: 'The message carries no DKIM-Signature. So nothing authenticates example.com.', de: 'Die Nachricht trägt keine DKIM-Signature. Also bestätigt nichts example.com.' } },
    { title: { en: 'DMARC decides', de: 'DMARC entscheidet' }, narration: { en: 'DMARC fails and _dmarc.example.com says p=reject. The MX answers "550 5.7.1 rejected by DMARC policy" after DATA: the victim never sees it, and the owner learns of it from the aggregate report (rua).', de: 'DMARC scheitert, und _dmarc.example.com sagt p=reject. Der MX antwortet nach DATA „550 5.7.1 rejected by DMARC policy“: Das Opfer sieht die Mail nie, und der Inhaber erfährt davon aus dem Sammelbericht (rua).' } },
  ],
  questions: [
    {
      prompt: { en: 'Which record tells the MX to reject?', de: 'Welcher Eintrag sagt dem MX, dass er abweisen soll?' },
      options: [
        { en: 'The TXT record of _dmarc.example.com with p=reject', de: 'Der TXT-Eintrag von _dmarc.example.com mit p=reject' },
        { en: 'The MX record of example.com', de: 'Der MX-Eintrag von example.com' },
        { en: 'The PTR record of 203.0.113.66', de: 'Der PTR-Eintrag von 203.0.113.66' },
      ],
      answer: 0,
      explanation: { en: 'The DMARC policy is published as TXT at _dmarc.<domain> (RFC 7489 §6.1); p=reject asks receivers to refuse failing mail.', de: 'Die DMARC-Richtlinie steht als TXT unter _dmarc.<domain> (RFC 7489 §6.1); p=reject bittet Empfänger, scheiternde Mail abzuweisen.' },
    },
    {
      prompt: { en: 'Why is SPF fail and not softfail?', de: 'Warum ist SPF fail und nicht softfail?' },
      options: [
        { en: 'Because the HELO name is false', de: 'Weil der HELO-Name falsch ist' },
        { en: 'Because the record ends in -all', de: 'Weil der Eintrag auf -all endet' },
        { en: 'Because there is no DKIM signature', de: 'Weil es keine DKIM-Signatur gibt' },
      ],
      answer: 1,
      explanation: { en: '-all gives fail for every host not listed, ~all gives softfail (RFC 7208 §4.6.2).', de: '-all ergibt fail für jeden nicht genannten Rechner, ~all ergibt softfail (RFC 7208 §4.6.2).' },
    },
    {
      prompt: { en: 'Who reports such attempts to the owner of example.com?', de: 'Wer meldet solche Versuche dem Inhaber von example.com?' },
      options: [
        { en: 'Nobody: rejected mail leaves no trace', de: 'Niemand: Abgewiesene Mail hinterlässt keine Spur' },
        { en: 'The spoofer', de: 'Der Fälscher' },
        { en: 'Receivers, in DMARC aggregate reports sent to the rua address', de: 'Empfänger, in DMARC-Sammelberichten an die rua-Adresse' },
      ],
      answer: 2,
      explanation: { en: 'rua=mailto:… asks receivers to send daily aggregate reports of all mail seen with that From domain, passing and failing.', de: 'rua=mailto:… bittet Empfänger um tägliche Sammelberichte über alle Mail mit dieser From-Domain, bestandene und gescheiterte.' },
    },
  ],
  expect: { spf: 'fail', dkim: [], dmarc: 'fail', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
