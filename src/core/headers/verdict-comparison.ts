// The receiver's verdicts against ours. Every Authentication-Results,
// ARC-Authentication-Results and Received-SPF field is read; only those
// the trust boundary allows are believed (verdict-trust.ts); each verdict
// is put beside our re-check of the same thing and every difference gets
// a named reason (verdict-reasons.ts). An ARC-Authentication-Results of a
// validating chain is an intermediary's sealed record of an earlier state
// of the message (arc-record-trust.ts): shown beside our re-check, never
// counted as agreeing or disagreeing with it.

import type { Analysis, AuthResult, DkimSignature, VerdictComparison, VerdictDifference } from '../analysis.ts';
import { parseTagList, compactValue } from '../auth/tag-list.ts';
import type { RawField } from '../message/header-block.ts';
import { formatIp, parseIp } from '../net/ip-address.ts';
import { parseAuthenticationResults, parseReceivedSpf, type MethodResult } from './authentication-results.ts';
import { decideTrust, type TrustBoundary } from './verdict-trust.ts';
import { decideArcRecordTrust } from './arc-record-trust.ts';
import { difference, dkimReasons, spfReasons, type ReceiverSpfView } from './verdict-reasons.ts';

export type OurVerdicts = Pick<Analysis, 'spf' | 'dkim' | 'dmarc' | 'arc' | 'now'>;

const VERDICT_FIELDS = new Set(['authentication-results', 'arc-authentication-results', 'received-spf']);
// Receivers add a handful; a header with hundreds is hostile, and each
// would become a row on the page.
const MAX_VERDICT_FIELDS = 50;

function clientIpFrom(comments: string[], properties: Record<string, string>): string | null {
  const candidates = [properties['client-ip'], properties['smtp.remote-ip'], properties['policy.iprev'], ...comments.flatMap((c) => c.match(/[0-9A-Fa-f:.]{3,45}/g) ?? [])];
  for (const candidate of candidates) {
    const ip = candidate ? parseIp(candidate.replace(/^\[|\]$/g, '')) : null;
    if (ip && (candidate!.includes('.') || candidate!.includes(':'))) return formatIp(ip);
  }
  return null;
}

function domainOfIdentity(value: string | undefined): string | null {
  if (!value) return null;
  const trimmed = value.replace(/^<|>$/g, '');
  return (trimmed.includes('@') ? trimmed.slice(trimmed.lastIndexOf('@') + 1) : trimmed).toLowerCase() || null;
}

/** DKIM-Signature b= values in header order, to match a receiver's header.b prefix (RFC 6008). */
function signatureValues(fields: readonly RawField[]): string[] {
  return fields.filter((f) => f.name.toLowerCase() === 'dkim-signature').map((f) => compactValue(parseTagList(f.value.slice(0, 16384)).tags.get('b')) ?? '');
}

function matchDkim(result: MethodResult, ours: DkimSignature[], bValues: string[]): DkimSignature | null {
  const domain = domainOfIdentity(result.properties['header.d'] ?? result.properties['header.i']);
  const selector = result.properties['header.s']?.toLowerCase();
  const b = result.properties['header.b'];
  let candidates = ours.filter((s) => domain === null || s.domain.toLowerCase() === domain);
  if (selector) candidates = candidates.filter((s) => s.selector.toLowerCase() === selector);
  if (b && b.length >= 8 && candidates.length > 1) candidates = candidates.filter((s) => (bValues[s.index] ?? '').startsWith(b));
  return candidates[0] ?? null;
}

interface Row {
  field: RawField;
  index: number;
  authservId: string | null;
  instance: number | null;
  result: MethodResult;
}

