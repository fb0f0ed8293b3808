// The share link: BASE_URL#v3.<base64url, no padding, of a ShareState
// coded by context mixing (link-format-v3.ts)>, or, for a share too large
// for that coder, BASE_URL#v2.<base64url of the raw-DEFLATE compressed,
// far-repeats coded (far-repeats.ts) JSON of a ShareState>.
// Everything is in the fragment, which browsers never send to a server
// (RFC 3986 §3.5), so opening a link contacts no one; the DNS answers travel
// in it too. Links of format v1 (v2 without the far-repeats pass) and v2 are
// read as ever: a link once shared keeps opening.
//
// The link's version is the version of this encoding; the JSON inside has
// its own ("maillab", share-state.ts), which a .maillab.json file carries.
//
// Decoding never throws on bad input: every way a link can be damaged has
// its own problem code, so the page and the CLI can say what happened.

import type { Problem } from '../analysis.ts';
import { problem } from '../problems.ts';
import { decodeUtf8 } from '../message/charset.ts';
import { deflateRaw, inflateRaw } from './deflate-raw.ts';
import { decodeFarRepeats, encodeFarRepeats } from './far-repeats.ts';
import { decodeV3Payload, encodeV3Payload } from './link-format-v3.ts';
import { decodeBase64, encodeBase64 } from './rfc4648-base64.ts';
import { newerVersion, orderedShareState, shareMessage, type ShareResult, type ShareState } from './share-state.ts';
import { readShareState } from './read-share-state.ts';

/** The link format written: 2 added the far-repeats pass to format 1's DEFLATE, 3 codes by context mixing (issue 18: shorter links). */
export const LINK_FORMAT_VERSION = 3;
/** Link formats read: every one ever written. */
const READ_LINK_FORMATS = new Set([1, 2, 3]);

export const SHARE_LINK_PREFIX = `v${LINK_FORMAT_VERSION}.`;
/** The prefix of a share that v3 does not take (over its size bound): DEFLATE's. */
export const DEFLATE_LINK_PREFIX = 'v2.';

/**
 * The longest link offered; past it the page offers a .maillab.json file.
 * Chromium accepts URLs up to 2 MiB, but the places links travel through
 * cut far earlier: Chromium's address bar shows (and copies from) at most
 * 32 KiB, Slack truncates messages past 40,000 characters, and a Microsoft
 * Teams post holds about 28 KB. 32,000 characters stays under the first
 * two; Teams users may still need the file.
 */
export const SAFE_LINK_LENGTH = 32_000;

/**
 * Chromium's own URL limit (2 MiB, url_constants kMaxURLChars). A longer
 * "link" cannot have come from a browser, and refusing it before decoding
 * stops a pasted multi-megabyte string from being decoded for nothing.
 */
export const MAX_LINK_LENGTH = 2 * 1024 * 1024;

/**
 * The most a link may inflate to, and then expand to from its far repeats.
 * A 2 MiB link holds 1.5 MiB of deflate, which real mail (3 to 10 times
 * compressible) inflates to 15 MiB at most; a deflate bomb of the same size
 * would inflate to 1.5 GB and take the tab down, and one far reference of
 * 20 bytes can ask for gigabytes too. The cap stops both, and bounds a v3
 * message written back from its quoted-printable and base64 parts (each
 * octet can become three characters).
 */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

// "v" and a version number, then ".": the number is read before anything
// else, so a link from a later Mail Lab is recognised as such.
const VERSION_PREFIX = /^v(\d{1,9})\./;

export async function encodeShareFragment(state: ShareState): Promise<string> {
  const coded = encodeV3Payload(state);
  if (coded) return `#${SHARE_LINK_PREFIX}${encodeBase64(coded, 'base64url')}`;
  const json = new TextEncoder().encode(JSON.stringify(orderedShareState(state)));
  return `#${DEFLATE_LINK_PREFIX}${encodeBase64(await deflateRaw(encodeFarRepeats(json)), 'base64url')}`;
}

/** The whole link; any fragment already on `baseUrl` is replaced. */
export async function encodeShareLink(state: ShareState, baseUrl: string): Promise<string> {
  const hash = baseUrl.indexOf('#');
  return `${hash >= 0 ? baseUrl.slice(0, hash) : baseUrl}${await encodeShareFragment(state)}`;
}

/** Whether a link is short enough to pass through chat tools and mail clients; otherwise offer the file. */
export function isLinkShareable(link: string): boolean {
  return link.length <= SAFE_LINK_LENGTH;
}

