// The "KEY:value;" fields of X-Forefront-Antispam-Report and
// X-Microsoft-Antispam, each with how its meaning is known:
// - documented: Microsoft Learn, "Anti-spam message headers" (defender-
//   office-365/message-headers-eop-mdo, 2025), with the SCL and BCL pages;
//   SFV:SKI and PCL from earlier versions of Microsoft's pages;
// - inferred: not described by Microsoft; read from the values seen;
// - unknown: Microsoft says undocumented fields are "used exclusively by
//   the Microsoft anti-spam team for diagnostic purposes".

import type { Knowledge } from '../analysis.ts';

type Text = readonly [en: string, de: string];

export interface FieldMeaning {
  knowledge: Knowledge;
  field: Text;
  /** Meanings of single values, where they are listed. */
  values?: Readonly<Record<string, Text>>;
  /** Values that do not mean what the field usually means, each with how that is known (an empty SRV, CIP's placeholder address). */
  exceptions?: Readonly<Record<string, { knowledge: Knowledge; text: Text }>>;
}

export const MICROSOFT_FIELDS: Readonly<Record<string, FieldMeaning>> = {
  ARC: { knowledge: 'documented', field: ['ARC results as Microsoft recorded them (AAR, AMS, AS with cv=).', 'ARC-Ergebnisse, wie Microsoft sie festhielt (AAR, AMS, AS mit cv=).'] },
  CAT: {
    knowledge: 'documented',
    field: ['The category of the protection policy applied to the message.', 'Die Kategorie der Schutzrichtlinie, die auf die Nachricht angewandt wurde.'],
    values: {
      NONE: ['No category: no protection policy applied.', 'Keine Kategorie: keine Schutzrichtlinie angewandt.'],
      AMP: ['Anti-malware.', 'Anti-Malware.'],
      BIMP: ['Brand impersonation (Defender for Office 365).', 'Markenimitation (Defender for Office 365).'],
      BULK: ['Bulk mail.', 'Massenmail.'],
      DIMP: ['Domain impersonation (Defender for Office 365).', 'Domain-Imitation (Defender for Office 365).'],
      FTBP: ['Anti-malware common attachments filter (blocked file type).', 'Anti-Malware-Filter für übliche Anhänge (gesperrter Dateityp).'],
      GIMP: ['Mailbox intelligence impersonation (Defender for Office 365).', 'Imitation nach Postfach-Intelligenz (Defender for Office 365).'],
      HPHSH: ['High-confidence phishing.', 'Phishing mit hoher Sicherheit.'],
      HPHISH: ['High-confidence phishing.', 'Phishing mit hoher Sicherheit.'],
      HSPM: ['High-confidence spam.', 'Spam mit hoher Sicherheit.'],
      INTOS: ['Intra-organisation phishing.', 'Phishing innerhalb der Organisation.'],
      MALW: ['Malware.', 'Schadsoftware.'],
      OSPM: ['Outbound spam.', 'Ausgehender Spam.'],
      PHSH: ['Phishing.', 'Phishing.'],
      SAP: ['Safe Attachments (Defender for Office 365).', 'Sichere Anlagen (Defender for Office 365).'],
      SPM: ['Spam.', 'Spam.'],
      SPOOF: ['Spoofing: the sender address is forged.', 'Spoofing: Die Absenderadresse ist gefälscht.'],
      UIMP: ['User impersonation (Defender for Office 365).', 'Nutzer-Imitation (Defender for Office 365).'],
    },
  },
  CIP: {
    knowledge: 'documented',
    field: ['The connecting IP address.', 'Die verbindende IP-Adresse.'],
    exceptions: {
      '255.255.255.255': {
        knowledge: 'inferred',
        text: [
          'Not a client address: 255.255.255.255 is the placeholder Microsoft writes when no outside client connected, typically for mail that started in the tenant\'s own mailboxes (outbound or internal, see DIR). Microsoft does not document it.',
          'Keine Client-Adresse: 255.255.255.255 ist der Platzhalter, den Microsoft schreibt, wenn kein Client von außen verbunden war, meist bei Mail aus den eigenen Postfächern des Mandanten (ausgehend oder intern, siehe DIR). Microsoft dokumentiert das nicht.',
        ],
      },
    },
  },
  CTRY: { knowledge: 'documented', field: ['Country or region of the connecting IP (which need not be the original sender).', 'Land oder Region der verbindenden IP (nicht unbedingt der ursprüngliche Absender).'] },
  DIR: {
    knowledge: 'documented',
    field: ['Direction of the message.', 'Richtung der Nachricht.'],
    values: { INB: ['Inbound.', 'Eingehend.'], OUT: ['Outbound.', 'Ausgehend.'], INT: ['Internal.', 'Intern.'] },
  },
  H: { knowledge: 'documented', field: ['The HELO/EHLO name of the connecting server.', 'Der HELO/EHLO-Name des verbindenden Servers.'] },
  IPV: {
    knowledge: 'documented',
    field: ['IP reputation verdict.', 'Urteil zur IP-Reputation.'],
    values: { CAL: ['Spam filtering skipped: the IP is on the IP Allow List.', 'Spamfilter übersprungen: Die IP steht auf der IP-Zulassungsliste.'], NLI: ['The IP is on no reputation list.', 'Die IP steht auf keiner Reputationsliste.'] },
  },
  LANG: { knowledge: 'documented', field: ['The language the message was written in.', 'Die Sprache, in der die Nachricht geschrieben ist.'] },
  PTR: { knowledge: 'documented', field: ['The reverse DNS name (PTR) of the source IP.', 'Der Reverse-DNS-Name (PTR) der Quell-IP.'] },
  SCL: {
    knowledge: 'documented',
    field: ['Spam confidence level: higher means more likely spam.', 'Spam-Konfidenzstufe: höher heißt eher Spam.'],
    values: {
      '-1': ['Spam filtering skipped (safe sender, safe recipient, or IP Allow List); delivered to the inbox.', 'Spamfilter übersprungen (sicherer Absender, sicherer Empfänger oder IP-Zulassungsliste); in den Posteingang zugestellt.'],
      '0': ['Not spam; delivered to the inbox.', 'Kein Spam; in den Posteingang zugestellt.'],
      '1': ['Not spam; delivered to the inbox.', 'Kein Spam; in den Posteingang zugestellt.'],
      '5': ['Spam: by default delivered to the Junk Email folder.', 'Spam: standardmäßig in den Junk-E-Mail-Ordner zugestellt.'],
      '6': ['Spam: by default delivered to the Junk Email folder.', 'Spam: standardmäßig in den Junk-E-Mail-Ordner zugestellt.'],
      '7': ['High-confidence spam (often set by DMARC failure, a mail flow rule or an analyst).', 'Spam mit hoher Sicherheit (oft durch DMARC-Fehlschlag, eine Nachrichtenflussregel oder einen Analysten gesetzt).'],
      '8': ['High-confidence spam.', 'Spam mit hoher Sicherheit.'],
      '9': ['High-confidence spam.', 'Spam mit hoher Sicherheit.'],
    },
  },
  SFTY: {
    knowledge: 'documented',
    field: ['Phishing safety tip category.', 'Kategorie des Phishing-Sicherheitstipps.'],
    values: {
      '9.19': ['Domain impersonation.', 'Domain-Imitation.'],
      '9.20': ['User impersonation.', 'Nutzer-Imitation.'],
      '9.25': ['First-contact safety tip: the recipient rarely or never got mail from this sender.', 'Sicherheitstipp beim Erstkontakt: Der Empfänger bekam selten oder nie Mail von diesem Absender.'],
    },
  },
  SFV: {
    knowledge: 'documented',
    field: ['Spam filtering verdict.', 'Urteil des Spamfilters.'],
    values: {
      BLK: ['Blocked: the sender is on the recipient\'s Blocked Senders list.', 'Gesperrt: Der Absender steht auf der Liste blockierter Absender des Empfängers.'],
      NSPM: ['Not spam; delivered.', 'Kein Spam; zugestellt.'],
      SFE: ['Allowed: the sender is on the recipient\'s Safe Senders list.', 'Zugelassen: Der Absender steht auf der Liste sicherer Absender des Empfängers.'],
      SKA: ['Skipped filtering: sender or domain on the allowed list of an anti-spam policy.', 'Filter übersprungen: Absender oder Domain auf der Zulassungsliste einer Antispam-Richtlinie.'],
      SKB: ['Marked spam: sender or domain on the blocked list of an anti-spam policy.', 'Als Spam markiert: Absender oder Domain auf der Sperrliste einer Antispam-Richtlinie.'],
      SKI: ['Skipped filtering for another reason, e.g. mail within the same organisation.', 'Filter aus anderem Grund übersprungen, z. B. Mail innerhalb derselben Organisation.'],
      SKN: ['Marked not spam before filtering, e.g. by a mail flow rule (SCL -1).', 'Vor dem Filtern als kein Spam markiert, z. B. durch eine Nachrichtenflussregel (SCL -1).'],
      SKQ: ['Released from quarantine.', 'Aus der Quarantäne freigegeben.'],
      SKS: ['Marked spam before filtering, e.g. by a mail flow rule.', 'Vor dem Filtern als Spam markiert, z. B. durch eine Nachrichtenflussregel.'],
      SPM: ['Marked spam by spam filtering.', 'Vom Spamfilter als Spam markiert.'],
    },
  },
  SRV: {
    knowledge: 'documented',
    field: ['Bulk mail marker.', 'Kennzeichen für Massenmail.'],
    values: { BULK: ['SRV:BULK: identified as bulk mail by the BCL threshold.', 'SRV:BULK: über die BCL-Schwelle als Massenmail erkannt.'] },
    exceptions: {
      '': {
        knowledge: 'inferred',
        text: ['Empty: the message was not marked as bulk mail. Microsoft documents only the value BULK.', 'Leer: Die Nachricht wurde nicht als Massenmail markiert. Microsoft dokumentiert nur den Wert BULK.'],
      },
    },
  },
  BCL: {
    knowledge: 'documented',
    field: ['Bulk complaint level: how likely a bulk sender\'s mail draws complaints (0–9).', 'Bulk Complaint Level: wie wahrscheinlich Mail eines Massenversenders Beschwerden auslöst (0–9).'],
    values: {
      '0': ['Not from a bulk sender.', 'Nicht von einem Massenversender.'],
      '1': ['Bulk sender with few complaints.', 'Massenversender mit wenigen Beschwerden.'],
      '2': ['Bulk sender with few complaints.', 'Massenversender mit wenigen Beschwerden.'],
      '3': ['Bulk sender with few complaints.', 'Massenversender mit wenigen Beschwerden.'],
      '4': ['Bulk sender with a mixed number of complaints.', 'Massenversender mit gemischter Zahl von Beschwerden.'],
      '5': ['Bulk sender with a mixed number of complaints (Strict policy threshold).', 'Massenversender mit gemischter Zahl von Beschwerden (Schwelle der strengen Richtlinie).'],
      '6': ['Bulk sender with a mixed number of complaints (Standard policy threshold).', 'Massenversender mit gemischter Zahl von Beschwerden (Schwelle der Standardrichtlinie).'],
      '7': ['Bulk sender with a mixed number of complaints (default policy threshold).', 'Massenversender mit gemischter Zahl von Beschwerden (Schwelle der Standard-Antispam-Richtlinie).'],
      '8': ['Bulk sender with many complaints.', 'Massenversender mit vielen Beschwerden.'],
      '9': ['Bulk sender with many complaints.', 'Massenversender mit vielen Beschwerden.'],
    },
  },
  PCL: {
    knowledge: 'documented',
    field: ['Phishing confidence level (older Exchange content filter): 1–3 neutral, 4–8 suspicious.', 'Phishing-Konfidenzstufe (älterer Exchange-Inhaltsfilter): 1–3 neutral, 4–8 verdächtig.'],
  },
  SPF: { knowledge: 'inferred', field: ['Looks like the SPF result Microsoft found (Pass, Fail, None, …); not described by Microsoft.', 'Sieht aus wie das SPF-Ergebnis, das Microsoft fand (Pass, Fail, None, …); von Microsoft nicht beschrieben.'] },
  SRVR: { knowledge: 'inferred', field: ['Looks like the name of the Microsoft server that filtered the message.', 'Sieht aus wie der Name des Microsoft-Servers, der die Nachricht filterte.'] },
  A: { knowledge: 'inferred', field: ['Looks like a flag whether the sending domain has an A record.', 'Sieht aus wie eine Angabe, ob die sendende Domain einen A-Eintrag hat.'] },
  MX: { knowledge: 'inferred', field: ['Looks like a flag whether the sending domain has an MX record.', 'Sieht aus wie eine Angabe, ob die sendende Domain einen MX-Eintrag hat.'] },
  OrigIP: { knowledge: 'inferred', field: ['Looks like the original client IP before internal relaying.', 'Sieht aus wie die ursprüngliche Client-IP vor interner Weiterleitung.'] },
  SFS: { knowledge: 'unknown', field: ['Numbered IDs of the filter rules that matched. Microsoft does not publish what any ID means.', 'Nummerierte Kennungen der zutreffenden Filterregeln. Microsoft veröffentlicht nicht, was eine Kennung bedeutet.'] },
  RULEID: { knowledge: 'unknown', field: ['Numbered rule IDs; undocumented.', 'Nummerierte Regelkennungen; undokumentiert.'] },
};
