// Redaction of the DNS snapshot, the same way as the message: a name that
// holds a redacted value is renamed with its token, so the recipient's
// analysis of the redacted message asks for the renamed names and finds
// the same answers. Values hide in names in these forms:
//
//   reverse names      7.2.0.192.in-addr.arpa, nibbles under ip6.arpa (RFC 1035 §3.5, RFC 3596 §2.5)
//   DNS blocklists     7.2.0.192.zen.example (RFC 5782 §2.1)
//   SPF macros         %{i} and %{ir} give the client address forward and reversed, %{h} the
//                      HELO name, %{l} and %{s} the local part and sender (RFC 7208 §7.3)
//   host names         host.int.example and anything under it (_dmarc.…, selector._domainkey.…)
//
// Local parts (and whole addresses, for %{s}) are renamed in names only
// when an SPF record of the zone uses %{l} or %{s}: otherwise a local part
// such as "mail" would rename the unrelated host mail.example.com. With
// them, the MAIL FROM local part stands in exists: and include: names of
// the snapshot (issue 10) and is renamed there, in every form a macro
// gives it.

import type { LocalizedText } from '../analysis.ts';
import { zoneRecords, type ZoneEntry, type ZoneFile } from '../../dns/zone-file.ts';
import { parseIp, reverseName, type IpAddress } from '../net/ip-address.ts';
import { textToView, viewToText } from './byte-view.ts';
import { redactIpText, redactView, type Redactor } from './redact-text.ts';

interface LabelRename {
  from: string;
  to: string;
  /** A local part: it may also be a piece of a label, ended by an RFC 7208 §7.1 delimiter or "@". */
  inLabel?: boolean;
}

const DELIMITERS = /[.\-+,/_=]/;

/** A local part as SPF macros write it into a name: as is, split at its delimiters, and reversed. */
function localPartForms(local: string): string[] {
  const parts = local.split(/[.\-+,/_=]/).filter((part) => part !== '');
  return [...new Set([local, parts.join('.'), [...parts].reverse().join('.')])].filter((form) => form !== '');
}

function nibbles(ip: IpAddress): string[] {
  const out: string[] = [];
  for (const byte of ip.bytes) out.push((byte >> 4).toString(16), (byte & 15).toString(16));
  return out;
}

/** Every form a redacted value takes as labels of a name, with the token in the same form. */
function labelRenames(redactor: Redactor, withLocalParts: boolean): LabelRename[] {
  const { switches, book } = redactor;
  const renames: LabelRename[] = [];
  if (switches.has('ip-addresses')) {
    for (const entry of book.entries('ip')) {
      const original = parseIp(entry.original);
      const token = parseIp(entry.token);
      if (!original || !token || original.version !== token.version) continue;
      const forward = original.version === 4 ? Array.from(original.bytes).map(String) : nibbles(original);
      const tokenForward = token.version === 4 ? Array.from(token.bytes).map(String) : nibbles(token);
      renames.push({ from: forward.join('.'), to: tokenForward.join('.') });
      renames.push({ from: [...forward].reverse().join('.'), to: [...tokenForward].reverse().join('.') });
    }
  }
  if (switches.has('internal-hosts')) {
    for (const entry of book.entries('host')) renames.push({ from: entry.original.toLowerCase(), to: entry.token });
  }
  if (withLocalParts) {
    // %{s} is the whole sender, %{l} its local part; with "r" and a
    // delimiter such as "-" the parts come split at those and reversed
    // (RFC 7208 §7.3). A token has no delimiter, so every form becomes it.
    const local = (original: string, token: string) => {
      for (const form of localPartForms(original.toLowerCase())) renames.push({ from: form, to: token, inLabel: true });
    };
    if (switches.has('addresses')) {
      for (const entry of book.entries('address')) {
        const at = entry.original.lastIndexOf('@');
        renames.push({ from: entry.original.toLowerCase(), to: entry.token });
        if (at > 0) local(entry.original.slice(0, at), entry.token.slice(0, entry.token.lastIndexOf('@')));
      }
    } else if (switches.has('local-parts')) {
      for (const entry of book.entries('local-part')) local(entry.original, entry.token);
    }
  }
  // Longest first, so a whole address form wins over a part of it.
  return renames.sort((a, b) => b.from.length - a.from.length);
}

/** Replaces `from` where it stands as whole labels of `name`. */
function renameLabels(name: string, rename: LabelRename): string {
  let out = '';
  let at = 0;
  for (let found = name.indexOf(rename.from); found >= 0; found = name.indexOf(rename.from, found + 1)) {
    const end = found + rename.from.length;
    const edge = (c: string | undefined) => c === undefined || c === '.' || (rename.inLabel === true && (c === '@' || DELIMITERS.test(c)));
    const aligned = edge(name[found - 1]) && edge(name[end]);
    if (!aligned || found < at) continue;
    out += name.slice(at, found) + rename.to;
    at = end;
  }
  return out + name.slice(at);
}