function rowsOf(fields: readonly RawField[]): Row[] {
  const rows: Row[] = [];
  let seen = 0;
  for (let index = 0; index < fields.length && seen < MAX_VERDICT_FIELDS; index++) {
    const field = fields[index]!;
    const name = field.name.toLowerCase();
    if (!VERDICT_FIELDS.has(name)) continue;
    seen++;
    const value = field.value.slice(0, 16384);
    if (name === 'received-spf') {
      const spf = parseReceivedSpf(value);
      const result: MethodResult = { method: 'spf', written: spf.written, result: spf.result, nonStandard: spf.nonStandard, reason: null, properties: spf.properties, comments: spf.comment ? [spf.comment] : [] };
      rows.push({ field, index, authservId: spf.receiver, instance: null, result });
      continue;
    }
    const parsed = parseAuthenticationResults(value, name === 'arc-authentication-results');
    for (const result of parsed.results) rows.push({ field, index, authservId: parsed.authservId, instance: parsed.instance, result });
  }
  return rows;
}

function receiverSpfView(result: MethodResult): ReceiverSpfView {
  const p = result.properties;
  const identity = p['identity'] === 'helo' || (p['smtp.helo'] && !p['smtp.mailfrom']) ? 'helo' : p['identity'] === 'mailfrom' || p['smtp.mailfrom'] || p['envelope-from'] ? 'mailfrom' : null;
  const domain = identity === 'helo' ? domainOfIdentity(p['smtp.helo'] ?? p['helo']) : domainOfIdentity(p['smtp.mailfrom'] ?? p['envelope-from']);
  return { ip: clientIpFrom(result.comments, p), domain, identity };
}

function ourResult(row: Row, ours: OurVerdicts, bValues: string[]): { path: string; result: AuthResult; signature?: DkimSignature } | null {
  switch (row.result.method) {
    case 'spf': {
      // A HELO check (RFC 7208 §2.3) is another question than the MAIL FROM check we make (§2.4).
      const identity = receiverSpfView(row.result).identity;
      if (!ours.spf || (identity !== null && identity !== ours.spf.identity)) return null;
      return { path: 'spf', result: ours.spf.result };
    }
    case 'dkim': {
      const signature = matchDkim(row.result, ours.dkim, bValues);
      if (signature) return { path: `dkim[${signature.index}]`, result: signature.result, signature };
      return ours.dkim.length === 0 ? { path: 'dkim', result: 'none' } : null;
    }
    case 'dmarc':
      return ours.dmarc ? { path: 'dmarc', result: ours.dmarc.result } : null;
    case 'arc':
      return ours.arc ? { path: 'arc', result: ours.arc.result } : null;
    default:
      return null;
  }
}

function reasonsFor(row: Row, theirs: AuthResult | null, mine: NonNullable<ReturnType<typeof ourResult>>, ours: OurVerdicts, listMessage: boolean, dkimRows: VerdictDifference[]): VerdictDifference[] {
  if (theirs === 'temperror') return [difference('dns-temporary-error', 'documented', 'The receiver had a temporary DNS failure; Mail Lab\'s lookups got answers.', 'Der Empfänger hatte einen vorübergehenden DNS-Fehler; die Abfragen von Mail Lab wurden beantwortet.')];
  if (row.result.method === 'dkim' && mine.signature && theirs === 'pass') return dkimReasons(mine.signature, ours.now, listMessage);
  if (row.result.method === 'spf') return spfReasons(receiverSpfView(row.result), ours.spf, theirs);
  if (row.result.method === 'dmarc') {
    if (theirs === 'none' && ours.dmarc?.record) return [difference('dns-changed-since', 'inferred', `The receiver found no DMARC record; ${ours.dmarc.recordDomain ?? 'the domain'} publishes one now: it was added since delivery.`, `Der Empfänger fand keinen DMARC-Eintrag; ${ours.dmarc.recordDomain ?? 'die Domain'} veröffentlicht jetzt einen: Er wurde seit der Zustellung angelegt.`)];
    if (mine.result === 'none' && theirs !== 'none') return [difference('dns-changed-since', 'inferred', 'The receiver found a DMARC record that is gone now: it was removed or changed since delivery.', 'Der Empfänger fand einen DMARC-Eintrag, den es jetzt nicht mehr gibt: Er wurde seit der Zustellung entfernt oder geändert.')];
    if (dkimRows.length > 0) return [difference(dkimRows[0]!.code, 'inferred', `DMARC follows DKIM here: ${dkimRows[0]!.text.en}`, `DMARC folgt hier DKIM: ${dkimRows[0]!.text.de}`)];
  }
  return [difference('unexplained', 'unknown', 'Mail Lab finds no reason for this difference in the message or in DNS.', 'Mail Lab findet für diesen Unterschied keinen Grund in der Nachricht oder im DNS.')];
}

