// Reads untrusted JSON as a ShareState of format version 1 (share-state.ts
// documents the shape). Everything a link or file holds comes from
// whoever made it, so every key and value is checked, and every problem is
// a `share-bad-shape` naming the path at fault, in English and German.

import { MAX_BLOCKLISTS } from '../sender/blocklist-choice.ts';
import type { BlocklistKind } from '../sender/blocklists.ts';
import type { AuthResult, LocalizedText, Problem } from '../analysis.ts';
import type { ZoneFile } from '../../dns/zone-file.ts';
import { parseZoneFile, ZoneFileError } from '../../dns/zone-file.ts';
import { problem } from '../problems.ts';
import { MAX_INPUT_BYTES } from '../message/prepare-message.ts';
import { REDACTION_SWITCHES, type RedactionSwitch } from './redaction-switches.ts';
import { decodeBase64 } from './rfc4648-base64.ts';
import {
  newerVersion,
  SHARE_FORMAT_VERSION,
  type RedactionRecord,
  type ShareEnvelope,
  type SharedMessage,
  type ShareResult,
  type ShareSettings,
  type VerdictBeforeRedaction,
  type VerifiedBeforeRedaction,
} from './share-state.ts';

const RESULT_WORDS: readonly AuthResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'];

// Share-state bounds (issue 10, item 8). A link is made by anyone, and a
// crafted one with 200,000 DKIM entries took 13-18 s to open and made the
// Markdown export throw RangeError; a 20 MB HELO overflowed the stack; a
// 30 MB reason was rendered as it was. Real shares stay far below these;
// past one, the link is refused with `share-over-limit` before anything
// is analysed or rendered.

/** DKIM verdicts carried from before redaction: RFC 6376 §6.1 lets a verifier stop, and no real message carries more signatures. */
export const MAX_SHARED_SIGNATURES = 100;
/** Notes of a redaction: one per left-out attachment kind and renamed DNS name at most. */
export const MAX_SHARED_NOTES = 100;
/** Redaction switch names listed: each of the eight once, with room for repeats. */
export const MAX_SHARED_SWITCHES = 32;
/** A reason or note per language: the longest reason quotes a 4 KiB SPF explanation (RFC 7208 §6.2) and a DNS record. */
export const MAX_SHARED_TEXT = 16_384;
/** A domain, selector, HELO or MAIL FROM: RFC 5321 §4.5.3.1 allows 255 octets for a domain and 256 for a path; a quarter more for odd but real HELOs. */
export const MAX_SHARED_NAME = 1_024;
/** An IP address as text (the longest IPv6 form with an IPv4 tail is 45 characters). */
export const MAX_SHARED_IP = 64;

/** A list or a text past its bound: where, how long, and the bound. */
class LimitError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly limit: number,
    readonly unit: 'items' | 'characters',
  ) {
    super(`${path} has ${found} ${unit}, more than ${limit}`);
  }
}

/** A shape error: where, and what is wrong, in both languages. */
class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly why: LocalizedText,
  ) {
    super(`${path} ${why.en}`);
  }
}

const WHY = {
  object: { en: 'is not an object', de: 'ist kein Objekt' },
  list: { en: 'is not a list', de: 'ist keine Liste' },
  string: { en: 'is not a string', de: 'ist keine Zeichenkette' },
  text: { en: 'is not a text in English and German', de: 'ist kein Text auf Englisch und Deutsch' },
  time: { en: 'is not an ISO 8601 time', de: 'ist keine ISO-8601-Zeitangabe' },
  hop: { en: 'is not a hop number (1 or more) or null', de: 'ist keine Stationsnummer (ab 1) und nicht null' },
  index: { en: 'is not a position (0 or more)', de: 'ist keine Position (ab 0)' },
  count: { en: 'is not a count', de: 'ist keine Anzahl' },
  result: { en: `is not an RFC 8601 result word (${RESULT_WORDS.join(', ')})`, de: `ist kein Ergebniswort nach RFC 8601 (${RESULT_WORDS.join(', ')})` },
  switchName: { en: `is not a redaction switch (${REDACTION_SWITCHES.join(', ')})`, de: `ist kein Schwärzungsschalter (${REDACTION_SWITCHES.join(', ')})` },
  message: { en: 'must hold either "utf8" or "base64"', de: 'muss entweder "utf8" oder "base64" enthalten' },
  base64: { en: 'is not valid base64', de: 'ist kein gültiges Base64' },
  tooLarge: { en: `is larger than the input limit of ${MAX_INPUT_BYTES / 1024 / 1024} MiB`, de: `ist größer als die Eingabegrenze von ${MAX_INPUT_BYTES / 1024 / 1024} MiB` },
  listKind: { en: 'is not "ip" or "domain"', de: 'ist weder "ip" noch "domain"' },
  paired: { en: 'must be present exactly when "redaction" is', de: 'muss genau dann vorhanden sein, wenn "redaction" es ist' },
} satisfies Record<string, LocalizedText>;

function unknownKey(key: string): LocalizedText {
  return { en: `has the unknown key "${key}"`, de: `hat den unbekannten Schlüssel "${key}"` };
}

