// The step each hop is on the mail path: submission (MUA to MTA, RFC 6409),
// relay (MTA to MTA, RFC 5321), delivery (MTA to MDA: LMTP, RFC 2033),
// retrieval (MDA to MRA: fetchmail over POP3/IMAP), internal (inside one
// host: a content filter, a local re-injection). The evidence is what the
// field says; where a role rests on position or on a vendor's habit rather
// than on the field's words, the reason says "inferred".

import type { HopRole, LocalizedText } from '../analysis.ts';
import { isLoopback, parseIp } from '../net/ip-address.ts';
import type { ParsedReceived } from './received-field.ts';

/** Why a hop has its role; trust-boundary.ts reads this too. */
export type RoleKind =
  | 'lmtp' | 'retrieval' | 'content-filter' | 'qmail-network' | 'qmail-local' | 'qmail-alias' | 'local-submission'
  | 'mapi' | 'webmail' | 'mailbox-http' | 'http-internal' | 'created-here' | 'mailbox-store' | 'by-only'
  | 'loopback' | 'authenticated' | 'authenticated-relay' | 'mua-like' | 'relay' | 'unknown';

export interface RoleDecision {
  role: HopRole;
  kind: RoleKind;
  reason: LocalizedText;
}

export interface RolePosition {
  /** No older hop records a network client or a submission: this is where the message entered the network. */
  firstNetworkHop: boolean;
  oldest: boolean;
  newest: boolean;
}

const LOCAL_NAMES = /^(?:localhost|localhost\.localdomain|ip6-localhost)$/i;

function said(role: HopRole, kind: RoleKind, en: string, de: string): RoleDecision {
  return { role, kind, reason: { en, de } };
}

function localSubmission(position: RolePosition, what: LocalizedText): RoleDecision {
  if (position.oldest) {
    return said('submission', 'local-submission', `${what.en}: the message was handed to the MTA on this host by a local program (a mail client or a script), the first step of its path.`, `${what.de}: Ein lokales Programm (Mailprogramm oder Skript) hat die Nachricht auf diesem Rechner an den MTA übergeben – der erste Schritt ihres Wegs.`);
  }
  return said('internal', 'local-submission', `${what.en}: a local program on this host passed the message on again (a mailing list manager, a forward, a filter).`, `${what.de}: Ein lokales Programm auf diesem Rechner hat die Nachricht erneut eingeliefert (Listenserver, Weiterleitung, Filter).`);
}

function localEvidence(parsed: ParsedReceived): LocalizedText | null {
  const s = parsed.signals;
  if (s.pickupUserid) return { en: `Postfix pickup from user id ${s.pickupUserid}`, de: `Postfix-Pickup von Benutzer-ID ${s.pickupUserid}` };
  if (s.localUser) return { en: `Submitted by the local user ${s.localUser}`, de: `Eingeliefert vom lokalen Benutzer ${s.localUser}` };
  if (s.localProtocol) return { en: `"with ${parsed.with}" (Exim: a local process)`, de: `„with ${parsed.with}“ (Exim: ein lokaler Prozess)` };
  if (s.pickup) return { en: 'Exchange mail pickup service (a local pickup folder)', de: 'Exchange-Pickup-Dienst (lokaler Abholordner)' };
  if (s.mailbox) return { en: `The FROM clause names a mailbox (${s.mailbox}), not a host`, de: `Die FROM-Angabe nennt ein Postfach (${s.mailbox}), keinen Rechner` };
  return null;
}

