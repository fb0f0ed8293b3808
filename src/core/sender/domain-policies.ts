// The TXT records a sending domain publishes, each read for what a
// receiver needs from it: SPF (RFC 7208 §4.5: exactly one "v=spf1"
// record), DMARC (RFC 7489 §6.6.3: one "v=DMARC1" record at _dmarc), DKIM
// keys at the selectors the user names (RFC 6376 §3.6.2.1), MTA-STS (RFC
// 8461 §3.1), TLS reporting (RFC 8460 §3) and BIMI (draft-brand-indicators-
// for-message-identification). The deeper SPF reading (includes, lookup
// counts) is the record workbench's (src/core/records/spf); here the record
// is present, single and well-formed, read by the workbench's parser.

import type { Resolver } from '../../dns/resolver.ts';
import { ask, stringsOf, txtOf, type Asked } from './dns-question.ts';
import { cannotTell } from './reverse-dns.ts';
import { scoreItem, type ScoreItem, type ScoreItemId } from './scorecard.ts';
import { parseSpfRecord } from '../records/spf/spf-record.ts';

/** TXT records at `name` that start with `version` (case-insensitive, then a ";" or space or the end). */
function recordsStarting(asked: Asked, version: string): string[] {
  const pattern = new RegExp(`^${version}(\\s|;|$)`, 'i');
  return txtOf(asked).filter((text) => pattern.test(text.trim()));
}

/** "a=b; c=d" tag lists (RFC 6376 §3.2), for DMARC, MTA-STS, TLS-RPT, BIMI and DKIM keys. */
export function tagsOf(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return tags;
}

function unanswered(id: ScoreItemId, subject: string, asked: Asked): ScoreItem | null {
  return asked.outcome.kind === 'error' ? scoreItem(id, { status: 'cannot-tell', subject, reason: cannotTell(asked.outcome), questions: [asked.question] }) : null;
}

export async function checkSpfRecord(resolver: Resolver, domain: string): Promise<ScoreItem> {
  const asked = await ask(resolver, domain, 'TXT');
  const early = unanswered('spf', domain, asked);
  if (early) return early;
  const questions = [asked.question];
  const records = recordsStarting(asked, 'v=spf1');
  const fixLine = `${domain}. IN TXT "v=spf1 mx -all"`;
  if (records.length === 0) {
    return scoreItem('spf', { status: 'fail', subject: domain, questions, reason: { en: `${domain} publishes no SPF record: receivers cannot tell which servers may send for it (SPF none).`, de: `${domain} veröffentlicht keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server für sie senden dürfen (SPF none).` }, fix: { en: 'Publish one record naming your sending servers, e.g.:', de: 'Einen Eintrag mit den sendenden Servern veröffentlichen, z. B.:' }, fixLine });
  }
  if (records.length > 1) {
    return scoreItem('spf', { status: 'fail', subject: domain, questions, reason: { en: `${domain} publishes ${records.length} SPF records; RFC 7208 §4.5 makes that a permerror, so SPF fails for every message.`, de: `${domain} veröffentlicht ${records.length} SPF-Einträge; nach RFC 7208 §4.5 ist das ein permerror, SPF scheitert für jede Nachricht.` }, fix: { en: 'Merge them into one record.', de: 'Zu einem Eintrag zusammenführen.' }, fixLine });
  }
  const record = records[0]!;
  const parsed = parseSpfRecord(record);
  const terms = parsed.terms.map((term) => term.text);
  const bad = parsed.terms.filter((term) => term.error !== null).map((term) => term.text);
  if (bad.length > 0) {
    return scoreItem('spf', { status: 'fail', subject: domain, questions, reason: { en: `"${record}": ${bad.map((t) => `"${t}"`).join(', ')} is no SPF term (RFC 7208 §4.6.1): a permerror.`, de: `„${record}“: ${bad.map((t) => `„${t}“`).join(', ')} ist kein SPF-Term (RFC 7208 §4.6.1): ein permerror.` }, fixLine });
  }
  const all = terms.find((term) => /^[-+~?]?all$/i.test(term));
  if (all && /^\+?all$/i.test(all)) {
    return scoreItem('spf', { status: 'fail', subject: domain, questions, reason: { en: `"${record}" ends in "${all}": every server on the Internet may send for ${domain}.`, de: `„${record}“ endet auf „${all}“: jeder Server im Internet darf für ${domain} senden.` }, fix: { en: 'End with -all or ~all.', de: 'Mit -all oder ~all abschließen.' }, fixLine });
  }
  if (!all && !terms.some((term) => /^redirect=/i.test(term))) {
    return scoreItem('spf', { status: 'warn', subject: domain, questions, reason: { en: `"${record}" has no "all" and no redirect: every server not named gets "neutral" (RFC 7208 §4.7).`, de: `„${record}“ hat weder „all“ noch redirect: jeder nicht genannte Server erhält „neutral“ (RFC 7208 §4.7).` }, fix: { en: 'End with -all or ~all.', de: 'Mit -all oder ~all abschließen.' }, fixLine });
  }
  return scoreItem('spf', { status: 'pass', subject: domain, questions, reason: { en: `One well-formed record: "${record}".`, de: `Ein wohlgeformter Eintrag: „${record}“.` } });
}

