// Greylisting: the receiver answered the first delivery attempt with a
// temporary error (RFC 5321 §4.2.1, 4xx) and took the message when the
// sender's MTA tried again. Three filters say so in an X-Greylist field:
//   milter-greylist  "Delayed for 00:05:01 by milter-greylist-4.6 (host [ip]); date"
//   postgrey         "delayed 361 seconds by postgrey-1.36 at host; date"
//   SQLgrey          "delayed 00:28:24 by SQLgrey-1.8.0"
// and "… not delayed by …" when the sender was let through at once.
// Without such a field, a gap of retry size where the message entered the
// receiving organisation is reported as a likely (not certain) sign.

import type { GreylistingEvidence } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import { duration } from './hop-timing.ts';
import { firstLabel, sameName } from './organisation-name.ts';

// A real X-Greylist field is one line; reading more only serves padding.
const MAX_GREYLIST_LENGTH = 1000;
// The sender's retry interval decides the gap: Postfix waits at least 300 s
// (minimal_backoff_time), Exim 15 min, Sendmail's queue runs every 30–60
// min. A gap from 4 min to 2 h fits; shorter is ordinary queueing, longer
// is an outage or a held queue rather than one retry.
const RETRY_GAP_MIN_SECONDS = 240;
const RETRY_GAP_MAX_SECONDS = 7200;

const DELAYED = /\bdelayed\s{1,3}(?:for\s{1,3})?(?:(\d{1,3}):(\d{2}):(\d{2})|(\d{1,9})\s{1,3}seconds?)\s{1,3}by\s{1,3}([A-Za-z][\w.-]{0,40})/i;
const NOT_DELAYED = /^(.{0,120}?),?\s{0,3}not delayed by\s{1,3}([A-Za-z][\w.-]{0,40})/i;
const MILTER_HOST = /\(([^\s()[\]]{1,255})\s{1,3}\[[^\]]{1,60}\]\)/;
const POSTGREY_HOST = /\bat\s{1,3}([^\s;()]{1,255})/i;

export interface GreylistHop {
  by: string | null;
}

function hopOfHost(host: string | null, hops: readonly GreylistHop[], fallback: number | null): number | null {
  if (host) {
    const index = hops.findIndex((h) => sameName(h.by, host) || (firstLabel(h.by) !== null && firstLabel(h.by) === firstLabel(host)));
    if (index !== -1) return index;
  }
  return fallback;
}

function readField(field: RawField, hops: readonly GreylistHop[], boundary: number | null): GreylistingEvidence {
  const value = field.value.slice(0, MAX_GREYLIST_LENGTH).replace(/\s+/g, ' ').trim();
  const delayed = DELAYED.exec(value);
  const host = MILTER_HOST.exec(value)?.[1] ?? POSTGREY_HOST.exec(value)?.[1] ?? null;
  const index = hopOfHost(host, hops, boundary);
  const hop = index === null ? null : index + 1;
  if (delayed) {
    const seconds = delayed[4] !== undefined ? Number(delayed[4]) : Number(delayed[1]) * 3600 + Number(delayed[2]) * 60 + Number(delayed[3]);
    const software = delayed[5]!;
    const d = duration(seconds);
    return {
      source: 'x-greylist', software, delaySeconds: seconds, hop, raw: field.value,
      text: {
        en: `${software} greylisted the message: it refused the first attempt with a temporary error and accepted the retry ${d.en} later (X-Greylist, line ${field.line}). The delay is the receiver's policy, not a fault of the sender.`,
        de: `${software} hat Greylisting angewandt: Der erste Zustellversuch wurde vorübergehend abgelehnt, der erneute Versuch ${d.de} später angenommen (X-Greylist, Zeile ${field.line}). Die Verzögerung ist eine Maßnahme des Empfängers, kein Fehler des Absenders.`,
      },
    };
  }
  const passed = NOT_DELAYED.exec(value);
  if (passed) {
    const why = passed[1]!.trim();
    return {
      source: 'x-greylist', software: passed[2]!, delaySeconds: 0, hop, raw: field.value,
      text: {
        en: `${passed[2]} let the message through without delay${why ? ` (${why})` : ''}.`,
        de: `${passed[2]} hat die Nachricht ohne Verzögerung durchgelassen${why ? ` („${why}“)` : ''}.`,
      },
    };
  }
  return {
    source: 'x-greylist', software: null, delaySeconds: null, hop, raw: field.value,
    text: {
      en: `An X-Greylist field (line ${field.line}) in a form not recognised; shown as written.`,
      de: `Ein X-Greylist-Feld (Zeile ${field.line}) in einer unbekannten Form; wie geschrieben angezeigt.`,
    },
  };
}

export function findGreylisting(fields: readonly RawField[], hops: readonly GreylistHop[], boundary: number | null, boundaryDelay: number | null): GreylistingEvidence[] {
  const evidence = fields.filter((f) => f.name.toLowerCase() === 'x-greylist').map((f) => readField(f, hops, boundary));
  const explained = evidence.some((e) => (e.delaySeconds ?? 0) > 0);
  if (!explained && boundary !== null && boundaryDelay !== null && boundaryDelay >= RETRY_GAP_MIN_SECONDS && boundaryDelay <= RETRY_GAP_MAX_SECONDS) {
    const d = duration(boundaryDelay);
    evidence.push({
      source: 'delay', software: null, delaySeconds: boundaryDelay, hop: boundary + 1, raw: null,
      text: {
        en: `Inferred: the message took ${d.en} to enter the receiving organisation at hop ${boundary + 1}, about one retry interval of a sending MTA (Postfix 5 min, Exim 15 min, Sendmail 30–60 min). Greylisting or another temporary refusal is a likely reason; no header says so.`,
        de: `Abgeleitet: Die Nachricht brauchte ${d.de}, um an Station ${boundary + 1} in die empfangende Organisation zu gelangen – etwa ein Wiederholungsintervall eines sendenden MTA (Postfix 5 Min., Exim 15 Min., Sendmail 30–60 Min.). Greylisting oder eine andere vorübergehende Ablehnung ist ein wahrscheinlicher Grund; kein Header sagt es ausdrücklich.`,
      },
    });
  }
  return evidence;
}