function failure(found: Problem): ShareResult {
  return { ok: false, problem: found };
}

/** The fragment of a link, of "#v2.…", or of "v2.…" alone (as `location.hash` or a paste gives it). */
function fragmentOf(text: string): string {
  const hash = text.indexOf('#');
  return hash >= 0 ? text.slice(hash + 1) : text;
}

/**
 * Reads a link back into its state. `text` is the whole link, or just its
 * fragment. Never contacts anything: the DNS answers are in the link.
 */
export async function decodeShareLink(text: string): Promise<ShareResult> {
  const link = text.trim();
  if (link.length > MAX_LINK_LENGTH) {
    return failure(
      problem('share-too-large', {
        detail: {
          en: `The link is ${link.length} characters long, more than any browser accepts (${MAX_LINK_LENGTH}); it was not read.`,
          de: `Der Link ist ${link.length} Zeichen lang, mehr als ein Browser annimmt (${MAX_LINK_LENGTH}); er wurde nicht gelesen.`,
        },
      }),
    );
  }
  const fragment = fragmentOf(link);
  const version = VERSION_PREFIX.exec(fragment);
  if (!version) return failure(problem('share-not-recognised'));
  const number = Number(version[1]);
  if (number > LINK_FORMAT_VERSION) return failure(newerVersion(number, LINK_FORMAT_VERSION));
  if (!READ_LINK_FORMATS.has(number)) return failure(problem('share-not-recognised'));

  const payload = fragment.slice(version[0].length);
  const decoded = decodeBase64(payload, 'base64url');
  if (!decoded.ok) {
    const at = decoded.position + 1;
    // A wrong length, or stray bits in the last character: the data ends
    // where no encoder would end it.
    const endsWrong = decoded.reason === 'length' || (decoded.reason === 'padding' && decoded.position >= payload.length - 1);
    const detail = endsWrong
      ? {
          en: `The link is damaged: its data stops in the middle of a character group (after ${payload.length} characters). It was probably cut off when it was copied.`,
          de: `Der Link ist beschädigt: Seine Daten enden mitten in einer Zeichengruppe (nach ${payload.length} Zeichen). Vermutlich wurde er beim Kopieren abgeschnitten.`,
        }
      : {
          en: `The link is damaged: at character ${at} of its data it has something base64url does not use. It may have been changed when it was copied.`,
          de: `Der Link ist beschädigt: An Zeichen ${at} seiner Daten steht etwas, das in base64url nicht vorkommt. Vielleicht wurde er beim Kopieren verändert.`,
        };
    return failure(problem('share-bad-base64', { detail }));
  }
  if (number === 3) {
    const contents = decodeV3Payload(decoded.bytes, MAX_INFLATED_BYTES);
    if (!contents.ok) {
      if (contents.reason === 'damaged') return failure(problem('share-bad-compression'));
      return failure(
        problem('share-too-large', {
          detail: {
            en: `The link asks to unpack to more than ${contents.limit} bytes, more than its ${decoded.bytes.length} bytes of data can hold in format v3; it was not read.`,
            de: `Der Link will sich zu mehr als ${contents.limit} Bytes entpacken, mehr als seine ${decoded.bytes.length} Bytes Daten im Format v3 fassen können; er wurde nicht gelesen.`,
          },
        }),
      );
    }
    return readShareJson(contents.json, contents.message);
  }
  const inflated = await inflateRaw(decoded.bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    if (inflated.reason === 'too-large') return failure(problem('share-too-large'));
    return failure(problem('share-bad-compression'));
  }
  if (number === 1) return readShareJson(inflated.bytes);
  const expanded = decodeFarRepeats(inflated.bytes, MAX_INFLATED_BYTES);
  if (!expanded.ok) return failure(problem(expanded.reason === 'too-large' ? 'share-too-large' : 'share-bad-compression'));
  return readShareJson(expanded.bytes);
}

/** JSON bytes (from a link or a file) to a checked state; `message`: the message's bytes where they travel beside the JSON (v3). */
export function readShareJson(bytes: Uint8Array, message?: Uint8Array): ShareResult {
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes, { fatal: true }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failure(
      problem('share-bad-json', {
        detail: { en: `The shared data is not valid JSON (${why}).`, de: `Die geteilten Daten sind kein gültiges JSON (${why}).` },
      }),
    );
  }
  if (message && typeof json === 'object' && json !== null && !Array.isArray(json)) json = { ...json, message: shareMessage(message) };
  return readShareState(json);
}