export async function checkDmarcRecord(resolver: Resolver, domain: string): Promise<ScoreItem> {
  const name = `_dmarc.${domain}`;
  const asked = await ask(resolver, name, 'TXT');
  const early = unanswered('dmarc', name, asked);
  if (early) return early;
  const questions = [asked.question];
  const records = recordsStarting(asked, 'v=DMARC1');
  const fixLine = `${name}. IN TXT "v=DMARC1; p=none; rua=mailto:postmaster@${domain}"`;
  if (records.length === 0) {
    return scoreItem('dmarc', { status: 'warn', subject: name, questions, reason: { en: `${domain} publishes no DMARC record (its organisational domain may; the message analysis walks the tree). Gmail and Yahoo require one from bulk senders.`, de: `${domain} veröffentlicht keinen DMARC-Eintrag (ihre Organisationsdomain vielleicht; die Nachrichtenanalyse geht den Baum hinauf). Gmail und Yahoo verlangen einen von Massenversendern.` }, fix: { en: 'Start with a monitoring policy and reports, as the seed shows:', de: 'Mit einer beobachtenden Richtlinie und Berichten beginnen, wie im Seed gezeigt:' }, fixLine });
  }
  if (records.length > 1) {
    return scoreItem('dmarc', { status: 'fail', subject: name, questions, reason: { en: `${records.length} DMARC records: RFC 7489 §6.6.3 then applies none.`, de: `${records.length} DMARC-Einträge: nach RFC 7489 §6.6.3 gilt dann keiner.` }, fixLine });
  }
  const tags = tagsOf(records[0]!);
  const policy = tags.get('p')?.toLowerCase();
  if (policy !== 'none' && policy !== 'quarantine' && policy !== 'reject') {
    return scoreItem('dmarc', { status: 'fail', subject: name, questions, reason: { en: `"${records[0]}" has no valid p= (none, quarantine or reject): RFC 7489 §6.3 requires it.`, de: `„${records[0]}“ hat kein gültiges p= (none, quarantine oder reject): RFC 7489 §6.3 verlangt es.` }, fixLine });
  }
  const reports = tags.has('rua') ? { en: ' Aggregate reports go to ' + tags.get('rua') + '.', de: ' Sammelberichte gehen an ' + tags.get('rua') + '.' } : { en: ' No rua=: no reports are asked for.', de: ' Kein rua=: es werden keine Berichte angefordert.' };
  return scoreItem('dmarc', {
    status: policy === 'none' ? 'warn' : 'pass',
    subject: name,
    questions,
    reason: policy === 'none' ? { en: `p=none: failing mail is only reported, never held back.${reports.en}`, de: `p=none: durchfallende Mail wird nur berichtet, nie zurückgehalten.${reports.de}` } : { en: `p=${policy}.${reports.en}`, de: `p=${policy}.${reports.de}` },
    ...(policy === 'none' ? { fix: { en: 'Once the reports show only your own servers, raise the policy:', de: 'Sobald die Berichte nur noch eigene Server zeigen, die Richtlinie verschärfen:' }, fixLine: `${name}. IN TXT "v=DMARC1; p=quarantine; rua=mailto:postmaster@${domain}"` } : {}),
  });
}

