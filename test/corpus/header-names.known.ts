// Header names of the collection (every message corpus of test/corpus/data)
// that no catalogue entry explains, and why. The runner fails on a name
// missing here (a new unknown, or an entry that stopped matching), on a
// name listed here that is now explained (stale), and on an undocumented
// name seen in two or more messages (it must get an entry), so this list is
// always exactly what Mail Lab says "unknown" to.

/** Not header names at all: lines a broken fold, a bad paste or a spam tool turned into "fields". */
const DAMAGED = 'damaged: a continuation line without leading white space, a typo or a random name, read as a field of its own';

/** Real fields seen in one message only, whose writer documents nothing we found; the name alone tells no more than the vendor guess. */
const UNDOCUMENTED = 'one message only, undocumented: no vendor description found; Mail Lab says "unknown" and shows the value';

export const UNEXPLAINED: Readonly<Record<string, string>> = {
  '----9-274170048-9813316604=': DAMAGED,
  '(2603': DAMAGED,
  '1;slxp216mb0381;27': DAMAGED,
  '1;ve1eur03ht060;3': DAMAGED,
  '1;ve1eur03ht060;4': DAMAGED,
  '1;ve1eur03ht060;6': DAMAGED,
  '1;vi1eur04ht030;3': DAMAGED,
  '1;vi1eur04ht030;4': DAMAGED,
  '1;vi1eur04ht030;6': DAMAGED,
  abwl: DAMAGED,
  'accept-status': UNDOCUMENTED,
  bcl: DAMAGED,
  comment: UNDOCUMENTED,
  'content-tramx3fer-encoding': DAMAGED,
  'eturn-path': DAMAGED,
  'if-type-unsupported': DAMAGED,
  'jelivery-date': DAMAGED,
  'mime-virsion': DAMAGED,
  reference: UNDOCUMENTED,
  replied: UNDOCUMENTED,
  uriscan: DAMAGED,
  'x-6b629377': DAMAGED,
  'x-7fa49cb5': DAMAGED,
  'x-937a6ff2': DAMAGED,
  'x-andrew-message-size': UNDOCUMENTED,
  'x-authentication-info': UNDOCUMENTED,
  'x-av-checked': UNDOCUMENTED,
  'x-bigfish': UNDOCUMENTED,
  'x-content-filtered-by': UNDOCUMENTED,
  'x-dcc-wanadoo-be-metrics': UNDOCUMENTED,
  'x-declude-sender': UNDOCUMENTED,
  'x-digest': UNDOCUMENTED,
  'x-env-sender': UNDOCUMENTED,
  'x-http-referer': UNDOCUMENTED,
  'x-imss-approvelistmatch': UNDOCUMENTED,
  'x-imss-result': UNDOCUMENTED,
  'x-imss-version': UNDOCUMENTED,
  'x-kmail-encryptionstate': UNDOCUMENTED,
  'x-kmail-mdn-sent': UNDOCUMENTED,
  'x-kmail-signaturestate': UNDOCUMENTED,
  'x-length': UNDOCUMENTED,
  'x-mefilter': UNDOCUMENTED,
  'x-mga-submission': UNDOCUMENTED,
  'x-mmdf-to': UNDOCUMENTED,
  'x-orcpt': UNDOCUMENTED,
  'x-original-recipientlist': UNDOCUMENTED,
  'x-outreach-sent': UNDOCUMENTED,
  'x-perlmx-spam': UNDOCUMENTED,
  'x-pmx-version': UNDOCUMENTED,
  'x-precedence-ref': UNDOCUMENTED,
  'x-receiveddate': UNDOCUMENTED,
  'x-report-abuse': UNDOCUMENTED,
  'x-report-type': UNDOCUMENTED,
  'x-return-path': UNDOCUMENTED,
  'x-rp-fbl': UNDOCUMENTED,
  'x-scanned-by': UNDOCUMENTED,
  'x-smp-inrly': UNDOCUMENTED,
  'x-smtp-engine': UNDOCUMENTED,
  'x-smtpd': UNDOCUMENTED,
  'x-smtpd-from': UNDOCUMENTED,
  'x-smtpd-helo': UNDOCUMENTED,
  'x-smtpd-ip': UNDOCUMENTED,
  'x-smtpd-remotehost': UNDOCUMENTED,
  'x-smtpd-to': UNDOCUMENTED,
  'x-some-id': UNDOCUMENTED,
  'x-spam-check-by': UNDOCUMENTED,
  'x-spam-filtered': UNDOCUMENTED,
  'x-virus-check-by': UNDOCUMENTED,
  'x-zohomailclient': UNDOCUMENTED,
};

/** A damaged name may occur in several messages (the same broken fold); it is never a catalogue entry. */
export function isDamaged(name: string): boolean {
  return UNEXPLAINED[name] === DAMAGED;
}
