// A DKIM key record read as a verifier reads it (RFC 6376 §3.6.1, §6.1.2;
// RFC 8301 for key sizes and SHA-1; RFC 8463 for Ed25519): the clean value,
// every tag explained, the key's type and size read from its DER, and what
// would make a verifier refuse the key or a reader worry, each a finding
// with a code and its text in English and German.

import type { LocalizedText } from '../../analysis.ts';
import { cleanDkimRecord, type CleanedRecord, type CopyArtefact } from './clean-record.ts';
import { readPublicKey } from './key-der.ts';
import { explainTag, listOf, type ExplainedTag } from './record-tags.ts';
import { ARTEFACT_TEXT, FINDING_TEXT, type DkimFindingCode } from './finding-texts.ts';

export type { DkimFindingCode };

export type FindingLevel = 'fail' | 'warn' | 'info';

export interface DkimFinding {
  code: DkimFindingCode;
  level: FindingLevel;
  text: LocalizedText;
}

export interface DkimKeySummary {
  type: 'rsa' | 'ed25519' | 'unreadable' | 'revoked' | 'missing';
  /** Modulus bits for RSA, 256 for Ed25519, null where there is no readable key. */
  bits: number | null;
  /** How p= was written: an SPKI, a bare PKCS#1 RSAPublicKey, or Ed25519's raw 32 bytes. */
  form: 'spki' | 'pkcs1' | 'raw' | null;
}

export interface DkimRecordReport {
  cleaned: CleanedRecord;
  tags: ExplainedTag[];
  key: DkimKeySummary;
  findings: DkimFinding[];
  /** fail: verifiers cannot use the key (or it is revoked); warn: usable, with a finding to read; pass: nothing to say. */
  status: 'pass' | 'warn' | 'fail';
}

// A key record is about 400 octets for a 2048-bit key and 1.4 KiB for
// 8192 bits. A paste past this (a whole mailbox, a binary file dropped into
// the field) is not read at all: cleaning and key reading would run on
// megabytes at every keystroke and hold the records worker.
export const MAX_RECORD_INPUT = 64 * 1024;

// RFC 8301 §3.2: verifiers must be able to check keys from 1024 to 4096 bits.
const RSA_MINIMUM_BITS = 1024;
const RSA_RECOMMENDED_BITS = 2048;
const RSA_VERIFIER_MAXIMUM_BITS = 4096;
// RFC 1035 §3.3: one character-string holds at most 255 octets.
export const TXT_STRING_OCTETS = 255;

function finding(code: keyof typeof FINDING_TEXT, level: FindingLevel, values: Record<string, string | number> = {}): DkimFinding {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const text = FINDING_TEXT[code];
  return { code, level, text: { en: fill(text.en), de: fill(text.de) } };
}

export function readDkimRecord(input: string): DkimRecordReport {
  if (input.length > MAX_RECORD_INPUT) {
    const cleaned: CleanedRecord = { value: '', form: 'bare', name: null, commentDomain: null, strings: [], artefacts: [] };
    return { cleaned, tags: [], key: { type: 'missing', bits: null, form: null }, findings: [finding('record-too-large', 'fail', { limit: MAX_RECORD_INPUT / 1024 })], status: 'fail' };
  }
  const cleaned = cleanDkimRecord(input);
  const findings: DkimFinding[] = [];
  const tags: ExplainedTag[] = [];
  const seen = new Set<string>();
  for (const part of cleaned.value === '' ? [] : cleaned.value.split('; ')) {
    const equals = part.indexOf('=');
    if (equals <= 0) {
      findings.push(finding('not-a-tag', 'fail', { part: part.slice(0, 40) }));
      continue;
    }
    const name = part.slice(0, equals);
    if (seen.has(name)) findings.push(finding('duplicate-tag', 'fail', { tag: name }));
    else tags.push(explainTag(name, part.slice(equals + 1)));
    seen.add(name);
  }
  const value = (name: string) => tags.find((tag) => tag.name === name)?.value;
  if (cleaned.value === '') findings.push(finding('empty', 'fail'));
  checkVersion(tags, findings);
  const key = checkKey(value('p'), (value('k') ?? 'rsa').toLowerCase(), findings);
  checkChoices(value, findings);
  for (const tag of tags) if (tag.status === 'unknown') findings.push(finding('unknown-tag', 'info', { tag: tag.name }));
  if (tags.some((tag) => tag.status === 'obsolete')) findings.push(finding('obsolete-g', 'info'));
  checkStrings(cleaned, findings);
  for (const artefact of cleaned.artefacts) findings.push(artefactFinding(artefact));
  const status = findings.some((f) => f.level === 'fail') ? 'fail' : findings.some((f) => f.level === 'warn') ? 'warn' : 'pass';
  return { cleaned, tags, key, findings, status };
}

