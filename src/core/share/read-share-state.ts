// Reads untrusted JSON as a ShareState of format version 1 (share-state.ts
// documents the shape). Everything a link or file holds comes from
// whoever made it, so every key and value is checked, and every problem is
// a `share-bad-shape` naming the path at fault, in English and German.

import type { AuthResult, LocalizedText } from '../analysis.ts';
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

function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, WHY.string);
  return value;
}

function listAt(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, WHY.list);
  return value;
}

function textAt(value: unknown, path: string): LocalizedText {
  const text = objectAt(value, path, { required: ['en', 'de'] });
  if (typeof text['en'] !== 'string' || typeof text['de'] !== 'string') throw new ShapeError(path, WHY.text);
  return { en: text['en'], de: text['de'] };
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
    const text = stringAt(message['utf8'], 'message.utf8');
    // Each UTF-16 unit is at least one byte; a text just under the limit
    // that encodes to more is refused by the analysis itself (input-too-large).
    if (text.length > MAX_INPUT_BYTES) throw new ShapeError('message.utf8', WHY.tooLarge);
    return { utf8: text };
  }
  const base64 = stringAt(message['base64'], 'message.base64');
  if ((base64.length / 4) * 3 > MAX_INPUT_BYTES + 3) throw new ShapeError('message.base64', WHY.tooLarge);
  if (!decodeBase64(base64, 'base64').ok) throw new ShapeError('message.base64', WHY.base64);
  return { base64 };
}

function readSettings(value: unknown): ShareSettings {
  const settings = objectAt(value, 'settings', { required: ['now', 'envelope', 'hop'] });
  const now = stringAt(settings['now'], 'settings.now');
  if (!/^\d{4}-\d{2}-\d{2}T/.test(now) || Number.isNaN(Date.parse(now))) throw new ShapeError('settings.now', WHY.time);
  const given = objectAt(settings['envelope'], 'settings.envelope', { required: [], optional: ['ip', 'helo', 'mailFrom'] });
  const envelope: ShareEnvelope = {};
  for (const key of ['ip', 'helo', 'mailFrom'] as const) {
    if (key in given) envelope[key] = stringAt(given[key], `settings.envelope.${key}`);
  }
  const hop = settings['hop'] === null ? null : integerAt(settings['hop'], 'settings.hop', 1, WHY.hop);
  return { now, envelope, hop };
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
  const dkim = listAt(verified['dkim'], `${path}.dkim`).map((item, i) => {
    const at = `${path}.dkim[${i}]`;
    const signature = objectAt(item, at, { required: ['index', 'domain', 'selector', 'result', 'reason'] });
    return {
      index: integerAt(signature['index'], `${at}.index`, 0, WHY.index),
      domain: stringAt(signature['domain'], `${at}.domain`),
      selector: stringAt(signature['selector'], `${at}.selector`),
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
  const named = listAt(record['switches'], 'redaction.switches').map((name, i) => {
    if (!REDACTION_SWITCHES.includes(name as RedactionSwitch)) throw new ShapeError(`redaction.switches[${i}]`, WHY.switchName);
    return name as RedactionSwitch;
  });
  const replacedJson = objectAt(record['replaced'], 'redaction.replaced', { required: [], optional: [...REDACTION_SWITCHES] });
  const replaced: Partial<Record<RedactionSwitch, number>> = {};
  for (const name of REDACTION_SWITCHES) {
    if (name in replacedJson) replaced[name] = integerAt(replacedJson[name], `redaction.replaced.${name}`, 0, WHY.count);
  }
  const notes = listAt(record['notes'], 'redaction.notes').map((note, i) => textAt(note, `redaction.notes[${i}]`));
  return { switches: REDACTION_SWITCHES.filter((name) => named.includes(name)), replaced, notes };
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
