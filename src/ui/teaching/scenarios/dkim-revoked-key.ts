import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'dkim-revoked-key',
  title: titleOf('dkim-revoked-key'),
  notice: {
    en: 'To withdraw a key, a domain publishes its selector with an empty p=. A signature made with it can no longer verify: a permanent error. DMARC still passes here, because SPF passes for the same domain.',
    de: 'Um einen Schlüssel zurückzuziehen, veröffentlicht eine Domain seinen Selektor mit leerem p=. Eine damit erstellte Signatur lässt sich nicht mehr prüfen: ein dauerhafter Fehler. DMARC besteht hier trotzdem, weil SPF für dieselbe Domain besteht.',
  },
  now: '2026-12-04T07:30:00Z',
  path: { en: 'Club mailer → smtp.example.org (OpenDKIM, old selector 2025) → mx.example.net → Dovecot (LMTP)', de: 'Vereins-Mailer → smtp.example.org (OpenDKIM, alter Selektor 2025) → mx.example.net → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'Key rotation', de: 'Schlüsselwechsel' }, narration: { en: 'In November the club rotated its key and published "v=DKIM1; k=rsa; p=" at 2025._domainkey.example.org to revoke the old one.', de: 'Im November wechselte der Verein den Schlüssel und veröffentlichte „v=DKIM1; k=rsa; p=“ unter 2025._domainkey.example.org, um den alten zu widerrufen.' } },
    { title: { en: 'A forgotten signer', de: 'Ein vergessener Signierer' }, narration: { en: 'But smtp.example.org’s key.table still names selector 2025: the December newsletter is signed with the revoked key.', de: 'Doch die key.table von smtp.example.org nennt noch Selektor 2025: Der Dezember-Newsletter ist mit dem widerrufenen Schlüssel signiert.' } },
    { title: { en: 'The verdict', de: 'Das Ergebnis' }, narration: { en: 'mx.example.net fetches the key, finds it revoked and gives dkim=permerror. SPF passes for example.org from 198.51.100.20, and example.org is the From domain: DMARC passes on SPF alone.', de: 'mx.example.net holt den Schlüssel, findet ihn widerrufen und ergibt dkim=permerror. SPF besteht für example.org von 198.51.100.20, und example.org ist die From-Domain: DMARC besteht allein durch SPF.' } },
  ],
  questions: [
    {
      prompt: { en: 'How does a domain revoke a DKIM key?', de: 'Wie widerruft eine Domain einen DKIM-Schlüssel?' },
      options: [
        { en: 'It publishes the selector’s record with an empty p=', de: 'Sie veröffentlicht den Eintrag des Selektors mit leerem p=' },
        { en: 'It changes ~all to -all', de: 'Sie ändert ~all in -all' },
        { en: 'It sends a revocation e-mail', de: 'Sie verschickt eine Widerrufs-Mail' },
      ],
      answer: 0,
      explanation: { en: 'RFC 6376 §3.6.1: an empty p= means the key has been revoked.', de: 'RFC 6376 §3.6.1: Ein leeres p= heißt, der Schlüssel wurde widerrufen.' },
    },
    {
      prompt: { en: 'Why does DMARC pass although DKIM does not?', de: 'Warum besteht DMARC, obwohl DKIM nicht besteht?' },
      options: [
        { en: 'Because permerror counts as pass', de: 'Weil permerror als pass zählt' },
        { en: 'Because SPF passes for example.org, the From domain', de: 'Weil SPF für example.org besteht, die From-Domain' },
        { en: 'Because the policy is p=quarantine', de: 'Weil die Richtlinie p=quarantine ist' },
      ],
      answer: 1,
      explanation: { en: 'One aligned pass is enough for DMARC; had this message been forwarded, it would have failed.', de: 'Ein passendes Bestehen genügt für DMARC; wäre die Nachricht weitergeleitet worden, wäre sie gescheitert.' },
    },
    {
      prompt: { en: 'What should the club fix?', de: 'Was sollte der Verein beheben?' },
      options: [
        { en: 'The DMARC record', de: 'Den DMARC-Eintrag' },
        { en: 'The signer’s key table: sign with the new selector', de: 'Die Schlüsseltabelle des Signierers: mit dem neuen Selektor signieren' },
        { en: 'The MX record', de: 'Den MX-Eintrag' },
      ],
      answer: 1,
      explanation: { en: 'Rotate in order: publish the new key, switch the signer to it, then revoke the old one.', de: 'Der Reihe nach wechseln: neuen Schlüssel veröffentlichen, den Signierer darauf umstellen, dann den alten widerrufen.' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.org', selector: '2025', result: 'permerror' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
