// What each bounce reason means and what to do about it, in the two
// languages the page speaks. Written for the person who sent the message
// and for the admin who runs the sending system.

import type { LocalizedText } from '../analysis.ts';
import type { BounceReason } from './reason-words.ts';

interface ReasonText {
  explanation: LocalizedText;
  nextStep: LocalizedText;
}

const TEXTS: Record<BounceReason, ReasonText> = {
  userunknown: {
    explanation: { en: 'The recipient address does not exist on the receiving server: the part before the "@" is unknown there.', de: 'Die Empfängeradresse existiert auf dem empfangenden Server nicht: Der Teil vor dem „@“ ist dort unbekannt.' },
    nextStep: { en: 'Check the address for typos. If it is right, it has been deleted: remove it from your lists and reach the person another way.', de: 'Prüfen Sie die Adresse auf Tippfehler. Stimmt sie, wurde sie gelöscht: Entfernen Sie sie aus Ihren Verteilern und erreichen Sie die Person auf anderem Weg.' },
  },
  hostunknown: {
    explanation: { en: 'The domain of the recipient address does not exist or has no server that accepts mail (no MX or address record in DNS).', de: 'Die Domain der Empfängeradresse existiert nicht oder hat keinen Server, der E-Mail annimmt (kein MX- oder Adresseintrag im DNS).' },
    nextStep: { en: 'Check the part after the "@" for typos. If the domain is right, its owner has to fix its DNS; until then no mail can reach it.', de: 'Prüfen Sie den Teil nach dem „@“ auf Tippfehler. Stimmt die Domain, muss ihr Inhaber das DNS in Ordnung bringen; bis dahin erreicht sie keine E-Mail.' },
  },
  mailboxfull: {
    explanation: { en: "The recipient's mailbox is full (its storage quota is used up), so the server refused further messages.", de: 'Das Postfach des Empfängers ist voll (sein Speicherkontingent ist ausgeschöpft), deshalb nimmt der Server keine weiteren Nachrichten an.' },
    nextStep: { en: 'Send again later or tell the recipient another way that their mailbox is full. A mailbox that stays full for weeks is often abandoned.', de: 'Senden Sie später erneut oder sagen Sie dem Empfänger auf anderem Weg, dass sein Postfach voll ist. Ein Postfach, das wochenlang voll bleibt, wird oft nicht mehr genutzt.' },
  },
  mesgtoobig: {
    explanation: { en: 'The message is larger than the receiving server accepts.', de: 'Die Nachricht ist größer, als der empfangende Server annimmt.' },
    nextStep: { en: 'Send the attachments as a download link or split them over several messages; remember that encoding makes attachments about a third larger.', de: 'Versenden Sie die Anhänge als Download-Link oder verteilen Sie sie auf mehrere Nachrichten; die Kodierung macht Anhänge um etwa ein Drittel größer.' },
  },
  exceedlimit: {
    explanation: { en: "The message exceeds a limit set for this recipient's mailbox (usually a per-mailbox size limit, lower than the server's general one).", de: 'Die Nachricht überschreitet ein Limit, das für das Postfach dieses Empfängers gilt (meist eine Größengrenze je Postfach, niedriger als die allgemeine des Servers).' },
    nextStep: { en: 'Send a smaller message, for example with a download link instead of attachments, or ask the recipient to have the limit raised.', de: 'Senden Sie eine kleinere Nachricht, etwa mit Download-Link statt Anhängen, oder bitten Sie den Empfänger, das Limit erhöhen zu lassen.' },
  },
  filtered: {
    explanation: { en: "The recipient's server refused the message after reading it: a filter of the recipient or their provider rejected it, or the address is closed to mail from you.", de: 'Der Server des Empfängers hat die Nachricht nach dem Lesen abgelehnt: Ein Filter des Empfängers oder seines Anbieters hat sie zurückgewiesen, oder die Adresse nimmt von Ihnen keine E-Mail an.' },
    nextStep: { en: 'Ask the recipient another way whether they block your address or domain; if several recipients at one provider filter you, check your reputation there.', de: 'Fragen Sie den Empfänger auf anderem Weg, ob er Ihre Adresse oder Domain blockiert; filtern Sie mehrere Empfänger eines Anbieters, prüfen Sie Ihre Reputation dort.' },
  },
  blocked: {
    explanation: { en: "The receiving server refused the connection from the sending server, usually because its IP address is on a blocklist or the server's name or reputation is not trusted.", de: 'Der empfangende Server hat die Verbindung des sendenden Servers abgelehnt, meist weil dessen IP-Adresse auf einer Sperrliste steht oder Name oder Reputation des Servers nicht vertrauenswürdig sind.' },
    nextStep: { en: 'Admins: look up the sending IP address on the blocklist named in the diagnostic, remove the cause (an infected client, an open relay, bulk mail) and request delisting.', de: 'Für Admins: Sehen Sie die sendende IP-Adresse in der Sperrliste nach, die die Fehlermeldung nennt, beseitigen Sie die Ursache (ein infizierter Client, ein offenes Relay, Massenversand) und beantragen Sie die Austragung.' },
  },
  rejected: {
    explanation: { en: 'The receiving server refused the sender address (the envelope sender, MAIL FROM): its domain does not exist, cannot receive replies, or is not accepted there.', de: 'Der empfangende Server hat die Absenderadresse abgelehnt (den Umschlag-Absender, MAIL FROM): Ihre Domain existiert nicht, kann keine Antworten empfangen oder wird dort nicht angenommen.' },
    nextStep: { en: 'Admins: make sure the envelope sender uses a real domain with working MX records and is allowed to send through this server; read the diagnostic for the exact check that failed.', de: 'Für Admins: Stellen Sie sicher, dass der Umschlag-Absender eine echte Domain mit funktionierenden MX-Einträgen verwendet und über diesen Server senden darf; die Fehlermeldung nennt die genaue Prüfung, die fehlschlug.' },
  },
  spamdetected: {
    explanation: { en: "The receiving server's spam filter classified the message as spam and refused it.", de: 'Der Spamfilter des empfangenden Servers hat die Nachricht als Spam eingestuft und abgelehnt.' },
    nextStep: { en: 'Check the content (links, shortened URLs, attachments, wording) and the authentication (SPF, DKIM, DMARC) of the message; the analysis of the returned message below shows the latter.', de: 'Prüfen Sie den Inhalt (Links, gekürzte URLs, Anhänge, Formulierungen) und die Authentifizierung (SPF, DKIM, DMARC) der Nachricht; die Analyse der zurückgesandten Nachricht unten zeigt Letztere.' },
  },
  virusdetected: {
    explanation: { en: 'A virus scanner on the receiving side found malware, or an attachment type it blocks, in the message.', de: 'Ein Virenscanner auf der Empfängerseite hat in der Nachricht Schadsoftware oder einen gesperrten Anhangtyp gefunden.' },
    nextStep: { en: 'Scan the sending computer. If the attachment is harmless, send it in another form (a download link instead of an executable or macro document).', de: 'Prüfen Sie den sendenden Rechner auf Schadsoftware. Ist der Anhang harmlos, senden Sie ihn in anderer Form (Download-Link statt ausführbarer Datei oder Makro-Dokument).' },
  },
  policyviolation: {
    explanation: { en: "The message breaks a policy of the receiving organisation or mailing list (content, attachments, who may post, or the provider's sending rules).", de: 'Die Nachricht verstößt gegen eine Richtlinie der empfangenden Organisation oder Mailingliste (Inhalt, Anhänge, wer schreiben darf, oder die Versandregeln des Anbieters).' },
    nextStep: { en: 'Read the diagnostic for the rule that was broken and adapt the message, or ask the recipient\'s admin which policy applies.', de: 'Entnehmen Sie der Fehlermeldung, welche Regel verletzt wurde, und passen Sie die Nachricht an, oder fragen Sie den Admin des Empfängers, welche Richtlinie gilt.' },
  },
  authfailure: {
    explanation: { en: "The message failed the receiver's sender authentication: SPF, DKIM or DMARC did not pass for the sender's domain, and its DMARC policy or the receiver's rules say to reject such mail.", de: 'Die Nachricht hat die Absender-Authentifizierung des Empfängers nicht bestanden: SPF, DKIM oder DMARC waren für die Domain des Absenders nicht erfolgreich, und ihre DMARC-Richtlinie oder die Regeln des Empfängers verlangen, solche E-Mails abzulehnen.' },
    nextStep: { en: "Admins: publish SPF for every server that sends for the domain, sign with DKIM under the domain in From, and make at least one of them align with From (DMARC). The analysis of the returned message shows which check failed.", de: 'Für Admins: Nehmen Sie jeden Server, der für die Domain sendet, in den SPF-Eintrag auf, signieren Sie mit DKIM unter der Domain im From-Feld und sorgen Sie dafür, dass mindestens eines davon zur From-Domain passt (DMARC-Alignment). Die Analyse der zurückgesandten Nachricht zeigt, welche Prüfung fehlschlug.' },
  },
  securityerror: {
    explanation: { en: 'The receiving server refused the message for a security or policy reason it did not name more precisely (RFC 3463 status X.7: not authorised, authentication required, or the like).', de: 'Der empfangende Server hat die Nachricht aus einem Sicherheits- oder Richtliniengrund abgelehnt, den er nicht genauer benennt (RFC-3463-Status X.7: nicht berechtigt, Anmeldung erforderlich oder Ähnliches).' },
    nextStep: { en: 'Read the diagnostic text: it usually names the check. If the server wants authentication, send through your own provider\'s submission server with a login.', de: 'Lesen Sie die Fehlermeldung: Meist nennt sie die Prüfung. Verlangt der Server eine Anmeldung, senden Sie über den Einlieferungsserver Ihres eigenen Anbieters mit Login.' },
  },
  expired: {
    explanation: { en: 'The sending server kept trying to deliver the message and gave up when its queue time ran out, usually because the receiving server could not be reached.', de: 'Der sendende Server hat wiederholt versucht, die Nachricht zuzustellen, und aufgegeben, als die Verweildauer in seiner Warteschlange abgelaufen war, meist weil der empfangende Server nicht erreichbar war.' },
    nextStep: { en: "Check whether the recipient's domain and mail server are reachable (MX record, port 25). If they are now, send the message again.", de: 'Prüfen Sie, ob die Domain und der Mailserver des Empfängers erreichbar sind (MX-Eintrag, Port 25). Sind sie es wieder, senden Sie die Nachricht erneut.' },
  },
  networkerror: {
    explanation: { en: 'Delivery failed at the network level: a DNS lookup failed, the connection broke, or the message ran in a loop between servers.', de: 'Die Zustellung ist auf Netzwerkebene gescheitert: Eine DNS-Abfrage schlug fehl, die Verbindung brach ab oder die Nachricht lief zwischen Servern im Kreis.' },
    nextStep: { en: "Usually temporary: send again later. If it repeats, check the recipient domain's DNS and the routing between the servers (a forwarding loop shows as many Received fields).", de: 'Meist vorübergehend: Senden Sie später erneut. Wiederholt es sich, prüfen Sie das DNS der Empfänger-Domain und die Weiterleitung zwischen den Servern (eine Weiterleitungsschleife zeigt sich an vielen Received-Feldern).' },
  },
  norelaying: {
    explanation: { en: 'The server refused to relay the message: it does not accept mail for that domain, and forwarding it elsewhere requires a login the sender did not give.', de: 'Der Server hat die Weiterleitung (Relaying) abgelehnt: Er nimmt für diese Domain keine E-Mail an, und das Weitersenden an andere verlangt eine Anmeldung, die der Absender nicht gegeben hat.' },
    nextStep: { en: "Send through your own provider's server with authentication; admins should check that the recipient domain's MX records point to the right server.", de: 'Senden Sie über den Server Ihres eigenen Anbieters mit Anmeldung; Admins sollten prüfen, ob die MX-Einträge der Empfänger-Domain auf den richtigen Server zeigen.' },
  },
  toomanyconn: {
    explanation: { en: 'The receiving server limited the sender: too many connections, recipients or messages at once.', de: 'Der empfangende Server hat den Absender begrenzt: zu viele gleichzeitige Verbindungen, Empfänger oder Nachrichten.' },
    nextStep: { en: 'Send with fewer recipients per message and fewer parallel connections; the sending server normally retries on its own.', de: 'Senden Sie mit weniger Empfängern je Nachricht und weniger parallelen Verbindungen; der sendende Server versucht es normalerweise von selbst erneut.' },
  },
  suspend: {
    explanation: { en: "The recipient's mailbox exists but is disabled or suspended, for example after long inactivity or by the provider.", de: 'Das Postfach des Empfängers existiert, ist aber deaktiviert oder gesperrt, etwa nach langer Inaktivität oder durch den Anbieter.' },
    nextStep: { en: 'Reach the recipient another way; if the mailbox stays disabled, remove the address from your lists.', de: 'Erreichen Sie den Empfänger auf anderem Weg; bleibt das Postfach gesperrt, entfernen Sie die Adresse aus Ihren Verteilern.' },
  },
  systemerror: {
    explanation: { en: 'The receiving mail system failed on its own side (a configuration error, a loop, an internal fault).', de: 'Das empfangende Mailsystem ist auf seiner eigenen Seite gescheitert (ein Konfigurationsfehler, eine Schleife, ein interner Fehler).' },
    nextStep: { en: "Nothing is wrong with your message: send again later, and if it repeats, tell the recipient's admin the diagnostic text.", de: 'Ihre Nachricht ist nicht schuld: Senden Sie später erneut und teilen Sie dem Admin des Empfängers die Fehlermeldung mit, falls es sich wiederholt.' },
  },
  systemfull: {
    explanation: { en: "The receiving mail system's storage is full, for all of its users, not just this recipient's mailbox.", de: 'Der Speicher des empfangenden Mailsystems ist voll, für alle seine Benutzer, nicht nur das Postfach dieses Empfängers.' },
    nextStep: { en: 'Send again later; the receiving admin has to free space.', de: 'Senden Sie später erneut; der Admin auf der Empfängerseite muss Speicher freigeben.' },
  },
  mailererror: {
    explanation: { en: "The message reached the recipient's server, but the program that should put it into the mailbox (procmail, a filter script, a pipe) failed.", de: 'Die Nachricht hat den Server des Empfängers erreicht, aber das Programm, das sie ins Postfach legen sollte (procmail, ein Filterskript, eine Pipe), ist gescheitert.' },
    nextStep: { en: "Tell the recipient or their admin: the fault is in their delivery setup, shown in the diagnostic text.", de: 'Informieren Sie den Empfänger oder seinen Admin: Der Fehler liegt in seiner Zustellkonfiguration und steht in der Fehlermeldung.' },
  },
  notaccept: {
    explanation: { en: 'The receiving domain or server does not accept mail at all (for example a "null MX" record, RFC 7505, or the reply codes 521 and 556 of RFC 7504).', de: 'Die empfangende Domain oder der Server nimmt überhaupt keine E-Mail an (etwa ein „Null-MX“-Eintrag nach RFC 7505 oder die Antwortcodes 521 und 556 nach RFC 7504).' },
    nextStep: { en: 'The domain has declared it takes no mail: use another address for this recipient.', de: 'Die Domain hat erklärt, dass sie keine E-Mail annimmt: Verwenden Sie eine andere Adresse für diesen Empfänger.' },
  },
  syntaxerror: {
    explanation: { en: 'The receiving server did not understand an SMTP command of the sending server (RFC 5321 §4.2.2 syntax or sequence error).', de: 'Der empfangende Server hat einen SMTP-Befehl des sendenden Servers nicht verstanden (Syntax- oder Reihenfolgefehler nach RFC 5321 §4.2.2).' },
    nextStep: { en: 'Admins: check the sending software and anything between the servers (firewalls that rewrite SMTP); the diagnostic names the command.', de: 'Für Admins: Prüfen Sie die sendende Software und alles zwischen den Servern (Firewalls, die SMTP umschreiben); die Fehlermeldung nennt den Befehl.' },
  },
  contenterror: {
    explanation: { en: 'The receiving server refused the message because of its format: its header or MIME structure is malformed or cannot be converted.', de: 'Der empfangende Server hat die Nachricht wegen ihres Formats abgelehnt: Header oder MIME-Struktur sind fehlerhaft oder lassen sich nicht umwandeln.' },
    nextStep: { en: 'Send the message from another program, or have the admin check the software that built it; the header analysis of the returned message may show the fault.', de: 'Senden Sie die Nachricht aus einem anderen Programm oder lassen Sie den Admin die Software prüfen, die sie erzeugt hat; die Header-Analyse der zurückgesandten Nachricht zeigt den Fehler womöglich.' },
  },
  requireptr: {
    explanation: { en: 'The sending server\'s IP address has no valid reverse DNS name (PTR record), or that name does not point back to the address; the receiver requires one.', de: 'Die IP-Adresse des sendenden Servers hat keinen gültigen Reverse-DNS-Namen (PTR-Eintrag), oder dieser Name zeigt nicht auf die Adresse zurück; der Empfänger verlangt ihn.' },
    nextStep: { en: "Admins: have the owner of the sending IP address (your hosting or internet provider) set a PTR record whose name resolves back to the same address.", de: 'Für Admins: Lassen Sie den Inhaber der sendenden IP-Adresse (Ihren Hosting- oder Internetanbieter) einen PTR-Eintrag setzen, dessen Name wieder auf dieselbe Adresse auflöst.' },
  },
  notcompliantrfc: {
    explanation: { en: 'The message does not follow the Internet Message Format (RFC 5322): for example it has several From or Subject fields, or a required field is missing.', de: 'Die Nachricht hält das Internet Message Format (RFC 5322) nicht ein: Sie hat zum Beispiel mehrere From- oder Subject-Felder, oder ein Pflichtfeld fehlt.' },
    nextStep: { en: 'Fix the program that builds the message; the header analysis of the returned message shows duplicate or missing fields.', de: 'Korrigieren Sie das Programm, das die Nachricht erzeugt; die Header-Analyse der zurückgesandten Nachricht zeigt doppelte oder fehlende Felder.' },
  },
  ratelimited: {
    explanation: { en: 'The receiving server slowed the sender down: too many messages in too short a time, to this recipient or from this sender.', de: 'Der empfangende Server hat den Absender gebremst: zu viele Nachrichten in zu kurzer Zeit, an diesen Empfänger oder von diesem Absender.' },
    nextStep: { en: 'Send more slowly; the sending server usually retries on its own. For bulk mail, spread the sending over time.', de: 'Senden Sie langsamer; der sendende Server versucht es meist von selbst erneut. Verteilen Sie Massenversand über einen längeren Zeitraum.' },
  },
  badreputation: {
    explanation: { en: 'The receiving provider refused or deferred the message because of the poor reputation of the sending IP address or domain (complaints, spam traps, sudden volume).', de: 'Der empfangende Anbieter hat die Nachricht wegen der schlechten Reputation der sendenden IP-Adresse oder Domain abgelehnt oder zurückgestellt (Beschwerden, Spamfallen, plötzliches Volumen).' },
    nextStep: { en: "Admins: check the provider's postmaster tools, send only to people who asked for the mail, honour unsubscribes and raise the volume slowly.", de: 'Für Admins: Prüfen Sie die Postmaster-Werkzeuge des Anbieters, senden Sie nur an Personen, die die E-Mails wollen, beachten Sie Abmeldungen und steigern Sie das Volumen langsam.' },
  },
  failedstarttls: {
    explanation: { en: 'The servers could not set up an encrypted connection (STARTTLS, RFC 3207), and one of them requires encryption.', de: 'Die Server konnten keine verschlüsselte Verbindung aufbauen (STARTTLS, RFC 3207), und einer von ihnen verlangt Verschlüsselung.' },
    nextStep: { en: 'Admins: check the TLS setup of both servers (certificate, protocol versions, MTA-STS or DANE policy).', de: 'Für Admins: Prüfen Sie die TLS-Einrichtung beider Server (Zertifikat, Protokollversionen, MTA-STS- oder DANE-Richtlinie).' },
  },
  hasmoved: {
    explanation: { en: 'The recipient\'s mailbox has moved to a new address, and mail to the old one is not forwarded.', de: 'Das Postfach des Empfängers ist an eine neue Adresse umgezogen, und E-Mail an die alte wird nicht weitergeleitet.' },
    nextStep: { en: 'Use the new address if the bounce names it; remove the old one from your lists.', de: 'Verwenden Sie die neue Adresse, falls die Rückmeldung sie nennt; entfernen Sie die alte aus Ihren Verteilern.' },
  },
  onhold: {
    explanation: { en: 'The message was not delivered, but the bounce does not say why clearly enough to name a reason.', de: 'Die Nachricht wurde nicht zugestellt, aber die Rückmeldung sagt nicht deutlich genug, warum, um einen Grund zu benennen.' },
    nextStep: { en: 'Read the diagnostic text yourself; if it stays unclear, ask the recipient\'s admin.', de: 'Lesen Sie die Fehlermeldung selbst; bleibt sie unklar, fragen Sie den Admin des Empfängers.' },
  },
  delivered: {
    explanation: { en: 'This is a delivery confirmation: the message was delivered (or relayed onwards) successfully.', de: 'Dies ist eine Zustellbestätigung: Die Nachricht wurde erfolgreich zugestellt (oder weitergeleitet).' },
    nextStep: { en: 'Nothing to do.', de: 'Nichts zu tun.' },
  },
  vacation: {
    explanation: { en: 'This is an automatic reply (RFC 3834), such as an out-of-office notice, not a bounce: the message was delivered.', de: 'Dies ist eine automatische Antwort (RFC 3834), etwa eine Abwesenheitsnotiz, keine Unzustellbarkeitsmeldung: Die Nachricht wurde zugestellt.' },
    nextStep: { en: 'Nothing to do for delivery; read the reply for another contact if the matter is urgent.', de: 'Für die Zustellung ist nichts zu tun; entnehmen Sie der Antwort einen anderen Kontakt, falls es dringend ist.' },
  },
  feedback: {
    explanation: { en: 'This is a feedback report (ARF, RFC 5965), not a bounce: a recipient or their provider reported the message, usually as spam.', de: 'Dies ist ein Feedback-Bericht (ARF, RFC 5965), keine Unzustellbarkeitsmeldung: Ein Empfänger oder sein Anbieter hat die Nachricht gemeldet, meist als Spam.' },
    nextStep: { en: 'Stop sending to the reported recipient and check why they did not want the message (consent, unsubscribe link, frequency).', de: 'Senden Sie nicht mehr an den meldenden Empfänger und prüfen Sie, warum er die Nachricht nicht wollte (Einwilligung, Abmeldelink, Häufigkeit).' },
  },
  undefined: {
    explanation: { en: 'The message looks like a bounce, but neither a reason nor an error text could be found in it.', de: 'Die Nachricht sieht wie eine Unzustellbarkeitsmeldung aus, aber weder ein Grund noch eine Fehlermeldung ließ sich darin finden.' },
    nextStep: { en: 'Read the bounce yourself; the returned message, if any, is analysed below.', de: 'Lesen Sie die Meldung selbst; die zurückgesandte Nachricht wird, falls vorhanden, unten analysiert.' },
  },
};

export function explainReason(reason: BounceReason): ReasonText {
  return TEXTS[reason];
}