export function compareVerdicts(fields: readonly RawField[], ours: OurVerdicts, boundary: TrustBoundary | null): VerdictComparison[] {
  const bValues = signatureValues(fields);
  const listMessage = fields.some((f) => f.name.toLowerCase() === 'list-id');
  const comparisons: VerdictComparison[] = [];
  for (const row of rowsOf(fields)) {
    const byPlace = decideTrust(row.index, row.authservId, boundary, row.field.name);
    const mine = ourResult(row, ours, bValues);
    const theirs = row.result.result;
    const record = row.field.name.toLowerCase() === 'arc-authentication-results'
      ? decideArcRecordTrust({ instance: row.instance, method: row.result.method, written: row.result.written, today: mine?.result ?? null }, ours.arc, byPlace)
      : null;
    const trust = record?.decision ?? byPlace;
    const agrees = mine && theirs && (record?.compare ?? true) ? mine.result === theirs : null;
    const differences: VerdictDifference[] = [];
    if (trust.trusted) {
      if (row.result.nonStandard) {
        differences.push(difference('nonstandard-wording', 'documented', `"${row.result.written}" is not an RFC 8601 word: ${row.result.nonStandard}${theirs ? `; compared as "${theirs}"` : ''}.`, `„${row.result.written}“ ist kein RFC-8601-Wort: ${row.result.nonStandard}${theirs ? `; verglichen als „${theirs}“` : ''}.`));
      }
      if (agrees === false && mine) {
        const dkimRows = comparisons.filter((c) => c.trusted && c.method === 'dkim' && c.agrees === false).flatMap((c) => c.differences);
        differences.push(...reasonsFor(row, theirs, mine, ours, listMessage, dkimRows));
      } else if (!mine && row.result.method === 'spf' && ours.spf && receiverSpfView(row.result).identity !== ours.spf.identity) {
        differences.push(difference('not-rechecked', 'documented', `The receiver checked the ${receiverSpfView(row.result).identity === 'helo' ? 'HELO' : 'MAIL FROM'} identity; Mail Lab checked the ${ours.spf.identity === 'helo' ? 'HELO' : 'MAIL FROM'} identity (RFC 7208 §2.3, §2.4), so the two results answer different questions.`, `Der Empfänger prüfte die ${receiverSpfView(row.result).identity === 'helo' ? 'HELO' : 'MAIL-FROM'}-Identität; Mail Lab prüfte die ${ours.spf.identity === 'helo' ? 'HELO' : 'MAIL-FROM'}-Identität (RFC 7208 §2.3, §2.4), die beiden Ergebnisse beantworten also verschiedene Fragen.`));
      } else if (!mine && ['spf', 'dkim', 'dmarc', 'arc'].includes(row.result.method)) {
        differences.push(difference('not-rechecked', 'documented', 'Mail Lab has no re-check of this to compare with (no matching signature, or the check could not run).', 'Mail Lab hat hierzu keine eigene Prüfung zum Vergleich (keine passende Signatur, oder die Prüfung konnte nicht laufen).'));
      }
    }
    comparisons.push({
      field: { name: row.field.name, index: row.index, line: row.field.line },
      authservId: row.authservId,
      instance: row.instance,
      method: row.result.method,
      written: row.result.written,
      result: theirs,
      properties: row.result.properties,
      trusted: trust.trusted,
      trust: { code: trust.code, text: trust.text },
      ours: mine ? { path: mine.path, result: mine.result } : null,
      agrees,
      differences,
    });
  }
  return comparisons;
}
