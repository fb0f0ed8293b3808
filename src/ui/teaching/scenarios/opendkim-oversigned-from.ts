import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'opendkim-oversigned-from',
  title: titleOf('opendkim-oversigned-from'),
  notice: {
    en: 'OpenDKIM as a Postfix milter signs with Canonicalization relaxed/simple and OversignHeaders From, as the Debian package does. From appears twice in h=: the second one signs the absence of another From, so nobody can add one later without breaking the signature.',
    de: 'OpenDKIM als Postfix-Milter signiert mit Canonicalization relaxed/simple und OversignHeaders From, wie das Debian-Paket es tut. From steht zweimal in h=: Das zweite signiert das Fehlen eines weiteren From, also kann später niemand eines hinzufügen, ohne die Signatur zu brechen.',
  },
  now: '2026-12-03T10:30:00Z',
  path: { en: 'Thunderbird → mail.example.com (Postfix + OpenDKIM milter, s=2026) → mx.example.net → Dovecot (LMTP)', de: 'Thunderbird → mail.example.com (Postfix + OpenDKIM-Milter, s=2026) → mx.example.net → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'The key', de: 'Der Schlüssel' }, narration: { en: 'opendkim-genkey made a 2048-bit key for the selector 2026; its public half is published as TXT at 2026._domainkey.example.com, and opendkim-testkey answered "key OK".', de: 'opendkim-genkey erzeugte einen 2048-Bit-Schlüssel für den Selektor 2026; seine öffentliche Hälfte steht als TXT unter 2026._domainkey.example.com, und opendkim-testkey antwortete „key OK“.' } },
    { title: { en: 'Signing', de: 'Signieren' }, narration: { en: 'Postfix passes the message to OpenDKIM (smtpd_milters = inet:localhost:8892). The signature says c=relaxed/simple: header fields are compared loosely (case, spaces), the body exactly.', de: 'Postfix übergibt die Nachricht an OpenDKIM (smtpd_milters = inet:localhost:8892). Die Signatur sagt c=relaxed/simple: Kopffelder werden großzügig verglichen (Groß-/Kleinschreibung, Leerzeichen), der Text genau.' } },
    { title: { en: 'Oversigning', de: 'Übersignieren' }, narration: { en: 'h= lists From twice although the message has one From. A verifier hashes an empty value for the second: if a relay added a second From, the hash would change and the signature fail.', de: 'h= nennt From zweimal, obwohl die Nachricht ein From hat. Ein Prüfer hasht für das zweite einen leeren Wert: Fügte ein Relay ein zweites From hinzu, änderte sich der Hash, und die Signatur scheiterte.' } },
    { title: { en: 'The verdict', de: 'Das Ergebnis' }, narration: { en: 'At mx.example.net the signature verifies for example.com, which is also the From domain: DKIM and DMARC pass. DMARC here is p=none with rua and ruf reports to the postmaster.', de: 'Bei mx.example.net besteht die Signatur für example.com, das auch die From-Domain ist: DKIM und DMARC bestehen. DMARC ist hier p=none mit rua- und ruf-Berichten an den Postmaster.' } },
  ],
  questions: [
    {
      prompt: { en: 'What does "simple" for the body mean?', de: 'Was bedeutet „simple“ für den Text?' },
      options: [
        { en: 'The body must arrive byte for byte as signed (only trailing empty lines are ignored)', de: 'Der Text muss Byte für Byte wie signiert ankommen (nur leere Zeilen am Ende zählen nicht)' },
        { en: 'The body is not signed', de: 'Der Text wird nicht signiert' },
        { en: 'Spaces in the body are ignored', de: 'Leerzeichen im Text werden ignoriert' },
      ],
      answer: 0,
      explanation: { en: 'RFC 6376 §3.4.3: simple body canonicalization only removes empty lines at the end; relaxed would also fold whitespace.', de: 'RFC 6376 §3.4.3: Die simple-Kanonisierung entfernt nur leere Zeilen am Ende; relaxed fasste auch Leerraum zusammen.' },
    },
    {
      prompt: { en: 'Why is From listed twice in h=?', de: 'Warum steht From zweimal in h=?' },
      options: [
        { en: 'A bug in OpenDKIM', de: 'Ein Fehler in OpenDKIM' },
        { en: 'To sign that there is no second From, so one cannot be added', de: 'Um zu signieren, dass es kein zweites From gibt, damit keines hinzugefügt werden kann' },
        { en: 'Because the message has two From fields', de: 'Weil die Nachricht zwei From-Felder hat' },
      ],
      answer: 1,
      explanation: { en: 'RFC 6376 §5.4.2: a name listed more often than the field occurs signs an empty field; adding one later breaks the signature.', de: 'RFC 6376 §5.4.2: Ein Name, der öfter genannt wird, als das Feld vorkommt, signiert ein leeres Feld; ein später hinzugefügtes bricht die Signatur.' },
    },
    {
      prompt: { en: 'Where does a verifier find the public key?', de: 'Wo findet ein Prüfer den öffentlichen Schlüssel?' },
      options: [
        { en: 'In the DKIM-Signature field', de: 'Im Feld DKIM-Signature' },
        { en: 'TXT at 2026._domainkey.example.com', de: 'TXT unter 2026._domainkey.example.com' },
        { en: 'In the MX record', de: 'Im MX-Eintrag' },
      ],
      answer: 1,
      explanation: { en: 'selector s= and domain d= name the record: <s>._domainkey.<d> (RFC 6376 §3.6.2.1).', de: 'Selektor s= und Domain d= benennen den Eintrag: <s>._domainkey.<d> (RFC 6376 §3.6.2.1).' },
    },
  ],
  expect: { spf: 'pass', dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }], dmarc: 'pass', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