export function decideRole(parsed: ParsedReceived, position: RolePosition): RoleDecision {
  const s = parsed.signals;
  if (!s.hasFrom && !parsed.by && !parsed.with && !s.qmailInvoked) {
    return said('unknown', 'unknown', 'The field names neither a client nor a receiving host, so its step cannot be told.', 'Die Zeile nennt weder einen einliefernden noch einen empfangenden Rechner; welcher Schritt das war, lässt sich nicht sagen.');
  }
  if (s.lmtp) {
    return said('delivery', 'lmtp', `LMTP (RFC 2033) hands the message to the mailbox server: delivery into the recipient's mailbox.`, 'LMTP (RFC 2033) übergibt die Nachricht an den Postfach-Server: Zustellung ins Postfach des Empfängers.');
  }
  if (s.retrieval) {
    return said('retrieval', 'retrieval', `${s.retrieval} fetched the message from the mailbox on ${parsed.from ?? 'the server'}: retrieval by the recipient's own program, after delivery.`, `${s.retrieval} hat die Nachricht aus dem Postfach auf ${parsed.from ?? 'dem Server'} abgeholt: Abruf durch das Programm des Empfängers, nach der Zustellung.`);
  }
  if (s.contentFilter) {
    return said('internal', 'content-filter', `A content filter (${s.contentFilter}) took the message and passed it back, inside the receiving host.`, `Ein Inhaltsfilter (${s.contentFilter}) hat die Nachricht übernommen und zurückgegeben – innerhalb des empfangenden Rechners.`);
  }
  if (s.qmailInvoked === 'network') {
    return said('internal', 'qmail-network', 'qmail-smtpd started qmail-queue for a network client: the same step as the SMTP field beside it, recorded twice.', 'qmail-smtpd hat qmail-queue für einen Netzwerk-Client gestartet: derselbe Schritt wie die SMTP-Zeile daneben, doppelt vermerkt.');
  }
  if (s.qmailInvoked === 'alias') {
    return said('internal', 'qmail-alias', 'qmail delivered to an alias that passed the message on (a forward inside the host).', 'qmail hat an einen Alias zugestellt, der die Nachricht weitergab (Weiterleitung innerhalb des Rechners).');
  }
  if (s.qmailInvoked) {
    return localSubmission(position, { en: `qmail-inject ran ${s.qmailInvoked === 'bounce' ? 'for a bounce' : 'for a local user'}`, de: `qmail-inject lief ${s.qmailInvoked === 'bounce' ? 'für eine Unzustellbarkeitsnachricht' : 'für einen lokalen Benutzer'}` });
  }
  const local = localEvidence(parsed);
  if (local) return localSubmission(position, local);
  if (s.mapi) {
    return said('submission', 'mapi', 'Outlook handed the message to Exchange over MAPI: submission by the mail client.', 'Outlook hat die Nachricht per MAPI an Exchange übergeben: Einlieferung durch das Mailprogramm.');
  }
  if (/^HTTPS?U?$/i.test(parsed.with ?? '')) {
    if (position.oldest) {
      return said('submission', 'webmail', `Written with ${parsed.with}: the sender used webmail, which submitted the message.`, `Mit ${parsed.with} geschrieben: Der Absender hat einen Webmailer benutzt, der die Nachricht eingeliefert hat.`);
    }
    if (position.newest) {
      return said('delivery', 'mailbox-http', `Inferred: the newest field, "with ${parsed.with}", is Exchange Online handing the message to the mailbox server (Microsoft does not document it).`, `Abgeleitet: Die oberste Zeile „with ${parsed.with}“ ist Exchange Online, das die Nachricht an den Postfach-Server übergibt (von Microsoft nicht dokumentiert).`);
    }
    return said('internal', 'http-internal', `An internal "with ${parsed.with}" step between the provider's own servers.`, `Ein interner Schritt „with ${parsed.with}“ zwischen den eigenen Servern des Anbieters.`);
  }
  const clientName = parsed.reverseName ?? parsed.from;
  const loopback = parsed.ip ? isLoopback(parseIp(parsed.ip)!) : clientName !== null && LOCAL_NAMES.test(clientName);
  if (!s.hasFrom) {
    if (position.oldest) {
      return said('submission', 'created-here', 'No client is recorded (RFC 5321 §4.4 allows that for mail that starts on the host): the message was created or submitted here.', 'Kein einliefernder Rechner vermerkt (RFC 5321 §4.4 erlaubt das für Mail, die auf dem Rechner beginnt): Die Nachricht wurde hier erzeugt oder eingeliefert.');
    }
    if (position.newest && s.byIsAddress) {
      return said('delivery', 'mailbox-store', 'Inferred: a field with only "by <address> with SMTP id" at the top is written as the message is stored in the mailbox (Gmail does this; Google does not document it).', 'Abgeleitet: Eine oberste Zeile nur mit „by <Adresse> with SMTP id“ entsteht beim Ablegen ins Postfach (so bei Gmail; von Google nicht dokumentiert).');
    }
    return said('internal', 'by-only', 'No client is recorded: the host passed the message to itself (queue, filter or mailbox step).', 'Kein einliefernder Rechner vermerkt: Der Rechner hat die Nachricht an sich selbst weitergegeben (Warteschlange, Filter oder Postfach).');
  }
  if (loopback) {
    if (parsed.auth && position.firstNetworkHop) {
      return said('submission', 'authenticated', `An authenticated client on the same host (${parsed.auth}), e.g. a webmail: submission.`, `Ein angemeldeter Client auf demselben Rechner (${parsed.auth}), z. B. ein Webmailer: Einlieferung.`);
    }
    return said('internal', 'loopback', 'The client is the host itself (loopback address): a content filter or another local program re-injected the message.', 'Der Client ist der Rechner selbst (Loopback-Adresse): Ein Inhaltsfilter oder ein anderes lokales Programm hat die Nachricht wieder eingeliefert.');
  }
  if (parsed.auth) {
    if (position.firstNetworkHop) {
      return said('submission', 'authenticated', `The client authenticated (${parsed.auth}): submission by the sender's mail program (RFC 6409).`, `Der Client hat sich angemeldet (${parsed.auth}): Einlieferung durch das Mailprogramm des Absenders (RFC 6409).`);
    }
    return said('relay', 'authenticated-relay', `The client authenticated (${parsed.auth}) after earlier hops: a server relaying through a smarthost.`, `Der Client hat sich angemeldet (${parsed.auth}), nach früheren Stationen: ein Server, der über einen Smarthost weiterleitet.`);
  }
  if (position.firstNetworkHop && muaLikeHelo(parsed.from)) {
    return said('submission', 'mua-like', `Inferred: the first network hop, and the HELO "${parsed.from}" is what mail clients send (an address literal or a bare machine name), not a server's name.`, `Abgeleitet: die erste Netzwerkstation, und das HELO „${parsed.from}“ ist typisch für Mailprogramme (Adressliteral oder einfacher Rechnername), nicht für Server.`);
  }
  return said('relay', 'relay', 'A server passed the message to the next server (MTA to MTA).', 'Ein Server hat die Nachricht an den nächsten Server weitergegeben (MTA zu MTA).');
}

