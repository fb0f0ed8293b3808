// Every problem code the core can report, with its text in English and
// German: the CLI prints `message` (English), the page shows `text` in the
// user's language. Bad input and bugs are different things: these codes are
// the expected outcomes of bad input; a bug throws.

import type { LocalizedText, Problem, Severity } from './analysis.ts';

interface ProblemText {
  severity: Severity;
  en: string;
  de: string;
}

export const PROBLEMS = {
  'empty-input': {
    severity: 'error',
    en: 'The input is empty: paste a message or open an .eml file.',
    de: 'Die Eingabe ist leer: Fügen Sie eine Nachricht ein oder öffnen Sie eine .eml-Datei.',
  },
  'input-too-large': {
    severity: 'error',
    en: 'The input is larger than the limit of 64 MiB.',
    de: 'Die Eingabe ist größer als die Grenze von 64 MiB.',
  },
  'binary-input': {
    severity: 'error',
    en: 'The input is binary data (a file of another kind, or no header and many control bytes), not a mail message.',
    de: 'Die Eingabe besteht aus Binärdaten (eine Datei anderer Art, oder kein Kopf und viele Steuerbytes), keine E-Mail.',
  },
  'stray-control-bytes': {
    severity: 'warning',
    en:
      'The message holds NUL or other control bytes that mail text may not contain (RFC 5322 §2.1, RFC 2045 §2.8): {count} in its header and first 8 KB. It is analysed as it is; a mail program may show it differently, and such bytes are a way to confuse filters.',
    de: 'Die Nachricht enthält NUL- oder andere Steuerbytes, die in E-Mail-Text nicht vorkommen dürfen (RFC 5322 §2.1, RFC 2045 §2.8): {count} in ihrem Kopf und den ersten 8 KB. Sie wird so analysiert, wie sie ist; ein Mailprogramm zeigt sie womöglich anders an, und solche Bytes sind ein Mittel, Filter zu täuschen.',
  },
  'no-header': {
    severity: 'error',
    en: 'The input does not start with a header field ("Name: value"), so it is not a mail message.',
    de: 'Die Eingabe beginnt nicht mit einem Kopffeld („Name: Wert“) und ist daher keine E-Mail.',
  },
  'display-header-copy': {
    severity: 'error',
    en:
      'This is not the raw header: it is the From / Sent / To / Subject block a mail program shows above a message. It carries no Received fields or signatures, so nothing can be checked. Copy the original message ("Show original", "View source") instead.',
    de: 'Das ist nicht der Rohkopf: Es ist der Block Von / Gesendet / An / Betreff, den ein Mailprogramm über einer Nachricht anzeigt. Er enthält keine Received-Felder und keine Signaturen, daher lässt sich nichts prüfen. Kopieren Sie stattdessen die Originalnachricht („Original anzeigen“, „Quelltext anzeigen“).',
  },
  'html-source': {
    severity: 'error',
    en: 'This is HTML source, not a mail message: a raw message starts with header fields such as "Received:" or "From:". Copy the original message from your mail program instead.',
    de: 'Das ist HTML-Quelltext, keine E-Mail: Eine Rohnachricht beginnt mit Kopffeldern wie „Received:“ oder „From:“. Kopieren Sie stattdessen die Originalnachricht aus Ihrem Mailprogramm.',
  },
  'forwarded-message': {
    severity: 'warning',
    en: 'The body holds a forwarded message. The verdicts and hops above are those of the forward, not of the original: analyse the original on its own.',
    de: 'Der Text enthält eine weitergeleitete Nachricht. Die Urteile und Stationen oben gehören zur Weiterleitung, nicht zum Original: Analysieren Sie das Original für sich.',
  },
  'headers-only': {
    severity: 'info',
    en: 'Only the header was pasted: DKIM signatures are checked, but their body hashes cannot be.',
    de: 'Es wurde nur der Kopf eingefügt: DKIM-Signaturen werden geprüft, ihre Body-Hashes aber nicht.',
  },
  'truncated-header': {
    severity: 'warning',
    en: 'The header ends in the middle of a field: the input looks cut off.',
    de: 'Der Kopf endet mitten in einem Feld: Die Eingabe scheint abgeschnitten.',
  },
  'missing-blank-line': {
    severity: 'warning',
    en:
      'A line in the header is neither a field nor a continuation: the blank line before the body is missing (RFC 5322 §2.1). The rest is read as the body.',
    de: 'Eine Zeile im Kopf ist weder ein Feld noch eine Fortsetzung: Die Leerzeile vor dem Text fehlt (RFC 5322 §2.1). Der Rest wird als Text gelesen.',
  },
  'non-utf8-header': {
    severity: 'warning',
    en: 'The header holds bytes that are not UTF-8; they are shown as Latin-1.',
    de: 'Der Kopf enthält Bytes, die kein UTF-8 sind; sie werden als Latin-1 angezeigt.',
  },
  'line-ends-repaired': {
    severity: 'info',
    en: 'The line ends were not CRLF and were converted before checking signatures (RFC 5322 §2.1).',
    de: 'Die Zeilenenden waren kein CRLF und wurden vor der Signaturprüfung umgewandelt (RFC 5322 §2.1).',
  },
  'doubled-cr-repaired': {
    severity: 'warning',
    en: 'Lines ended in CR CR LF, a copy-and-paste artefact; the extra CR was removed before checking signatures.',
    de: 'Zeilen endeten auf CR CR LF, ein Überbleibsel beim Kopieren; das zusätzliche CR wurde vor der Signaturprüfung entfernt.',
  },
  'mbox-from-line-removed': {
    severity: 'info',
    en: 'The input starts with an mbox "From " separator line (RFC 4155), which is not part of the message; it was left out.',
    de: 'Die Eingabe beginnt mit einer mbox-Trennzeile „From “ (RFC 4155), die nicht zur Nachricht gehört; sie wurde weggelassen.',
  },
  'obsolete-field-name-space': {
    severity: 'warning',
    en: 'A header field has white space before its colon (obsolete syntax, RFC 5322 §4.5).',
    de: 'Ein Kopffeld hat Leerraum vor dem Doppelpunkt (veraltete Syntax, RFC 5322 §4.5).',
  },
  'no-envelope': {
    severity: 'warning',
    en: 'No client IP address was given or found in a Received field, so SPF could not be evaluated.',
    de: 'Es wurde keine Client-IP-Adresse angegeben oder in einem Received-Feld gefunden, daher konnte SPF nicht geprüft werden.',
  },
  'spf-not-applicable': {
    severity: 'info',
    en: 'SPF not applicable: the message never crossed an MTA-to-MTA hop in the part given (only submission, local and delivery steps), and SPF judges the client of such a hop (RFC 7208 §2.4).',
    de: 'SPF nicht anwendbar: Die Nachricht hat im vorliegenden Teil nie eine Übergabe von MTA zu MTA durchlaufen (nur Einlieferung, lokale Schritte und Zustellung), und SPF bewertet den Client einer solchen Übergabe (RFC 7208 §2.4).',
  },
  'no-from': {
    severity: 'warning',
    en: 'The message has no From field with an address, so DMARC cannot be evaluated.',
    de: 'Die Nachricht hat kein From-Feld mit einer Adresse, daher kann DMARC nicht geprüft werden.',
  },
  'multiple-from': {
    severity: 'warning',
    en: 'The message has several From addresses or fields, so DMARC cannot be evaluated (RFC 9989 §5.3.1).',
    de: 'Die Nachricht hat mehrere From-Adressen oder -Felder, daher kann DMARC nicht geprüft werden (RFC 9989 §5.3.1).',
  },
  'auth-engine-failed': {
    severity: 'error',
    en: 'The authentication engine failed on this message; the other results are still shown.',
    de: 'Die Authentifizierungsprüfung ist an dieser Nachricht gescheitert; die übrigen Ergebnisse werden trotzdem gezeigt.',
  },
  // A part of the header knowledge loaded on need (src/core/headers/catalogue-groups.ts,
  // rule-tables.ts, the confusables table) whose chunk could not be fetched.
  'header-knowledge-not-loaded': {
    severity: 'warning',
    en:
      'Part of the header knowledge could not be loaded ({parts}): the fields it explains are shown without their explanation, and look-alike characters may not be flagged. Load Mail Lab again (reload the page) and repeat the analysis.',
    de: 'Ein Teil des Wissens über Kopffelder konnte nicht geladen werden ({parts}): Die Felder, die er erklärt, werden ohne ihre Erklärung gezeigt, und ähnlich aussehende Zeichen werden womöglich nicht erkannt. Laden Sie Mail Lab neu (die Seite neu laden) und wiederholen Sie die Analyse.',
  },
  // Verification limits (src/core/auth/verification-limits.ts, src/dns/query-budget.ts):
  // each stops a message crafted to hold the analysis for minutes. The
  // analysis always gives its numbers in `detail`.
  'header-too-large': {
    severity: 'warning',
    en: 'The header section is larger than the limit: DKIM, ARC and DMARC were not checked.',
    de: 'Der Kopf ist größer als die Grenze: DKIM, ARC und DMARC wurden nicht geprüft.',
  },
  'dkim-signature-limit': {
    severity: 'warning',
    en: 'The message carries more DKIM signatures than the limit; the ones past it were not verified (RFC 6376 §6.1).',
    de: 'Die Nachricht trägt mehr DKIM-Signaturen als die Grenze; die darüber hinaus wurden nicht geprüft (RFC 6376 §6.1).',
  },
  'dkim-body-hash-limit': {
    severity: 'warning',
    en: 'The DKIM signatures ask for more different body hashes than the limit; the signatures needing a further one were not verified.',
    de: 'Die DKIM-Signaturen verlangen mehr verschiedene Body-Hashes als die Grenze; die Signaturen, die einen weiteren bräuchten, wurden nicht geprüft.',
  },
  'rsa-exponent-too-large': {
    severity: 'warning',
    en: 'A DKIM key has an RSA public exponent above 2^32+1; it was refused before verifying.',
    de: 'Ein DKIM-Schlüssel hat einen öffentlichen RSA-Exponenten über 2^32+1; er wurde vor der Prüfung abgelehnt.',
  },
  'dns-query-limit': {
    severity: 'warning',
    en: 'The analysis reached the limit of DNS questions; the questions past it were not sent and count as DNS errors.',
    de: 'Die Analyse hat die Grenze der DNS-Abfragen erreicht; die Abfragen darüber hinaus wurden nicht gestellt und gelten als DNS-Fehler.',
  },
  'received-limit': {
    severity: 'warning',
    en: 'The message has more Received fields than the limit of 200 (RFC 5321 §6.3 treats 100 as a mail loop); only the newest were read.',
    de: 'Die Nachricht hat mehr Received-Zeilen als die Grenze von 200 (RFC 5321 §6.3 wertet schon 100 als Mailschleife); nur die neuesten wurden gelesen.',
  },
  'envelope-hop-invalid': {
    severity: 'warning',
    en: 'The hop picked for the SPF envelope does not exist in this message; the inferred hop was used instead.',
    de: 'Die für den SPF-Umschlag gewählte Station gibt es in dieser Nachricht nicht; stattdessen wurde die ermittelte Station verwendet.',
  },
  'bounce-truncated': {
    severity: 'warning',
    en: 'The bounce ends inside a MIME part, before its closing boundary (RFC 2046 §5.1.1): it was cut off. What could be read is shown.',
    de: 'Die Unzustellbarkeitsmeldung endet in einem MIME-Teil vor dessen schließender Grenze (RFC 2046 §5.1.1): Sie wurde abgeschnitten. Gezeigt wird, was lesbar war.',
  },
  'bounce-no-delivery-status': {
    severity: 'info',
    en: 'The report has no message/delivery-status part (RFC 3464 §2): the recipients and reasons were read from its text.',
    de: 'Der Bericht hat keinen Teil message/delivery-status (RFC 3464 §2): Empfänger und Gründe wurden aus seinem Text gelesen.',
  },
  // The bounce diagnosis is a chunk loaded on need (src/core/analyze.ts): a
  // new build deployed while the page was open removes the old chunks.
  'bounce-knowledge-not-loaded': {
    severity: 'warning',
    en:
      'The message looks like a bounce or an auto-reply, but the bounce diagnosis could not be loaded: it is shown as an ordinary message. Load Mail Lab again (reload the page) and repeat the analysis.',
    de: 'Die Nachricht sieht nach einer Unzustellbarkeitsmeldung oder automatischen Antwort aus, aber die Diagnose dafür konnte nicht geladen werden: Sie wird wie eine gewöhnliche Nachricht gezeigt. Laden Sie Mail Lab neu (die Seite neu laden) und wiederholen Sie die Analyse.',
  },
  'bounce-nesting-limit': {
    severity: 'warning',
    en: 'The returned message is itself a bounce, nested too deep: it was not analysed any further.',
    de: 'Die zurückgesandte Nachricht ist selbst eine Unzustellbarkeitsmeldung und zu tief verschachtelt: Sie wurde nicht weiter analysiert.',
  },
  // Hostile senders (src/core/headers/lookalike.ts, unsafe-uri.ts): the field's findings say which characters and which domain.
  'lookalike-sender': {
    severity: 'error',
    en:
      'The sender imitates another: invisible characters, full-width forms, combining marks or look-alike letters (UTS #39) in the From, Sender or Reply-To domain or display name. See the findings of that field.',
    de: 'Der Absender ahmt einen anderen nach: unsichtbare Zeichen, Vollbreitenformen, kombinierende Zeichen oder ähnlich aussehende Buchstaben (UTS #39) in Domain oder Anzeigename von From, Sender oder Reply-To. Siehe die Auffälligkeiten dieses Felds.',
  },
  'unsafe-list-uri': {
    severity: 'error',
    en: 'A List-* field holds a javascript:, vbscript:, data: or file: URI (possibly disguised): a mail program that offers it as a link runs or opens what the sender chose. Mail Lab shows it as text only.',
    de: 'Ein List-*-Feld enthält eine javascript:-, vbscript:-, data:- oder file:-URI (womöglich getarnt): Ein Mailprogramm, das sie als Link anbietet, führt aus oder öffnet, was der Absender gewählt hat. Mail Lab zeigt sie nur als Text.',
  },
  // Share links and .maillab.json files (src/core/share): each way one can be damaged.
  'share-not-recognised': {
    severity: 'error',
    en: 'This is not a Mail Lab link: its part after "#" does not start with a format version such as "v1.".',
    de: 'Das ist kein Mail-Lab-Link: Sein Teil nach „#“ beginnt nicht mit einer Formatversion wie „v1.“.',
  },
  'share-newer-version': {
    severity: 'error',
    en: 'This link or file was made by a newer version of Mail Lab; open it in the current Mail Lab.',
    de: 'Dieser Link (bzw. diese Datei) stammt aus einer neueren Version von Mail Lab. Bitte im aktuellen Mail Lab öffnen.',
  },
  'share-bad-base64': {
    severity: 'error',
    en: 'The link is damaged: its data holds characters that base64url does not use. It may have been changed when it was copied.',
    de: 'Der Link ist beschädigt: Seine Daten enthalten Zeichen, die in base64url nicht vorkommen. Vielleicht wurde er beim Kopieren verändert.',
  },
  'share-bad-compression': {
    severity: 'error',
    en: 'The link is damaged or incomplete: its compressed data cannot be unpacked. Chat tools and mail clients sometimes cut long links; ask the sender for the .maillab.json file instead.',
    de: 'Der Link ist beschädigt oder unvollständig: Seine komprimierten Daten lassen sich nicht entpacken. Chat-Programme und Mail-Clients kürzen lange Links manchmal; bitten Sie den Absender stattdessen um die .maillab.json-Datei.',
  },
  'share-too-large': {
    severity: 'error',
    en: 'The link unpacks to more than 32 MiB, more than any shared analysis needs; it was not read further (a crafted link could otherwise exhaust memory).',
    de: 'Der Link entpackt sich zu mehr als 32 MiB, mehr als eine geteilte Analyse je braucht; er wurde nicht weiter gelesen (ein präparierter Link könnte sonst den Speicher erschöpfen).',
  },
  'share-bad-json': {
    severity: 'error',
    en: 'The shared data is not valid JSON.',
    de: 'Die geteilten Daten sind kein gültiges JSON.',
  },
  'share-over-limit': {
    severity: 'error',
    en: 'This link or file holds more entries or longer texts than any Mail Lab analysis does; it was not opened (a crafted share could otherwise freeze or crash the page).',
    de: 'Dieser Link (bzw. diese Datei) enthält mehr Einträge oder längere Texte als jede Mail-Lab-Analyse; er wurde nicht geöffnet (ein präparierter Link könnte die Seite sonst einfrieren oder abstürzen lassen).',
  },
  'share-bad-shape': {
    severity: 'error',
    en: 'The shared data is JSON, but not a Mail Lab analysis of a known format.',
    de: 'Die geteilten Daten sind JSON, aber keine Mail-Lab-Analyse in einem bekannten Format.',
  },
} as const satisfies Record<string, ProblemText>;

export type ProblemCode = keyof typeof PROBLEMS;

/** A problem; `detail` replaces the standard text where the case has more to say. */
export function problem(code: ProblemCode, details: { line?: number; detail?: LocalizedText } = {}): Problem {
  const known = PROBLEMS[code];
  const text = details.detail ?? { en: known.en, de: known.de };
  const found: Problem = { code, severity: known.severity, message: text.en, text };
  if (details.line !== undefined) found.line = details.line;
  return found;
}