type Json = Record<string, unknown>;

function objectAt(value: unknown, path: string, keys: { required: string[]; optional?: string[] }): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, WHY.object);
  const allowed = new Set([...keys.required, ...(keys.optional ?? [])]);
  for (const key of Object.keys(value)) if (!allowed.has(key)) throw new ShapeError(path, unknownKey(key));
  for (const key of keys.required) {
    if (!(key in value)) throw new ShapeError(`${path}.${key}`, { en: 'is missing', de: 'fehlt' });
  }
  return value as Json;
}

function stringAt(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') throw new ShapeError(path, WHY.string);
  if (value.length > max) throw new LimitError(path, value.length, max, 'characters');
  return value;
}

/** A list, refused by its length before any item is read. */
function listAt(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, WHY.list);
  if (value.length > max) throw new LimitError(path, value.length, max, 'items');
  return value;
}

function textAt(value: unknown, path: string): LocalizedText {
  const text = objectAt(value, path, { required: ['en', 'de'] });
  if (typeof text['en'] !== 'string' || typeof text['de'] !== 'string') throw new ShapeError(path, WHY.text);
  return { en: stringAt(text['en'], `${path}.en`, MAX_SHARED_TEXT), de: stringAt(text['de'], `${path}.de`, MAX_SHARED_TEXT) };
}

function integerAt(value: unknown, path: string, min: number, why: LocalizedText): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new ShapeError(path, why);
  return value;
}

function readMessage(value: unknown): SharedMessage {
  const message = objectAt(value, 'message', { required: [], optional: ['utf8', 'base64'] });
  const keys = Object.keys(message);
  if (keys.length !== 1) throw new ShapeError('message', WHY.message);
  if (keys[0] === 'utf8') {
    const text = stringAt(message['utf8'], 'message.utf8', Number.MAX_SAFE_INTEGER);
    // Each UTF-16 unit is at least one byte; a text just under the limit
    // that encodes to more is refused by the analysis itself (input-too-large).
    if (text.length > MAX_INPUT_BYTES) throw new ShapeError('message.utf8', WHY.tooLarge);
    return { utf8: text };
  }
  const base64 = stringAt(message['base64'], 'message.base64', Number.MAX_SAFE_INTEGER);
  if ((base64.length / 4) * 3 > MAX_INPUT_BYTES + 3) throw new ShapeError('message.base64', WHY.tooLarge);
  if (!decodeBase64(base64, 'base64').ok) throw new ShapeError('message.base64', WHY.base64);
  return { base64 };
}

function readSettings(value: unknown): ShareSettings {
  const settings = objectAt(value, 'settings', { required: ['now', 'envelope', 'hop'], optional: ['blocklists'] });
  const now = stringAt(settings['now'], 'settings.now', 64);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(now) || Number.isNaN(Date.parse(now))) throw new ShapeError('settings.now', WHY.time);
  const given = objectAt(settings['envelope'], 'settings.envelope', { required: [], optional: ['ip', 'helo', 'mailFrom'] });
  const envelope: ShareEnvelope = {};
  for (const key of ['ip', 'helo', 'mailFrom'] as const) {
    if (key in given) envelope[key] = stringAt(given[key], `settings.envelope.${key}`, key === 'ip' ? MAX_SHARED_IP : MAX_SHARED_NAME);
  }
  const hop = settings['hop'] === null ? null : integerAt(settings['hop'], 'settings.hop', 1, WHY.hop);
  if (!('blocklists' in settings)) return { now, envelope, hop };
  const blocklists = listAt(settings['blocklists'], 'settings.blocklists', MAX_BLOCKLISTS).map((item, index) => {
    const at = `settings.blocklists[${index}]`;
    const list = objectAt(item, at, { required: ['zone', 'kind'] });
    if (list['kind'] !== 'ip' && list['kind'] !== 'domain') throw new ShapeError(`${at}.kind`, WHY.listKind);
    // RFC 1035 §2.3.4: a name is at most 253 characters in text form.
    return { zone: stringAt(list['zone'], `${at}.zone`, 253), kind: list['kind'] as BlocklistKind };
  });
  return { now, envelope, hop, blocklists };
}

function readVerdict(value: unknown, path: string): VerdictBeforeRedaction | null {
  if (value === null) return null;
  const verdict = objectAt(value, path, { required: ['result', 'reason'] });
  return { result: resultAt(verdict['result'], `${path}.result`), reason: textAt(verdict['reason'], `${path}.reason`) };
}

function resultAt(value: unknown, path: string): AuthResult {
  if (!RESULT_WORDS.includes(value as AuthResult)) throw new ShapeError(path, WHY.result);
  return value as AuthResult;
}