/**
 * The role of a hop on the sending side of the trust boundary, in words that
 * say so: decideRole runs before the boundary is known and describes a
 * content filter as inside the receiving host, which a filter on the
 * sender's own server is not.
 */
export function onSendingSide(decision: RoleDecision, parsed: ParsedReceived): RoleDecision {
  if (decision.kind !== 'content-filter') return decision;
  const filter = parsed.signals.contentFilter;
  return said(
    decision.role,
    decision.kind,
    `A content filter (${filter}) took the message and passed it back, inside one host on the sending side, before the message reached the receiving organisation.`,
    `Ein Inhaltsfilter (${filter}) hat die Nachricht übernommen und zurückgegeben – innerhalb eines Rechners auf der Absenderseite, bevor die Nachricht die empfangende Organisation erreichte.`,
  );
}

function muaLikeHelo(helo: string | null): boolean {
  if (helo === null || helo === '' || LOCAL_NAMES.test(helo)) return false;
  if (/^[[?].{1,60}[\]?]$/.test(helo)) return true;
  return !helo.includes('.');
}

/** After this step the message has left its sender's hands: later hops are no longer the first network hop. */
export function isNetworkHop(decision: RoleDecision): boolean {
  return decision.role === 'submission' || ['relay', 'authenticated-relay'].includes(decision.kind);
}
