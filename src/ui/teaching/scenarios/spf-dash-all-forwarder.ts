import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'spf-dash-all-forwarder',
  title: titleOf('spf-dash-all-forwarder'),
  notice: {
    en: '"-all" says: every server that may send for this domain is listed. That is a promise forwarders break. With no DKIM signature to fall back on, SPF fails and DMARC fails with it; many receivers would refuse the message outright. "~all" would have given softfail instead.',
    de: '„-all“ sagt: Jeder Server, der für diese Domain senden darf, ist aufgeführt. Dieses Versprechen brechen Weiterleiter. Ohne DKIM-Signatur als Rückhalt scheitert SPF, und DMARC mit ihm; viele Empfänger würden die Nachricht gleich abweisen. „~all“ hätte stattdessen softfail ergeben.',
  },
  now: '2026-12-02T14:50:00Z',
  path: { en: 'Carla’s MUA → smtp.example.org → mail.example.com (alias dan → dan.weber@example.net) → mx.example.net (SPF for example.org: fail) → Dovecot', de: 'Carlas MUA → smtp.example.org → mail.example.com (Alias dan → dan.weber@example.net) → mx.example.net (SPF für example.org: fail) → Dovecot' },
  steps: [
    { title: { en: 'A strict record', de: 'Ein strenger Eintrag' }, narration: { en: 'example.org publishes "v=spf1 mx -all": only its MX smtp.example.org may send, everything else is a fail. Its mail is not DKIM-signed.', de: 'example.org veröffentlicht „v=spf1 mx -all“: Nur sein MX smtp.example.org darf senden, alles andere ist fail. Seine Mail ist nicht DKIM-signiert.' } },
    { title: { en: 'Forwarded', de: 'Weitergeleitet' }, narration: { en: 'Carla writes to dan@example.com. An alias there sends everything on to dan.weber@example.net, keeping Carla’s envelope sender.', de: 'Carla schreibt an dan@example.com. Ein Alias dort schickt alles an dan.weber@example.net weiter und behält Carlas Umschlag-Absender.' } },
    { title: { en: 'The hard fail', de: 'Das harte Scheitern' }, narration: { en: 'mx.example.net checks example.org for 192.0.2.25, the forwarder: not listed, and -all makes it fail. No signature aligns either, so DMARC fails. p=none lets it through here, and Carla’s domain learns of it from the reports.', de: 'mx.example.net prüft example.org für 192.0.2.25, den Weiterleiter: nicht aufgeführt, und -all macht daraus fail. Auch keine Signatur passt, also scheitert DMARC. p=none lässt die Nachricht hier durch, und Carlas Domain erfährt es aus den Berichten.' } },
    { title: { en: 'The pitfalls', de: 'Die Fallstricke' }, narration: { en: 'The same happens with forwarding to another provider, mailing lists that keep the envelope, and "recommend this page" forms that send in a visitor’s name. Sign with DKIM before publishing -all.', de: 'Dasselbe passiert bei Weiterleitung zu einem anderen Anbieter, bei Mailinglisten, die den Umschlag behalten, und bei „Seite empfehlen“-Formularen, die im Namen eines Besuchers senden. Erst mit DKIM signieren, dann -all veröffentlichen.' } },
  ],
  questions: [
    {
      prompt: { en: 'What would ~all instead of -all have given here?', de: 'Was hätte ~all statt -all hier ergeben?' },
      options: [
        { en: 'pass', de: 'pass' },
        { en: 'softfail', de: 'softfail' },
        { en: 'none', de: 'none' },
      ],
      answer: 1,
      explanation: { en: 'The all mechanism matches every host not listed; its qualifier decides the result: - is fail, ~ is softfail (RFC 7208 §4.6.2).', de: 'Der all-Mechanismus trifft jeden nicht genannten Rechner; sein Qualifier bestimmt das Ergebnis: - ist fail, ~ ist softfail (RFC 7208 §4.6.2).' },
    },
    {
      prompt: { en: 'Why does DMARC fail, not only SPF?', de: 'Warum scheitert DMARC, nicht nur SPF?' },
      options: [
        { en: 'Because there is no DKIM signature to pass instead', de: 'Weil es keine DKIM-Signatur gibt, die stattdessen bestehen könnte' },
        { en: 'Because p=none', de: 'Wegen p=none' },
        { en: 'Because the alias changed the From field', de: 'Weil der Alias das From-Feld änderte' },
      ],
      answer: 0,
      explanation: { en: 'DMARC needs one aligned pass. Forwarding took SPF away, and there was no signature.', de: 'DMARC braucht ein passendes Bestehen. Die Weiterleitung nahm SPF weg, und eine Signatur gab es nicht.' },
    },
    {
      prompt: { en: 'Which SPF record says "I have listed every server"?', de: 'Welcher SPF-Eintrag sagt „Ich habe jeden Server aufgeführt“?' },
      options: [
        { en: 'v=spf1 mx a ~all', de: 'v=spf1 mx a ~all' },
        { en: 'v=spf1 mx -all', de: 'v=spf1 mx -all' },
        { en: 'v=spf1 +all', de: 'v=spf1 +all' },
      ],
      answer: 1,
      explanation: { en: '-all claims the list is complete; ~all says "probably not us"; +all allows the whole Internet and is never right.', de: '-all behauptet, die Liste sei vollständig; ~all sagt „wahrscheinlich nicht wir“; +all erlaubt das ganze Internet und ist nie richtig.' },
    },
  ],
  expect: { spf: 'fail', dkim: [], dmarc: 'fail', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