function readVerified(value: unknown): VerifiedBeforeRedaction | null {
  if (value === null) return null;
  const path = 'verifiedBeforeRedaction';
  const verified = objectAt(value, path, { required: ['spf', 'dkim', 'dmarc', 'arc'] });
  const dkim = listAt(verified['dkim'], `${path}.dkim`, MAX_SHARED_SIGNATURES).map((item, i) => {
    const at = `${path}.dkim[${i}]`;
    const signature = objectAt(item, at, { required: ['index', 'domain', 'selector', 'result', 'reason'] });
    return {
      index: integerAt(signature['index'], `${at}.index`, 0, WHY.index),
      domain: stringAt(signature['domain'], `${at}.domain`, MAX_SHARED_NAME),
      selector: stringAt(signature['selector'], `${at}.selector`, MAX_SHARED_NAME),
      result: resultAt(signature['result'], `${at}.result`),
      reason: textAt(signature['reason'], `${at}.reason`),
    };
  });
  return {
    spf: readVerdict(verified['spf'], `${path}.spf`),
    dkim,
    dmarc: readVerdict(verified['dmarc'], `${path}.dmarc`),
    arc: readVerdict(verified['arc'], `${path}.arc`),
  };
}

function readRedaction(value: unknown): RedactionRecord | null {
  if (value === null) return null;
  const record = objectAt(value, 'redaction', { required: ['switches', 'replaced', 'notes'] });
  const named = listAt(record['switches'], 'redaction.switches', MAX_SHARED_SWITCHES).map((name, i) => {
    if (!REDACTION_SWITCHES.includes(name as RedactionSwitch)) throw new ShapeError(`redaction.switches[${i}]`, WHY.switchName);
    return name as RedactionSwitch;
  });
  const replacedJson = objectAt(record['replaced'], 'redaction.replaced', { required: [], optional: [...REDACTION_SWITCHES] });
  const replaced: Partial<Record<RedactionSwitch, number>> = {};
  for (const name of REDACTION_SWITCHES) {
    if (name in replacedJson) replaced[name] = integerAt(replacedJson[name], `redaction.replaced.${name}`, 0, WHY.count);
  }
  const notes = listAt(record['notes'], 'redaction.notes', MAX_SHARED_NOTES).map((note, i) => textAt(note, `redaction.notes[${i}]`));
  return { switches: REDACTION_SWITCHES.filter((name) => named.includes(name)), replaced, notes };
}

function overLimit(error: LimitError): Problem {
  const unit: LocalizedText = error.unit === 'items' ? { en: 'items', de: 'Einträge' } : { en: 'characters', de: 'Zeichen' };
  return problem('share-over-limit', {
    detail: {
      en: `This link or file was not opened: ${error.path} has ${error.found} ${unit.en}, more than the ${error.limit} a Mail Lab analysis ever carries. It was made by hand, perhaps to slow down or crash the page.`,
      de: `Dieser Link (bzw. diese Datei) wurde nicht geöffnet: ${error.path} hat ${error.found} ${unit.de}, mehr als die ${error.limit}, die eine Mail-Lab-Analyse je enthält. Er wurde von Hand gebaut, vielleicht um die Seite zu verlangsamen oder zum Absturz zu bringen.`,
    },
  });
}

/** Checks parsed JSON against format version 1 and returns a clean copy. */
export function readShareState(json: unknown): ShareResult {
  try {
    // The version first: a later format may have keys this one does not know.
    const version = typeof json === 'object' && json !== null ? (json as Json)['maillab'] : undefined;
    if (typeof version === 'number' && Number.isSafeInteger(version) && version > SHARE_FORMAT_VERSION) return { ok: false, problem: newerVersion(version) };
    const top = objectAt(json, '(top)', { required: ['maillab', 'message', 'settings', 'dns', 'redaction', 'verifiedBeforeRedaction'] });
    if (version !== SHARE_FORMAT_VERSION) {
      throw new ShapeError('maillab', { en: `is not the format version ${SHARE_FORMAT_VERSION}`, de: `ist nicht die Formatversion ${SHARE_FORMAT_VERSION}` });
    }
    let dns: ZoneFile;
    try {
      dns = parseZoneFile(top['dns']);
    } catch (error) {
      if (!(error instanceof ZoneFileError)) throw error;
      throw new ShapeError(`dns.${error.path}`, { en: error.message, de: `ist keine gültige zone.json: ${error.message}` });
    }
    const redaction = readRedaction(top['redaction']);
    const verifiedBeforeRedaction = readVerified(top['verifiedBeforeRedaction']);
    if ((redaction === null) !== (verifiedBeforeRedaction === null)) throw new ShapeError('verifiedBeforeRedaction', WHY.paired);
    return {
      ok: true,
      state: {
        maillab: SHARE_FORMAT_VERSION,
        message: readMessage(top['message']),
        settings: readSettings(top['settings']),
        dns,
        redaction,
        verifiedBeforeRedaction,
      },
    };
  } catch (error) {
    if (error instanceof LimitError) return { ok: false, problem: overLimit(error) };
    if (!(error instanceof ShapeError)) throw error;
    return {
      ok: false,
      problem: problem('share-bad-shape', {
        detail: {
          en: `This is not a Mail Lab analysis of format ${SHARE_FORMAT_VERSION}: ${error.path} ${error.why.en}.`,
          de: `Das ist keine Mail-Lab-Analyse im Format ${SHARE_FORMAT_VERSION}: ${error.path} ${error.why.de}.`,
        },
      }),
    };
  }
}
