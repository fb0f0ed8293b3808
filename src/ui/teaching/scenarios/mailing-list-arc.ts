import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'mailing-list-arc',
  title: titleOf('mailing-list-arc'),
  notice: {
    en: 'A list that changes the body breaks the author’s signature. The list re-sends with its own envelope sender, so neither SPF nor DKIM aligns with the author’s domain and DMARC fails. ARC records what the list saw on arrival, sealed, so a receiver that trusts the list can still accept the message.',
    de: 'Eine Liste, die den Text ändert, bricht die Signatur der Absenderin. Die Liste versendet mit eigenem Umschlag-Absender, daher passt weder SPF noch DKIM zur Domain der Absenderin, und DMARC scheitert. ARC hält versiegelt fest, was die Liste beim Eingang sah; ein Empfänger, der der Liste vertraut, kann die Nachricht trotzdem annehmen.',
  },
  now: '2026-11-23T13:30:00Z',
  path: { en: 'Thunderbird → mail.example.com (DKIM example.com) → lists.example.org (Mailman 3: footer, ARC seal, DKIM lists.example.org) → mx.example.net → Dovecot (LMTP)', de: 'Thunderbird → mail.example.com (DKIM example.com) → lists.example.org (Mailman 3: Fußzeile, ARC-Siegel, DKIM lists.example.org) → mx.example.net → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'Posted to the list', de: 'An die Liste geschickt' }, narration: { en: 'Anna writes to team@lists.example.org. Her server signs for example.com and delivers to the list host, where SPF, DKIM and DMARC all pass.', de: 'Anna schreibt an team@lists.example.org. Ihr Server signiert für example.com und liefert an den Listenserver, wo SPF, DKIM und DMARC bestehen.' } },
    { title: { en: 'The list seals and changes', de: 'Die Liste versiegelt und ändert' }, narration: { en: 'Mailman records those results in ARC-Authentication-Results and seals them (ARC set i=1). It adds List-* fields and a footer to the body, and the list host signs the result as lists.example.org.', de: 'Mailman hält diese Ergebnisse in ARC-Authentication-Results fest und versiegelt sie (ARC-Satz i=1). Es fügt List-*-Felder und eine Fußzeile an, und der Listenserver signiert das Ergebnis als lists.example.org.' } },
    { title: { en: 'At the recipient', de: 'Beim Empfänger' }, narration: { en: 'The footer changed the body: example.com’s body hash no longer matches, its signature fails. SPF passes for team-bounces@lists.example.org, DKIM passes for lists.example.org, but neither is example.com: DMARC fails.', de: 'Die Fußzeile hat den Text geändert: Der Text-Hash von example.com stimmt nicht mehr, die Signatur scheitert. SPF besteht für team-bounces@lists.example.org, DKIM für lists.example.org, aber keines ist example.com: DMARC scheitert.' } },
    { title: { en: 'ARC', de: 'ARC' }, narration: { en: 'The ARC chain verifies: arc=pass. The receiver trusts lists.example.org as a sealer and delivers despite DMARC quarantine (RFC 8617 §7.2).', de: 'Die ARC-Kette ist gültig: arc=pass. Der Empfänger vertraut lists.example.org als Versiegler und stellt trotz DMARC-Quarantäne zu (RFC 8617 §7.2).' } },
  ],
  questions: [
    {
      prompt: { en: 'Where was the body changed?', de: 'Wo wurde der Text geändert?' },
      options: [
        { en: 'On mail.example.com by amavisd-new', de: 'Auf mail.example.com durch amavisd-new' },
        { en: 'On lists.example.org, when Mailman added its footer', de: 'Auf lists.example.org, als Mailman die Fußzeile anfügte' },
        { en: 'On mx.example.net by rspamd', de: 'Auf mx.example.net durch rspamd' },
      ],
      answer: 1,
      explanation: { en: 'The signature of example.com fails on its body hash only: the header it signed is intact. The footer is the list’s.', de: 'Die Signatur von example.com scheitert nur am Text-Hash: Der signierte Kopf ist unverändert. Die Fußzeile stammt von der Liste.' },
    },
    {
      prompt: { en: 'Which domain must align for DMARC?', de: 'Welche Domain muss für DMARC passen?' },
      options: [
        { en: 'lists.example.org, the list', de: 'lists.example.org, die Liste' },
        { en: 'example.net, the recipient', de: 'example.net, der Empfänger' },
        { en: 'example.com, the domain in From', de: 'example.com, die Domain im From' },
      ],
      answer: 2,
      explanation: { en: 'DMARC protects the From domain (RFC 7489 §3.1). Passes for lists.example.org do not count for example.com.', de: 'DMARC schützt die From-Domain (RFC 7489 §3.1). Bestehen für lists.example.org zählt nicht für example.com.' },
    },
    {
      prompt: { en: 'What does arc=pass mean here?', de: 'Was bedeutet arc=pass hier?' },
      options: [
        { en: 'The message is authentic, whatever DMARC says', de: 'Die Nachricht ist echt, egal was DMARC sagt' },
        { en: 'The list’s sealed record of its own checks is intact; whether to trust it is the receiver’s choice', de: 'Das versiegelte Protokoll der Liste über ihre Prüfungen ist unversehrt; ob man ihm traut, entscheidet der Empfänger' },
        { en: 'The footer was removed again', de: 'Die Fußzeile wurde wieder entfernt' },
      ],
      answer: 1,
      explanation: { en: 'ARC (RFC 8617) proves who recorded what, not that it is true. A receiver may use it as local policy to override a DMARC failure.', de: 'ARC (RFC 8617) belegt, wer was festgehalten hat, nicht dass es stimmt. Ein Empfänger darf es als lokale Richtlinie nutzen, um ein DMARC-Scheitern zu übergehen.' },
    },
  ],
  expect: {
    spf: 'pass',
    dkim: [
      { domain: 'lists.example.org', selector: '2026', result: 'pass' },
      { domain: 'example.com', selector: '2026', result: 'fail' },
    ],
    dmarc: 'fail',
    arc: 'pass',
    kind: 'ordinary',
    bounce: null,
  },
};

export default scenario;