export async function checkDkimSelector(resolver: Resolver, domain: string, selector: string): Promise<ScoreItem> {
  const name = `${selector}._domainkey.${domain}`;
  const asked = await ask(resolver, name, 'TXT');
  const early = unanswered('dkim', name, asked);
  if (early) return early;
  const questions = [asked.question];
  const records = txtOf(asked).filter((text) => /(^|;)\s*p\s*=/.test(text));
  if (records.length === 0) {
    return scoreItem('dkim', { status: 'fail', subject: name, questions, reason: { en: `No DKIM key at ${name}: signatures with s=${selector} fail (RFC 6376 §6.1.2).`, de: `Kein DKIM-Schlüssel unter ${name}: Signaturen mit s=${selector} scheitern (RFC 6376 §6.1.2).` }, fix: { en: 'Publish the key your signer made (opendkim-genkey writes it as <selector>.txt, as the seed shows).', de: 'Den Schlüssel veröffentlichen, den der Signierer erzeugt hat (opendkim-genkey schreibt ihn als <selektor>.txt, wie im Seed gezeigt).' }, fixLine: `${name}. IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq…"` });
  }
  const tags = tagsOf(records[0]!);
  if ((tags.get('p') ?? '') === '') {
    return scoreItem('dkim', { status: 'fail', subject: name, questions, reason: { en: `The key at ${name} is revoked (empty p=, RFC 6376 §3.6.1).`, de: `Der Schlüssel unter ${name} ist widerrufen (leeres p=, RFC 6376 §3.6.1).` } });
  }
  const testing = (tags.get('t') ?? '').split(':').some((flag) => flag.trim() === 'y');
  return scoreItem('dkim', {
    status: testing ? 'warn' : 'pass',
    subject: name,
    questions,
    reason: testing ? { en: `A key is published (k=${tags.get('k') ?? 'rsa'}), flagged t=y: receivers may treat its signatures as unsigned.`, de: `Ein Schlüssel ist veröffentlicht (k=${tags.get('k') ?? 'rsa'}), mit t=y markiert: Empfänger dürfen Signaturen als unsigniert behandeln.` } : { en: `A key is published (k=${tags.get('k') ?? 'rsa'}).`, de: `Ein Schlüssel ist veröffentlicht (k=${tags.get('k') ?? 'rsa'}).` },
  });
}

/**
 * A selector guessed, not named (COMMON_DKIM_SELECTORS): its key where one is
 * published, else nothing — a guess that finds no key is no fault of the domain.
 */
export async function tryDkimSelector(resolver: Resolver, domain: string, selector: string): Promise<ScoreItem | null> {
  const asked = await ask(resolver, `${selector}._domainkey.${domain}`, 'TXT');
  if (asked.outcome.kind === 'error') return null;
  if (!txtOf(asked).some((text) => /(^|;)\s*p\s*=/.test(text))) return null;
  // The same question again: the cache answers it.
  return checkDkimSelector(resolver, domain, selector);
}

export async function checkMtaSts(resolver: Resolver, domain: string): Promise<ScoreItem> {
  const name = `_mta-sts.${domain}`;
  const policyHost = `mta-sts.${domain}`;
  const [asked, host] = await Promise.all([ask(resolver, name, 'TXT'), ask(resolver, policyHost, 'A')]);
  const early = unanswered('mta-sts', name, asked);
  if (early) return early;
  const questions = [asked.question, host.question];
  const records = recordsStarting(asked, 'v=STSv1');
  const policyUrl = `https://${policyHost}/.well-known/mta-sts.txt`;
  const corsEn = `The policy itself is the file ${policyUrl}, fetched over HTTPS; a page cannot read it unless that server allows it (CORS), so it is not fetched here — open it in the browser or run curl ${policyUrl}.`;
  const corsDe = `Die Richtlinie selbst ist die Datei ${policyUrl}, per HTTPS geholt; eine Webseite kann sie nur lesen, wenn der Server es erlaubt (CORS), daher wird sie hier nicht geholt — im Browser öffnen oder curl ${policyUrl} ausführen.`;
  if (records.length === 0) {
    return scoreItem('mta-sts', { status: 'warn', subject: name, questions, reason: { en: `${domain} publishes no MTA-STS record: senders may deliver to it without TLS when an attacker strips STARTTLS (optional, RFC 8461).`, de: `${domain} veröffentlicht keinen MTA-STS-Eintrag: Absender dürfen ohne TLS zustellen, wenn ein Angreifer STARTTLS entfernt (optional, RFC 8461).` }, fix: { en: `Publish the policy file at ${policyUrl} and then the record:`, de: `Die Richtliniendatei unter ${policyUrl} veröffentlichen, dann den Eintrag:` }, fixLine: `${name}. IN TXT "v=STSv1; id=20260101000000"` });
  }
  const id = tagsOf(records[0]!).get('id');
  if (records.length > 1 || !id || !/^[A-Za-z0-9]{1,32}$/.test(id)) {
    return scoreItem('mta-sts', { status: 'fail', subject: name, questions, reason: { en: `${records.length > 1 ? `${records.length} STSv1 records` : `"${records[0]}" has no valid id= (1–32 letters and digits)`}: RFC 8461 §3.1 then treats the domain as having no policy.`, de: `${records.length > 1 ? `${records.length} STSv1-Einträge` : `„${records[0]}“ hat kein gültiges id= (1–32 Buchstaben und Ziffern)`}: nach RFC 8461 §3.1 gilt die Domain dann als ohne Richtlinie.` }, fixLine: `${name}. IN TXT "v=STSv1; id=20260101000000"` });
  }
  if (host.outcome.kind === 'nxdomain' || (host.outcome.kind !== 'error' && stringsOf(host).length === 0)) {
    return scoreItem('mta-sts', { status: 'fail', subject: name, questions, reason: { en: `The record (id=${id}) promises a policy, but ${policyHost} has no address: senders cannot fetch it. ${corsEn}`, de: `Der Eintrag (id=${id}) verspricht eine Richtlinie, aber ${policyHost} hat keine Adresse: Absender können sie nicht holen. ${corsDe}` }, fixLine: `${policyHost}. IN A 192.0.2.80` });
  }
  return scoreItem('mta-sts', { status: 'pass', subject: name, questions, reason: { en: `The record promises a policy (id=${id}). ${corsEn}`, de: `Der Eintrag verspricht eine Richtlinie (id=${id}). ${corsDe}` } });
}

