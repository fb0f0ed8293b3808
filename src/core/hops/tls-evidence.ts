// Was the hop encrypted, and with what? Two kinds of evidence:
//
// - The WITH protocol word. RFC 3848 §2 registers ESMTPS, ESMTPSA, LMTPS
//   and LMTPSA for sessions under STARTTLS, and ESMTP, ESMTPA, LMTP, LMTPA
//   for sessions without it; RFC 6531 §3.7.3 adds the UTF8 variants. So
//   "with ESMTP" is a documented "no", not an unknown.
// - The comment an MTA writes about the TLS session, each in its own form:
//   Postfix "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))",
//   Sendmail "(version=TLSv1.3 cipher=… bits=256 verify=NOT)", Gmail
//   "(version=TLS1_3 cipher=… bits=128/128)", Exchange "(version=TLS1_2,
//   cipher=…)" or "(TLS)", Exim "(TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)"
//   or "(TLS1.3) tls TLS_AES_256_GCM_SHA384", Haraka "(cipher=…)", Courier
//   "(SSL: TLSv1/SSLv3,128bits,RC4-MD5)", qmail-tls "with (DHE-RSA-AES256-SHA
//   encrypted) SMTP", IronPort "with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256".
// A comment overrides the word: old Postfix wrote "with ESMTP" and the
// "using TLSv1" comment for the same encrypted session.

export interface TlsEvidence {
  tls: boolean | null;
  version: string | null;
  cipher: string | null;
}

const TLS_WORDS = new Set([
  'ESMTPS', 'ESMTPSA', 'LMTPS', 'LMTPSA', 'UTF8SMTPS', 'UTF8SMTPSA', 'UTF8LMTPS', 'UTF8LMTPSA',
  // Not registered, but plain: SMTP over implicit TLS, and the TLS forms of HTTP, POP3 and IMAP.
  'SMTPS', 'HTTPS', 'POP3S', 'IMAPS', 'SMTPSA',
]);
const PLAIN_WORDS = new Set(['SMTP', 'ESMTP', 'ESMTPA', 'LMTP', 'LMTPA', 'UTF8SMTP', 'UTF8SMTPA', 'UTF8LMTP', 'UTF8LMTPA', 'HTTP']);

// Each pattern is anchored at a fixed word and every repetition is bounded
// and over a class its neighbour cannot match: no catastrophic backtracking.
const CIPHER = '([A-Za-z0-9_-]{1,100})';
const POSTFIX = new RegExp(`^using\\s{1,5}((?:TLS|SSL)[A-Za-z0-9._]{0,8})\\s{1,5}with\\s{1,5}cipher\\s{1,5}${CIPHER}`, 'i');
const VERSION_CIPHER = new RegExp(`(?:^|[\\s,])version=([A-Za-z0-9_./]{1,20})[,\\s]{1,4}cipher=${CIPHER}`, 'i');
const CIPHER_ONLY = new RegExp(`(?:^|[\\s,])cipher=${CIPHER}`, 'i');
const EXIM = new RegExp(`^((?:TLS|SSL)[A-Za-z0-9._-]{0,8}):${CIPHER}:\\d{1,4}$`, 'i');
const VERSION_ONLY = /^(TLS(?:v|-)?1(?:[._]\d)?|SSLv3)$/i;
const COURIER = new RegExp(`(?:SSL|TLS):\\s{0,3}([A-Za-z0-9./]{1,20}),\\s{0,3}\\d{1,4}\\s{0,3}bits,\\s{0,3}${CIPHER}`, 'i');
const ENCRYPTED = new RegExp(`^${CIPHER}\\s{1,5}encrypted$`, 'i');
const GOOGLE = /^Google Transport Security$/i;

export interface TlsInput {
  /** The WITH clause's words as written, e.g. "ESMTPS" or "ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256". */
  withWords: string[];
  /** The text of every comment of the field outside the FROM clause's TCP-info, and of comments inside the FROM clause that talk about TLS. */
  comments: string[];
  /** Exim's "tls CIPHER" clause. */
  tlsClause: string | null;
}

function fromComment(comment: string, found: TlsEvidence): boolean {
  const text = comment.trim();
  let match = POSTFIX.exec(text) ?? VERSION_CIPHER.exec(text);
  if (match) {
    found.version = match[1]!;
    found.cipher = match[2]!;
    return true;
  }
  match = EXIM.exec(text);
  if (match) {
    found.version = match[1]!;
    found.cipher = match[2]!;
    return true;
  }
  match = COURIER.exec(text);
  if (match) {
    found.version = match[1]!;
    found.cipher = match[2]!;
    return true;
  }
  match = CIPHER_ONLY.exec(text) ?? ENCRYPTED.exec(text);
  if (match) {
    found.cipher = match[1]!;
    return true;
  }
  if (VERSION_ONLY.test(text)) {
    found.version = text;
    return true;
  }
  // Exchange writes "(TLS)" alone; Google its own transport encryption.
  return /^TLS$/i.test(text) || GOOGLE.test(text);
}

export function readTls(input: TlsInput): TlsEvidence {
  const found: TlsEvidence = { tls: null, version: null, cipher: null };
  let fromComments = false;
  for (const comment of input.comments) if (fromComment(comment, found)) fromComments = true;
  const words = input.withWords.map((w) => w.toUpperCase());
  const first = words[0] ?? '';
  const ironPort = /^([A-Z0-9]{1,12})\/TLS\/([A-Z0-9_-]{1,100})$/.exec(first);
  if (ironPort) {
    found.cipher ??= input.withWords[0]!.split('/')[2]!;
    fromComments = true;
  }
  if (input.tlsClause) {
    found.cipher ??= input.tlsClause;
    fromComments = true;
  }
  if (fromComments) {
    found.tls = true;
    return found;
  }
  const protocol = words.length === 1 ? first : words.join(' ');
  if (TLS_WORDS.has(protocol)) found.tls = true;
  else if (PLAIN_WORDS.has(protocol)) found.tls = false;
  // Exchange names the TLS session in a comment whenever it had one.
  else if (protocol === 'MICROSOFT SMTP SERVER') found.tls = false;
  return found;
}

/** Does this comment describe the TLS session (so the FROM clause's reader should hand it here)? */
export function isTlsComment(comment: string): boolean {
  return fromComment(comment, { tls: null, version: null, cipher: null });
}
