// Why a trusted receiver's verdict differs from our re-check, in named
// reasons. Each reason states what our own check shows (documented: we
// measured it) or what it suggests (inferred).

import type { DkimSignature, SpfVerdict, VerdictDifference } from '../analysis.ts';
import { text } from './catalogue-entry.ts';

export function difference(code: VerdictDifference['code'], knowledge: VerdictDifference['knowledge'], en: string, de: string): VerdictDifference {
  return { code, knowledge, text: text(en, de) };
}

/** The receiver passed a DKIM signature that does not pass for us now. */
export function dkimReasons(ours: DkimSignature, now: string, listMessage: boolean): VerdictDifference[] {
  const reasons: VerdictDifference[] = [];
  const where = listMessage
    ? text('a mailing list added a footer or changed the subject', 'eine Mailingliste hat eine Fußzeile angefügt oder den Betreff geändert')
    : text('a gateway added a disclaimer, a filter rewrote links, or the message was re-encoded', 'ein Gateway hat einen Hinweistext angefügt, ein Filter hat Links umgeschrieben, oder die Nachricht wurde neu kodiert');
  if (ours.bodyHash.result === 'fail') {
    reasons.push(
      difference(
        'body-changed-after-receipt',
        'documented',
        `The body changed after the receiver checked it: our body hash differs from bh=${ours.signature === 'pass' ? ', while the header signature still verifies' : ''}. Likely ${where.en}.`,
        `Der Inhalt wurde geändert, nachdem der Empfänger ihn prüfte: Unser Body-Hash weicht von bh= ab${ours.signature === 'pass' ? ', während die Header-Signatur weiterhin stimmt' : ''}. Wahrscheinlich ${where.de}.`,
      ),
    );
  }
  if (ours.signature === 'fail' && ours.keyRecord) {
    reasons.push(
      difference(
        'header-changed-or-key-replaced',
        'inferred',
        `The header signature no longer verifies with the key published now at ${ours.selector}._domainkey.${ours.domain}: a signed header field was changed after receipt, or the domain replaced the key under the same selector since delivery.`,
        `Die Header-Signatur lässt sich mit dem jetzt unter ${ours.selector}._domainkey.${ours.domain} veröffentlichten Schlüssel nicht mehr bestätigen: Ein signiertes Header-Feld wurde nach dem Empfang geändert, oder die Domain hat den Schlüssel seit der Zustellung unter demselben Selektor ersetzt.`,
      ),
    );
  }
  if (ours.keyRecord !== null && /(?:^|;)\s*p\s*=\s*(?:;|$)/.test(ours.keyRecord)) {
    reasons.push(
      difference(
        'key-revoked-since-delivery',
        'documented',
        `The key at ${ours.selector}._domainkey.${ours.domain} is now revoked (empty p=, RFC 6376 §3.6.1): the domain withdrew it after the message was delivered, as it should after rotating keys.`,
        `Der Schlüssel unter ${ours.selector}._domainkey.${ours.domain} ist jetzt widerrufen (leeres p=, RFC 6376 §3.6.1): Die Domain hat ihn nach der Zustellung zurückgezogen, wie es nach einem Schlüsselwechsel üblich ist.`,
      ),
    );
  } else if (ours.keyRecord === null && ours.result === 'permerror') {
    reasons.push(
      difference(
        'key-removed-since-delivery',
        'inferred',
        `There is no key at ${ours.selector}._domainkey.${ours.domain} any more: the domain removed it after delivery (usual after rotating keys), so the signature can no longer be checked.`,
        `Unter ${ours.selector}._domainkey.${ours.domain} gibt es keinen Schlüssel mehr: Die Domain hat ihn nach der Zustellung entfernt (üblich nach einem Schlüsselwechsel), daher lässt sich die Signatur nicht mehr prüfen.`,
      ),
    );
  }
  if (ours.result === 'temperror') {
    reasons.push(difference('dns-temporary-error', 'documented', 'Our key lookup failed temporarily; the difference may vanish on a second try.', 'Unsere Schlüsselabfrage ist vorübergehend fehlgeschlagen; der Unterschied kann bei einem zweiten Versuch verschwinden.'));
  }
  if (ours.expiresAt !== null && ours.expiresAt < now) {
    reasons.push(
      difference(
        'signature-expired-since',
        'documented',
        `The signature expired on ${ours.expiresAt} (x=), after the receiver checked it; a check today must fail (RFC 6376 §3.5).`,
        `Die Signatur ist am ${ours.expiresAt} abgelaufen (x=), nachdem der Empfänger sie prüfte; eine Prüfung heute muss scheitern (RFC 6376 §3.5).`,
      ),
    );
  }
  return reasons;
}

/** The receiver's SPF view: which IP and which domain it checked, as far as the field says. */
export interface ReceiverSpfView {
  ip: string | null;
  domain: string | null;
  identity: 'mailfrom' | 'helo' | null;
}

export function spfReasons(view: ReceiverSpfView, ours: SpfVerdict | null, theirs: string | null): VerdictDifference[] {
  if (!ours) {
    return [difference('not-rechecked', 'documented', 'Mail Lab could not evaluate SPF: no client IP was given or found.', 'Mail Lab konnte SPF nicht bewerten: Keine Client-IP wurde angegeben oder gefunden.')];
  }
  const reasons: VerdictDifference[] = [];
  if (view.ip && ours.clientIp && view.ip !== ours.clientIp) {
    reasons.push(
      difference(
        'spf-other-hop',
        'documented',
        `The receiver checked the client ${view.ip}, Mail Lab checked ${ours.clientIp}: SPF was evaluated at different hops (a relay or forwarder in between). Pick the hop in the hop list to re-check the receiver's view.`,
        `Der Empfänger prüfte den Client ${view.ip}, Mail Lab prüfte ${ours.clientIp}: SPF wurde an verschiedenen Hops bewertet (ein Relay oder Weiterleiter dazwischen). Wählen Sie den Hop in der Hop-Liste, um die Sicht des Empfängers nachzuprüfen.`,
      ),
    );
  }
  if (view.domain && ours.domain && view.domain.toLowerCase() !== ours.domain.toLowerCase()) {
    reasons.push(
      difference(
        'spf-through-forwarder',
        'inferred',
        `The receiver checked the domain ${view.domain}, Mail Lab ${ours.domain}: the envelope sender was rewritten on the way (a forwarder, often with SRS) or the Return-Path is not the MAIL FROM the receiver saw.`,
        `Der Empfänger prüfte die Domain ${view.domain}, Mail Lab ${ours.domain}: Der Umschlag-Absender wurde unterwegs umgeschrieben (ein Weiterleiter, oft mit SRS), oder Return-Path ist nicht das MAIL FROM, das der Empfänger sah.`,
      ),
    );
  }
  if (ours.result === 'temperror' || theirs === 'temperror') {
    reasons.push(difference('dns-temporary-error', 'documented', 'A DNS lookup failed temporarily on one side; the results are not comparable.', 'Eine DNS-Abfrage ist auf einer Seite vorübergehend fehlgeschlagen; die Ergebnisse sind nicht vergleichbar.'));
  }
  if (reasons.length === 0) {
    reasons.push(
      difference(
        'dns-changed-since',
        'inferred',
        `Same client and domain, different result: the SPF record of ${ours.domain} (or a record it includes) changed since delivery.`,
        `Gleicher Client und gleiche Domain, anderes Ergebnis: Der SPF-Eintrag von ${ours.domain} (oder ein eingebundener Eintrag) hat sich seit der Zustellung geändert.`,
      ),
    );
  }
  return reasons;
}
