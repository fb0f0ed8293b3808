// Exchange's transport fields and Outlook's own, with what Microsoft
// documents and what is only inferred kept apart: the header firewall page
// documents the X-MS-Exchange-Organization-* and X-MS-Exchange-Forest-*
// families, [MS-OXCMAIL] documents the fields Outlook maps to MAPI
// properties, the EOP field notes blog the tenant attribution. The
// cross-tenant, diagnostic and loop fields are undocumented: each summary
// says from what its meaning is inferred. Families are patterns, so an
// organisation's next field is named without a new entry.

import { part, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';

const HEADER_FIREWALL = vendor('Microsoft Learn: Header firewall (Exchange Server 2013)', 'https://learn.microsoft.com/en-us/exchange/header-firewall-exchange-2013-help');
const OXCMAIL = vendor('[MS-OXCMAIL]: Outlook Internet message format', 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxcmail/');
const CONTENT_CLASS = vendor('[MS-OXCMAIL] §2.2.3.2.15 Content Class', 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxcmail/d8a438cb-a584-4545-9794-8da75455a950');
const TENANT_ATTRIBUTION = vendor(
  'Microsoft EOP field notes: Use headers to determine which Exchange Online tenant a message was attributed to',
  'https://blogs.technet.microsoft.com/eopfieldnotes/2019/01/03/use-headers-to-determine-which-exchange-online-tenant-a-message-was-attributed-to/',
);
const LOOP_HEADERS = vendor('University of Oxford IT: Email loops – what happens, when, and why', 'https://blogs.it.ox.ac.uk/nexus/2021/05/04/email-loops-what-happens-when-and-why/');
const PRIVATE_FIELD = { title: 'RFC 6648 (private X- fields; Microsoft publishes no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' };

// A diagnostic lists one server per hop it saw; a few dozen bound a hostile value.
const MAX_SERVERS = 40;

/** "SG2APC01HT247:|HE1EUR01HT085:" — Exchange Online server names, one per hop, each followed by a colon. */
function explainTrafficDiagnostic(value: string): Explained {
  const servers = value
    .split('|')
    .slice(0, MAX_SERVERS)
    .map((piece) => piece.split(':')[0]!.trim())
    .filter((server) => /^[A-Z0-9]{6,20}$/i.test(server));
  return {
    parts: servers.map((server) =>
      part('server', server, text('The name of an Exchange Online server (region, pod and role letters, number); inferred from the form of the name, which Received fields of Microsoft also carry.', 'Der Name eines Exchange-Online-Servers (Region, Pod, Rollenbuchstaben, Nummer); erschlossen aus der Form des Namens, den auch die Received-Felder von Microsoft tragen.'), 'inferred'),
    ),
  };
}

export const MICROSOFT_TRANSPORT_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-microsoft-antispam-message-info',
    names: ['x-microsoft-antispam-message-info', 'x-microsoft-antispam-message-info-original', 'x-microsoft-exchange-diagnostics', 'x-microsoft-exchange-diagnostics-untrusted', 'spamdiagnosticoutput', 'spamdiagnosticmetadata', 'x-tmn'],
    references: [PRIVATE_FIELD],
    summary: text(
      'Encoded data that Exchange Online writes for its own filters and support (X-TMN in mail sent from Outlook.com). Microsoft does not document it and the value cannot be read; inferred from the name, from where it appears (only in mail that passed Exchange Online) and from the values, which are base64 blobs.',
      'Kodierte Daten, die Exchange Online für seine Filter und den Support schreibt (X-TMN in über Outlook.com versandter Post). Microsoft dokumentiert sie nicht, lesbar sind sie nicht; erschlossen aus dem Namen, aus dem Vorkommen (nur in Post, die Exchange Online durchlief) und aus den Werten, die Base64-Blöcke sind.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-ms-traffictypediagnostic',
    names: ['x-ms-traffictypediagnostic'],
    references: [PRIVATE_FIELD],
    summary: text(
      'Exchange Online: the servers that classified the traffic type of the message, one name per hop ("SG2APC01HT247:|HE1EUR01HT085:"). Microsoft does not document it; inferred from the values, whose names are those of Exchange Online servers.',
      'Exchange Online: die Server, die die Verkehrsart der Nachricht bestimmten, ein Name je Station („SG2APC01HT247:|HE1EUR01HT085:“). Microsoft dokumentiert es nicht; erschlossen aus den Werten, deren Namen die von Exchange-Online-Servern sind.',
    ),
    knowledge: 'inferred',
    explain: explainTrafficDiagnostic,
  },
  {
    id: 'x-ms-exchange-organization',
    names: [],
    pattern: /^x-ms-exchange-organization-/,
    references: [HEADER_FIREWALL, OXCMAIL],
    summary: text(
      'Exchange\'s internal organisation fields (who authenticated the sender, direction, network message ID, expiry). The header firewall removes them when a message enters an organisation from outside, so those present were written inside the receiving organisation.',
      'Interne Organisationsfelder von Exchange (wer den Absender authentifizierte, Richtung, Netzwerk-Nachrichten-ID, Ablauf). Die Header-Firewall entfernt sie, wenn eine Nachricht von außen in eine Organisation kommt; vorhandene wurden also in der empfangenden Organisation geschrieben.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'x-ms-exchange-forest',
    names: [],
    pattern: /^x-ms-exchange-forest-/,
    references: [HEADER_FIREWALL],
    summary: text(
      'Exchange\'s forest fields: notes of the Active Directory forest that handled the message, removed by the header firewall at the forest\'s edge like the organisation fields.',
      'Forest-Felder von Exchange: Notizen der Active-Directory-Gesamtstruktur, die die Nachricht behandelte; die Header-Firewall entfernt sie an deren Grenze wie die Organisationsfelder.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'microsoft-tenant-attribution',
    names: ['x-eoptenantattributedmessage'],
    references: [TENANT_ATTRIBUTION],
    summary: text(
      'Exchange Online Protection: the tenant (Microsoft 365 organisation) the message was attributed to, as its GUID, stamped when the message entered that tenant.',
      'Exchange Online Protection: der Mandant (die Microsoft-365-Organisation), dem die Nachricht zugeordnet wurde, als GUID; gesetzt, als die Nachricht in diesen Mandanten kam.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'microsoft-loop-counters',
    names: ['x-ms-exchange-inbox-rules-loop', 'x-ms-exchange-transport-rules-loop', 'x-ms-exchange-moderation-loop', 'x-ms-exchange-forwardingloop', 'x-ms-exchange-generated-message-source', 'x-ld-processed'],
    references: [LOOP_HEADERS],
    summary: text(
      'Exchange\'s loop protection: the mailbox that forwarded or auto-answered the message by a rule, a transport rule or moderation. Exchange keeps these across organisations and stops a message that has passed too often. Microsoft describes them only in a blog; inferred from its description and administrators\' observations.',
      'Schleifenschutz von Exchange: das Postfach, das die Nachricht per Regel, Transportregel oder Moderation weiterleitete oder automatisch beantwortete. Exchange behält sie über Organisationen hinweg und stoppt eine Nachricht, die zu oft durchlief. Microsoft beschreibt sie nur in einem Blog; erschlossen aus dieser Beschreibung und Beobachtungen von Administratoren.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-ms-exchange',
    names: ['x-originatororg', 'x-eopattributedmessage', 'x-incomingheadercount', 'x-incomingtopheadermarker', 'x-ms-office365-filtering-correlation-id', 'x-ms-publictraffictype', 'x-ms-userlastlogontime', 'x-ms-embedded-report', 'x-sef-processed', 'x-sef-zerohour-refid'],
    pattern: /^x-ms-exchange-|^x-sef-/,
    references: [PRIVATE_FIELD],
    summary: text(
      'Exchange Online transport fields: cross-tenant routing, the sender\'s tenant domain (X-OriginatorOrg), arrival times, whether the message is a non-delivery report, the correlation ID support uses for message trace. Microsoft does not document them; inferred from their names and the values seen (domains, GUIDs, times).',
      'Transportfelder von Exchange Online: Routing zwischen Mandanten, die Domain des Absender-Mandanten (X-OriginatorOrg), Ankunftszeiten, ob die Nachricht ein Unzustellbarkeitsbericht ist, die Korrelations-ID für die Nachrichtenablaufverfolgung. Microsoft dokumentiert sie nicht; erschlossen aus den Namen und den gesehenen Werten (Domains, GUIDs, Zeiten).',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'content-class',
    names: ['content-class'],
    references: [CONTENT_CLASS],
    summary: text(
      'Outlook\'s and Exchange\'s class of the message: urn:content-classes:message for ordinary mail; fax, voice, missedcall and others make Outlook show it as that kind of item.',
      'Die Nachrichtenklasse von Outlook und Exchange: urn:content-classes:message für gewöhnliche Post; fax, voice, missedcall und andere lassen Outlook sie als solches Element zeigen.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'outlook-client',
    names: ['thread-index', 'x-ms-has-attach', 'x-ms-tnef-correlator', 'x-mimeole', 'x-msmail-priority', 'x-originalarrivaltime', 'x-message-flags'],
    references: [OXCMAIL],
    summary: text(
      'Written by Outlook or Exchange: the conversation index (Thread-Index), whether there are attachments, the TNEF (winmail.dat) link, Outlook\'s priority and flags, the arrival time in Exchange 2003.',
      'Von Outlook oder Exchange geschrieben: der Gesprächsindex (Thread-Index), ob es Anhänge gibt, der Bezug zu TNEF (winmail.dat), Priorität und Markierungen von Outlook, die Ankunftszeit in Exchange 2003.',
    ),
    knowledge: 'documented',
  },
  {
    id: 'outlook-com',
    names: ['x-sid-pra', 'x-sid-result', 'x-message-info', 'x-message-delivery', 'x-store-info', 'x-dsncontext'],
    references: [{ title: 'RFC 4406 (Sender ID, historic)', url: 'https://www.rfc-editor.org/rfc/rfc4406' }],
    summary: text(
      'Outlook.com (formerly Hotmail) fields: the Sender ID result and its purported responsible address (X-SID-PRA, X-SID-Result, RFC 4406); the others, among them X-DSNContext in its bounces, are encoded and undocumented, their vendor inferred from the servers that write them.',
      'Felder von Outlook.com (früher Hotmail): das Sender-ID-Ergebnis und die verantwortliche Adresse (X-SID-PRA, X-SID-Result, RFC 4406); die übrigen, darunter X-DSNContext in seinen Unzustellbarkeitsmeldungen, sind kodiert und undokumentiert, ihr Hersteller erschlossen aus den Servern, die sie schreiben.',
    ),
    knowledge: 'inferred',
  },
];