function redactName(name: string, renames: LabelRename[], redactor: Redactor): string {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const reverse = /^(.+)\.(in-addr|ip6)\.arpa$/.exec(lower);
  if (reverse && redactor.switches.has('ip-addresses')) {
    const labels = reverse[1]!.split('.').reverse();
    const ip = reverse[2] === 'in-addr' ? parseIp(labels.join('.')) : parseIp(nibblesToText(labels));
    if (ip && reverseName(ip) === lower) {
      const token = redactor.book.getIp(ip);
      return token ? reverseName(parseIp(token)!) : lower;
    }
  }
  return renames.reduce((current, rename) => renameLabels(current, rename), lower);
}

function nibblesToText(labels: string[]): string {
  if (labels.length !== 32 || !labels.every((l) => /^[0-9a-f]$/.test(l))) return '';
  const groups: string[] = [];
  for (let i = 0; i < 32; i += 4) groups.push(labels.slice(i, i + 4).join(''));
  return groups.join(':');
}

function redactTxt(text: string, redactor: Redactor): string {
  return viewToText(redactView(textToView(text), redactor));
}

function redactEntry(entry: ZoneEntry, rename: (name: string) => string, redactor: Redactor): ZoneEntry {
  const out: ZoneEntry = {};
  if (entry.A) out.A = entry.A.map((ip) => redactIpText(ip, redactor));
  if (entry.AAAA) out.AAAA = entry.AAAA.map((ip) => redactIpText(ip, redactor));
  if (entry.TXT) out.TXT = entry.TXT.map((record) => (typeof record === 'string' ? redactTxt(record, redactor) : record.map((part) => redactTxt(part, redactor))));
  // A target that grew past the DNS limits is left out, like a name.
  const targets = (names: string[]) => names.map(rename).filter(fitsDns);
  if (entry.MX) out.MX = entry.MX.map((mx) => ({ priority: mx.priority, exchange: rename(mx.exchange) })).filter((mx) => fitsDns(mx.exchange));
  if (entry.PTR) out.PTR = targets(entry.PTR);
  if (entry.NS) out.NS = targets(entry.NS);
  if (entry.CNAME !== undefined && fitsDns(rename(entry.CNAME))) out.CNAME = rename(entry.CNAME);
  if (entry.error !== undefined) out.error = entry.error;
  return out;
}

// RFC 7208 §7.2: macro letters l (local part) and s (sender), either case.
const LOCAL_PART_MACRO = /%\{[lLsS]/;

function spfUsesLocalPart(zone: ZoneFile): boolean {
  return Object.values(zone.records).some((entry) =>
    (entry.TXT ?? []).some((record) => {
      const text = typeof record === 'string' ? record : record.join('');
      return /^v=spf1(?:\s|$)/i.test(text) && LOCAL_PART_MACRO.test(text);
    }),
  );
}

/** RFC 1035 §2.3.4: a token can be longer than what it replaces, and a name near the limit could pass it. */
function fitsDns(name: string): boolean {
  return name.length <= 253 && name.split('.').every((label) => label.length > 0 && label.length <= 63);
}

/**
 * Renames, in free text such as a verdict's reason ("no SPF records found
 * for alice.inc.example.com"), every DNS name the way redactZone renames
 * it in the zone, so a name built by an SPF macro does not carry the local
 * part out through the text.
 */
export function namesInTextRedactor(zone: ZoneFile, redactor: Redactor): (text: string) => string {
  const renames = labelRenames(redactor, spfUsesLocalPart(zone)).filter((rename) => rename.inLabel === true);
  if (renames.length === 0) return (text) => text;
  // A name in prose: a run of characters that DNS names and local parts use, with a dot in it.
  return (text) => text.replace(/[\p{L}\p{N}._%+\-=,/!#$&*?^`{|}~']+\.[\p{L}\p{N}._%+\-=,/!#$&*?^`{|}~']+/gu, (word) => {
    const lower = word.toLowerCase();
    return renames.some((rename) => lower.includes(rename.from)) ? renames.reduce((current, rename) => renameLabels(current, rename), lower) : word;
  });
}

/** The zone with every redacted value renamed; a name that two originals both become is kept once, and noted. */
export function redactZone(zone: ZoneFile, redactor: Redactor): { zone: ZoneFile; notes: LocalizedText[] } {
  const renames = labelRenames(redactor, spfUsesLocalPart(zone));
  const rename = (name: string) => redactName(name, renames, redactor);
  const records = zoneRecords();
  const notes: LocalizedText[] = [];
  for (const [name, entry] of Object.entries(zone.records)) {
    const renamed = rename(name);
    if (!fitsDns(renamed)) {
      notes.push({
        en: `A DNS name became longer than DNS allows after redaction and was left out (${renamed.length} characters).`,
        de: `Ein DNS-Name wurde nach dem Schwärzen länger, als DNS erlaubt, und wurde weggelassen (${renamed.length} Zeichen).`,
      });
      continue;
    }
    if (Object.hasOwn(records, renamed)) {
      notes.push({
        en: `Two DNS names became ${renamed} after redaction; the answers of the first are kept.`,
        de: `Zwei DNS-Namen wurden nach dem Schwärzen zu ${renamed}; die Antworten des ersten bleiben erhalten.`,
      });
      continue;
    }
    records[renamed] = redactEntry(entry, rename, redactor);
  }
  return { zone: { records }, notes };
}
