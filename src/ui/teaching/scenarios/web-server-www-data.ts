import type { Scenario } from '../../../core/teaching/scenario.ts';
import { titleOf } from '../scenario-index.ts';

const scenario: Scenario = {
  name: 'web-server-www-data',
  title: titleOf('web-server-www-data'),
  notice: {
    en: 'A shop script calls PHP’s mail(), which runs sendmail as the web server’s user. Without configuration the sender is www-data@<host name>, the server greets as localhost.localdomain, and no SPF, DKIM or DMARC covers any of it.',
    de: 'Ein Shop-Skript ruft PHPs mail() auf, das sendmail als Benutzer des Webservers startet. Ohne Einstellung ist der Absender www-data@<Rechnername>, der Server grüßt als localhost.localdomain, und weder SPF noch DKIM noch DMARC deckt etwas davon ab.',
  },
  now: '2026-12-05T08:45:00Z',
  path: { en: 'checkout.php → sendmail (userid 33) on web1.example.net → mail.example.com (HELO localhost.localdomain) → Dovecot (LMTP)', de: 'checkout.php → sendmail (userid 33) auf web1.example.net → mail.example.com (HELO localhost.localdomain) → Dovecot (LMTP)' },
  steps: [
    { title: { en: 'A local pickup', de: 'Lokal eingeliefert' }, narration: { en: 'The bottom Received field has no "from" at all: "by web1.example.net (Postfix, from userid 33)". User 33 is www-data; X-PHP-Originating-Script names checkout.php.', de: 'Die unterste Received-Zeile hat gar kein „from“: „by web1.example.net (Postfix, from userid 33)“. Benutzer 33 ist www-data; X-PHP-Originating-Script nennt checkout.php.' } },
    { title: { en: 'A bad greeting', de: 'Eine falsche Begrüßung' }, narration: { en: 'web1 connects to mail.example.com and says HELO localhost.localdomain, from 198.51.100.80, which has no reverse name. A server should greet with its own name that matches its address.', de: 'web1 verbindet sich mit mail.example.com und sagt HELO localhost.localdomain, von 198.51.100.80, das keinen Rückwärtsnamen hat. Ein Server sollte mit seinem eigenen, zur Adresse passenden Namen grüßen.' } },
    { title: { en: 'Nothing to check', de: 'Nichts zu prüfen' }, narration: { en: 'web1.example.net publishes no SPF record: spf=none. There is no signature and no DMARC record: none, none. The mail is not forged, but nothing can prove that.', de: 'web1.example.net veröffentlicht keinen SPF-Eintrag: spf=none. Es gibt keine Signatur und keinen DMARC-Eintrag: none, none. Die Mail ist nicht gefälscht, aber nichts kann das belegen.' } },
    { title: { en: 'The fix', de: 'Die Abhilfe' }, narration: { en: 'Set a real sender (php_admin_value sendmail_path "sendmail -t -i -f shop@example.net"), send through the company’s mail server with authentication, and let it sign; give web1 a proper HELO and reverse DNS.', de: 'Einen echten Absender setzen (php_admin_value sendmail_path "sendmail -t -i -f shop@example.net"), über den Firmen-Mailserver mit Anmeldung senden und ihn signieren lassen; web1 ein richtiges HELO und Rückwärts-DNS geben.' } },
  ],
  questions: [
    {
      prompt: { en: 'What does "from userid 33" tell you?', de: 'Was sagt „from userid 33“?' },
      options: [
        { en: 'A local program running as user 33 (www-data) handed in the message', de: 'Ein lokales Programm unter Benutzer 33 (www-data) hat die Nachricht eingeliefert' },
        { en: 'The message came from the 33rd client', de: 'Die Nachricht kam vom 33. Client' },
        { en: 'The message was sent over port 33', de: 'Die Nachricht wurde über Port 33 gesendet' },
      ],
      answer: 0,
      explanation: { en: 'Postfix’s pickup writes the submitting user’s id for mail from the sendmail command; there is no network client.', de: 'Das pickup von Postfix schreibt für Mail über den sendmail-Befehl die Benutzer-ID; es gibt keinen Netz-Client.' },
    },
    {
      prompt: { en: 'Why is SPF "none" and not "fail"?', de: 'Warum ist SPF „none“ und nicht „fail“?' },
      options: [
        { en: 'Because the HELO was wrong', de: 'Weil das HELO falsch war' },
        { en: 'Because web1.example.net publishes no SPF record at all', de: 'Weil web1.example.net gar keinen SPF-Eintrag veröffentlicht' },
        { en: 'Because the message is not signed', de: 'Weil die Nachricht nicht signiert ist' },
      ],
      answer: 1,
      explanation: { en: 'none means no record to judge by (RFC 7208 §2.6.1); fail needs a record that excludes the host.', de: 'none heißt: kein Eintrag zum Beurteilen (RFC 7208 §2.6.1); fail braucht einen Eintrag, der den Rechner ausschließt.' },
    },
    {
      prompt: { en: 'Which HELO should web1 use?', de: 'Welches HELO sollte web1 verwenden?' },
      options: [
        { en: 'localhost.localdomain', de: 'localhost.localdomain' },
        { en: 'Its own name, matching its address in forward and reverse DNS', de: 'Seinen eigenen Namen, passend zu seiner Adresse in Vorwärts- und Rückwärts-DNS' },
        { en: 'The recipient’s domain', de: 'Die Domain des Empfängers' },
      ],
      answer: 1,
      explanation: { en: 'RFC 5321 §4.1.1.1: the client sends its fully-qualified domain name; receivers check it against the address.', de: 'RFC 5321 §4.1.1.1: Der Client nennt seinen vollständigen Domainnamen; Empfänger prüfen ihn gegen die Adresse.' },
    },
  ],
  expect: { spf: 'none', dkim: [], dmarc: 'none', arc: 'none', kind: 'ordinary', bounce: null },
};

export default scenario;