function checkVersion(tags: ExplainedTag[], findings: DkimFinding[]): void {
  const index = tags.findIndex((tag) => tag.name === 'v');
  if (index === -1) return;
  // RFC 6376 §3.6.1: a record with another v= value must be discarded; v= must come first.
  if (tags[index]!.value !== 'DKIM1') findings.push(finding('bad-version', 'fail', { value: tags[index]!.value }));
  else if (index !== 0) findings.push(finding('version-not-first', 'fail'));
}

function checkKey(p: string | undefined, keyType: string, findings: DkimFinding[]): DkimKeySummary {
  if (p === undefined) {
    findings.push(finding('no-key', 'fail'));
    return { type: 'missing', bits: null, form: null };
  }
  if (p === '') {
    findings.push(finding('revoked', 'fail'));
    return { type: 'revoked', bits: null, form: null };
  }
  if (keyType !== 'rsa' && keyType !== 'ed25519') {
    findings.push(finding('unknown-key-type', 'fail', { type: keyType }));
  }
  const key = readPublicKey(p, keyType);
  if (key.type === 'unreadable') {
    findings.push(finding(`key-${key.why}`, 'fail'));
    return { type: 'unreadable', bits: null, form: null };
  }
  if (key.type !== keyType && (keyType === 'rsa' || keyType === 'ed25519')) {
    findings.push(finding('key-type-mismatch', 'fail', { declared: keyType, found: key.type }));
  }
  if (key.type === 'ed25519' && key.form === 'spki') findings.push(finding('ed25519-spki', 'fail'));
  if (key.type === 'rsa') {
    if (key.bits < RSA_MINIMUM_BITS) findings.push(finding('rsa-too-small', 'fail', { bits: key.bits }));
    else if (key.bits < RSA_RECOMMENDED_BITS) findings.push(finding('rsa-weak', 'warn', { bits: key.bits }));
    else if (key.bits > RSA_VERIFIER_MAXIMUM_BITS) findings.push(finding('rsa-very-large', 'warn', { bits: key.bits }));
    if (key.form === 'pkcs1') findings.push(finding('rsa-pkcs1', 'info'));
  }
  return { type: key.type, bits: key.bits, form: key.form };
}

function checkChoices(value: (name: string) => string | undefined, findings: DkimFinding[]): void {
  const hashes = value('h');
  if (hashes !== undefined) {
    const listed = listOf(hashes);
    if (!listed.includes('sha256')) findings.push(finding(listed.includes('sha1') ? 'sha1-only' : 'no-known-hash', 'fail'));
  }
  const services = value('s');
  if (services !== undefined && !listOf(services).some((service) => service === '*' || service === 'email')) {
    findings.push(finding('not-for-email', 'fail', { value: services }));
  }
  const flags = listOf(value('t') ?? '');
  if (flags.includes('y')) findings.push(finding('testing', 'warn'));
  if (flags.includes('s')) findings.push(finding('strict-identity', 'info'));
}

function checkStrings(cleaned: CleanedRecord, findings: DkimFinding[]): void {
  const octets = new TextEncoder().encode(cleaned.value).length;
  const long = cleaned.strings.find((s) => s.octets > TXT_STRING_OCTETS);
  if (cleaned.form !== 'bare' && long) findings.push(finding('string-too-long', 'warn', { octets: long.octets }));
  else if (cleaned.form === 'bare' && octets > TXT_STRING_OCTETS) findings.push(finding('needs-splitting', 'info', { octets }));
}

function artefactFinding(artefact: CopyArtefact): DkimFinding {
  const text = ARTEFACT_TEXT[artefact];
  return { code: `copy-${artefact}`, level: 'info', text };
}