export async function checkTlsRpt(resolver: Resolver, domain: string): Promise<ScoreItem> {
  const name = `_smtp._tls.${domain}`;
  const asked = await ask(resolver, name, 'TXT');
  const early = unanswered('tls-rpt', name, asked);
  if (early) return early;
  const questions = [asked.question];
  const records = recordsStarting(asked, 'v=TLSRPTv1');
  const fixLine = `${name}. IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@${domain}"`;
  if (records.length === 0) return scoreItem('tls-rpt', { status: 'warn', subject: name, questions, reason: { en: `No TLS-RPT record: senders do not report failed TLS deliveries to ${domain} (optional, RFC 8460).`, de: `Kein TLS-RPT-Eintrag: Absender melden gescheiterte TLS-Zustellungen an ${domain} nicht (optional, RFC 8460).` }, fixLine });
  const rua = tagsOf(records[0]!).get('rua');
  if (records.length > 1 || !rua) return scoreItem('tls-rpt', { status: 'fail', subject: name, questions, reason: { en: `${records.length > 1 ? 'More than one TLSRPTv1 record' : 'The record has no rua='}: RFC 8460 §3 then makes it void.`, de: `${records.length > 1 ? 'Mehr als ein TLSRPTv1-Eintrag' : 'Der Eintrag hat kein rua='}: nach RFC 8460 §3 ist er dann unwirksam.` }, fixLine });
  return scoreItem('tls-rpt', { status: 'pass', subject: name, questions, reason: { en: `Reports go to ${rua}.`, de: `Berichte gehen an ${rua}.` } });
}

export async function checkBimi(resolver: Resolver, domain: string): Promise<ScoreItem> {
  const name = `default._bimi.${domain}`;
  const asked = await ask(resolver, name, 'TXT');
  const early = unanswered('bimi', name, asked);
  if (early) return early;
  const questions = [asked.question];
  const records = recordsStarting(asked, 'v=BIMI1');
  if (records.length === 0) return scoreItem('bimi', { status: 'warn', subject: name, questions, reason: { en: 'No BIMI record: no logo is shown beside the mail (optional; it needs DMARC at quarantine or reject).', de: 'Kein BIMI-Eintrag: kein Logo neben der Mail (optional; setzt DMARC mit quarantine oder reject voraus).' } });
  const tags = tagsOf(records[0]!);
  const logo = tags.get('l') ?? '';
  return scoreItem('bimi', {
    status: logo.startsWith('https://') ? 'pass' : 'fail',
    subject: name,
    questions,
    reason: logo.startsWith('https://') ? { en: `Logo ${logo}${tags.get('a') ? `, certificate ${tags.get('a')}` : ', no mark certificate (a=)'}.`, de: `Logo ${logo}${tags.get('a') ? `, Zertifikat ${tags.get('a')}` : ', kein Markenzertifikat (a=)'}.` } : { en: `"${records[0]}" has no https:// logo (l=).`, de: `„${records[0]}“ hat kein https://-Logo (l=).` },
  });
}
