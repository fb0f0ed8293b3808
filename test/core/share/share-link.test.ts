import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuthResult } from '../../../src/core/analysis.ts';
import { decodeShareLink, encodeShareFragment, encodeShareLink, isLinkShareable, MAX_INFLATED_BYTES, SAFE_LINK_LENGTH } from '../../../src/core/share/share-link.ts';
import { decodeShareFile, encodeShareFile, looksLikeShareFile } from '../../../src/core/share/share-file.ts';
import { deflateRaw } from '../../../src/core/share/deflate-raw.ts';
import { encodeFarRepeats } from '../../../src/core/share/far-repeats.ts';
import { MAX_CODED_BYTES } from '../../../src/core/share/context-mixing-codec.ts';
import { messageBytes, shareMessage, type ShareState } from '../../../src/core/share/share-state.ts';
import { REDACTION_SWITCHES } from '../../../src/core/share/redaction-switches.ts';
import type { ZoneEntry } from '../../../src/dns/zone-file.ts';

const SEED = Number(process.env.SHARE_TEST_SEED ?? 7007);
const RESULTS: AuthResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'];

const text = fc.record({ en: fc.string({ maxLength: 80 }), de: fc.string({ maxLength: 80 }) });
const verdict = fc.record({ result: fc.constantFrom(...RESULTS), reason: text });
const name = fc.domain().map((domain) => domain.toLowerCase());

const zoneEntry: fc.Arbitrary<ZoneEntry> = fc.oneof(
  fc.record(
    {
      A: fc.array(fc.ipV4(), { maxLength: 3 }),
      AAAA: fc.array(fc.ipV6(), { maxLength: 2 }),
      TXT: fc.array(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 255 }), { minLength: 1, maxLength: 3 })), { maxLength: 3 }),
      MX: fc.array(fc.record({ priority: fc.integer({ min: 0, max: 65535 }), exchange: name }), { maxLength: 2 }),
      PTR: fc.array(name, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  name.map((target): ZoneEntry => ({ CNAME: target })),
  fc.constantFrom<ZoneEntry>({ error: 'SERVFAIL' }, { error: 'REFUSED' }, { error: 'TIMEOUT' }),
);

/** Any message (bytes, UTF-8 or not), any settings, any zone, with or without a redaction record. */
const shareState: fc.Arbitrary<ShareState> = fc
  .record({
    message: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 1000 }).map((s) => new TextEncoder().encode(s))),
    now: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    envelope: fc.record({ ip: fc.oneof(fc.ipV4(), fc.ipV6()), helo: fc.string({ maxLength: 60 }), mailFrom: fc.oneof(fc.constant(''), fc.emailAddress()) }, { requiredKeys: [] }),
    hop: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    records: fc.dictionary(name, zoneEntry, { maxKeys: 6 }),
    redacted: fc.option(
      fc.record({
        switches: fc.subarray([...REDACTION_SWITCHES], { minLength: 1 }),
        notes: fc.array(text, { maxLength: 2 }),
        spf: fc.option(verdict, { nil: null }),
        dkim: fc.array(fc.record({ index: fc.nat(9), domain: name, selector: fc.stringMatching(/^[a-z0-9]{1,20}$/), result: fc.constantFrom(...RESULTS), reason: text }), { maxLength: 3 }),
        dmarc: fc.option(verdict, { nil: null }),
        arc: fc.option(verdict, { nil: null }),
      }),
      { nil: null },
    ),
  })
  .map(({ message, now, envelope, hop, records, redacted }) => ({
    maillab: 1 as const,
    message: shareMessage(message),
    settings: { now, envelope, hop },
    dns: { records },
    redaction: redacted && { switches: redacted.switches, replaced: Object.fromEntries(redacted.switches.map((s, i) => [s, i])), notes: redacted.notes },
    verifiedBeforeRedaction: redacted && { spf: redacted.spf, dkim: redacted.dkim, dmarc: redacted.dmarc, arc: redacted.arc },
  }));

/**
 * A link made by the first Mail Lab that wrote v3 (7 December 2026): a
 * message with a quoted-printable body. Any change to the coder's model
 * changes what a v3 payload decodes to, so it would break this link (and
 * every link shared since): such a change needs a new format number.
 */
const GOLDEN_V3_LINK =
  'https://lab.example/#v3.0APqdwhLiom1Uuy9IsC5CuFr7E3k_K3YJYJS_Gj-aVkDUB4OT0SZTlEdhyzDlSMA2370HfoJ9sU-GvmG-S3GZCszARVh4U3pfJjoKKXrnLNwXCD3Tk8eKbMvul_5gaBc1Ywp9njo98zXk1BryJaVDUIv_zcbf_C6zMWJvvuNn4I1lBlQsGiut3PBNT-62xXgkqcwATbvU7_UKd-AkDXr2NdvV8x4IeDckk-N46TlhaOY-sWy5Tk-OMRQ3QpHwElzRLEO-C5iJgdXaMlYkavxkbfOZdpfxWot_De016CirZd6pHi6qTg7Y3YqG2MDyLcPcE295wG7oTzFdWesKXuQY6x1NWprzIiC0u0i-EWk5zwW8AJT4aCoDhS0q_eHbfGZU256pj3WtoqDBDzc7uByW1TeIku6a-Ijy2SOMnjmiCqy300B4vijtg';
const GOLDEN_V3_MESSAGE =
  'From: Anna Schmidt <anna@example.org>\r\nTo: bob@example.net\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nSch=C3=B6ne Gr=C3=BC=C3=9Fe aus K=C3=B6ln, und bis Montag!\r\n';

/** A link of format v1 (the JSON under DEFLATE alone), as Mail Lab wrote links before v2. */
async function linkOf(json: unknown): Promise<string> {
  return `https://lab.example/#v1.${Buffer.from(deflateRawSync(Buffer.from(JSON.stringify(json)))).toString('base64url')}`;
}

async function validState(): Promise<ShareState> {
  return fc.sample(shareState, { seed: SEED, numRuns: 1 })[0]!;
}

describe('share links', () => {
  it('decode(encode(x)) is x for arbitrary messages, settings, zones and redaction records', async () => {
    await fc.assert(
      fc.asyncProperty(shareState, async (state) => {
        const link = await encodeShareLink(state, 'https://lab.example/path?x=1#old');
        expect(link.startsWith('https://lab.example/path?x=1#v3.')).toBe(true);
        expect(link).toMatch(/^[^#]*#v3\.[A-Za-z0-9_-]*$/);
        const decoded = await decodeShareLink(link);
        expect(decoded).toEqual({ ok: true, state });
        // The fragment alone, as location.hash gives it, decodes the same.
        expect(await decodeShareLink(await encodeShareFragment(state))).toEqual({ ok: true, state });
        // And the .maillab.json file carries the same state.
        const file = new TextEncoder().encode(encodeShareFile(state));
        expect(looksLikeShareFile(file)).toBe(true);
        expect(decodeShareFile(file)).toEqual({ ok: true, state });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('keeps the message bytes exactly, as UTF-8 text when they are UTF-8 and as base64 when not', () => {
    const latin1 = new Uint8Array([0x53, 0x75, 0x62, 0x6a, 0x3a, 0x20, 0xfc, 0x0d, 0x0a]);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x3a, 0x20, 0x62]);
    expect(shareMessage(latin1)).toEqual({ base64: Buffer.from(latin1).toString('base64') });
    expect(messageBytes(shareMessage(latin1))).toEqual(latin1);
    expect('utf8' in shareMessage(withBom)).toBe(true);
    expect(messageBytes(shareMessage(withBom))).toEqual(withBom);
  });

  it('says when a link is too long to pass through chat tools', () => {
    expect(isLinkShareable('x'.repeat(SAFE_LINK_LENGTH))).toBe(true);
    expect(isLinkShareable('x'.repeat(SAFE_LINK_LENGTH + 1))).toBe(false);
  });
});

describe('damaged links get a problem code, never an exception', () => {
  const codeOf = async (link: string) => {
    const result = await decodeShareLink(link);
    expect(result.ok).toBe(false);
    if (result.ok) return null;
    expect(result.problem.text.en.length).toBeGreaterThan(10);
    expect(result.problem.text.de.length).toBeGreaterThan(10);
    expect(result.problem.text.de).not.toBe(result.problem.text.en);
    return result.problem.code;
  };

  it('not a Mail Lab link', async () => {
    expect(await codeOf('https://lab.example/')).toBe('share-not-recognised');
    expect(await codeOf('https://lab.example/#results')).toBe('share-not-recognised');
    expect(await codeOf('#v0.AAAA')).toBe('share-not-recognised');
    expect(await codeOf('')).toBe('share-not-recognised');
  });

  it('a link from a newer Mail Lab, by its prefix or by the version inside', async () => {
    const good = await encodeShareLink(await validState(), 'https://lab.example/');
    const result = await decodeShareLink(good.replace('#v3.', '#v4.'));
    expect(result).toMatchObject({ ok: false, problem: { code: 'share-newer-version' } });
    expect(!result.ok && result.problem.text.en).toContain('(format 4); this one reads format 3');
    expect(await codeOf(await linkOf({ maillab: 7, message: { utf8: 'x' }, later: true }))).toBe('share-newer-version');
    expect(decodeShareFile(new TextEncoder().encode('{"maillab": 3}'))).toMatchObject({ ok: false, problem: { code: 'share-newer-version' } });
  });

  it('changed or cut base64url', async () => {
    const good = await encodeShareLink(await validState(), 'https://lab.example/');
    const at = good.indexOf('#v3.') + 10;
    expect(await codeOf(`${good.slice(0, at)}%${good.slice(at + 1)}`)).toBe('share-bad-base64');
    expect(await codeOf(`${good.slice(0, at)} ${good.slice(at)}`)).toBe('share-bad-base64');
    expect(await codeOf(`${good}=`)).toBe('share-bad-base64');
  });

  it('cut off, or changed inside the compressed data', async () => {
    const good = await encodeShareLink(await validState(), 'https://lab.example/');
    let cut = good.slice(0, Math.floor(good.length * 0.6));
    // Cut at a whole character group, so the damage shows in the coded data.
    while ((cut.length - cut.indexOf('#v3.') - 4) % 4 !== 0) cut = cut.slice(0, -1);
    expect(await codeOf(cut)).toBe('share-bad-compression');
    // Cut anywhere else: the base64url itself says so.
    const ragged = await decodeShareLink(`${cut}A`);
    expect(ragged).toMatchObject({ ok: false, problem: { code: 'share-bad-base64' } });
    expect(!ragged.ok && ragged.problem.text.en).toContain('cut off');
    expect(await codeOf(`https://lab.example/#v1.${Buffer.from([0xff, 0xee, 0xdd, 0xcc, 0xbb]).toString('base64url')}`)).toBe('share-bad-compression');
  });

  it('a deflate bomb: stopped at the inflate limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_INFLATED_BYTES + 1024 * 1024, 0x20));
    const link = `https://lab.example/#v1.${bomb.toString('base64url')}`;
    expect(link.length).toBeLessThan(60_000);
    expect(await codeOf(link)).toBe('share-too-large');
  });

  it('a v3 bomb, a changed v3 link: too large before decoding, damaged by its check', async () => {
    // 70 bytes declaring 1 MiB: over the 64:1 a real share reaches.
    const bomb = Buffer.from([0x80, 0x80, 0x40, ...new Array<number>(67).fill(0x5a)]);
    expect(await codeOf(`https://lab.example/#v3.${bomb.toString('base64url')}`)).toBe('share-too-large');
    const good = await encodeShareFragment(await validState());
    const at = good.length - 8;
    const changed = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
    expect(await codeOf(changed)).toBe('share-bad-compression');
  });

  it('any bytes behind "#v3." open to a state or end as a share problem, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await decodeShareLink(`#v3.${Buffer.from(bytes).toString('base64url')}`);
        if (result.ok) return;
        expect(result.problem.code).toMatch(/^share-/);
        // The characters are good base64url: whatever is wrong is in the data.
        expect(result.problem.code).not.toBe('share-bad-base64');
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a link of format v3 as this version wrote it opens to the same state: the coder may not change under links already shared', async () => {
    const link = GOLDEN_V3_LINK;
    const result = await decodeShareLink(link);
    expect(result.ok && result.state.message).toEqual({ utf8: GOLDEN_V3_MESSAGE });
    expect(result.ok && result.state.dns).toEqual({ records: { 'example.org': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } } });
    expect(result.ok && result.state.settings.envelope).toEqual({ ip: '192.0.2.25' });
  });

  it('a link of format v2, as Mail Lab wrote them before v3, opens to the same state', async () => {
    const state = await validState();
    const v2 = await deflateRaw(encodeFarRepeats(new TextEncoder().encode(JSON.stringify(state))));
    expect(await decodeShareLink(`https://lab.example/#v2.${Buffer.from(v2).toString('base64url')}`)).toEqual({ ok: true, state });
  });

  it('a share past v3\'s bound goes out as v2, whose DEFLATE is native, and opens the same', async () => {
    const state = { ...(await validState()), message: { utf8: `Subject: long\r\n\r\n${'Line of a long report.\r\n'.repeat((MAX_CODED_BYTES / 24) | 0)}x` } };
    const link = await encodeShareFragment(state);
    expect(link.startsWith('#v2.')).toBe(true);
    expect(await decodeShareLink(link)).toEqual({ ok: true, state });
  });

  it('a state v3 cannot carry as bytes (base64 of UTF-8, a lone surrogate) goes out as v2 and opens the same', async () => {
    const state = await validState();
    for (const message of [{ base64: 'QUJD' }, { utf8: 'Subject: \udfff' }]) {
      const odd = { ...state, message };
      const link = await encodeShareFragment(odd);
      expect(link.startsWith('#v2.')).toBe(true);
      expect(await decodeShareLink(link)).toEqual({ ok: true, state: odd });
    }
  });

  it('a link of format v1, as Mail Lab wrote them before v2, opens to the same state', async () => {
    const state = await validState();
    expect(await decodeShareLink(await linkOf(state))).toEqual({ ok: true, state });
  });

  it('a far-repeats bomb in a v2 link: stopped at the limit; a reference before the start: damaged', async () => {
    // "{", then one reference asking for 2^32 bytes from 1 back: 8 bytes of data.
    const bomb = deflateRawSync(Buffer.from([0x7b, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    expect(await codeOf(`https://lab.example/#v2.${bomb.toString('base64url')}`)).toBe('share-too-large');
    const before = deflateRawSync(Buffer.from([0x7b, 0xff, 0x01, 0x05]));
    expect(await codeOf(`https://lab.example/#v2.${before.toString('base64url')}`)).toBe('share-bad-compression');
  });

  it('longer than any browser takes', async () => {
    expect(await codeOf(`https://lab.example/#v1.${'A'.repeat(2 * 1024 * 1024)}`)).toBe('share-too-large');
  });

  it('not JSON, or not UTF-8', async () => {
    expect(await codeOf(`https://lab.example/#v1.${deflateRawSync(Buffer.from('{"maillab":1,')).toString('base64url')}`)).toBe('share-bad-json');
    expect(await codeOf(`https://lab.example/#v1.${deflateRawSync(Buffer.from([0x7b, 0xff, 0x7d])).toString('base64url')}`)).toBe('share-bad-json');
  });

  it('JSON of the wrong shape names the path at fault', async () => {
    const state = JSON.parse(JSON.stringify(await validState()));
    const cases: [unknown, string][] = [
      [[], '(top)'],
      [{ ...state, extra: 1 }, 'extra'],
      [{ ...state, maillab: 0 }, 'maillab'],
      [{ ...state, message: { utf8: 'a', base64: 'YQ==' } }, 'message'],
      [{ ...state, message: { base64: 'not base64!' } }, 'message.base64'],
      [{ ...state, settings: { ...state.settings, now: 'yesterday' } }, 'settings.now'],
      [{ ...state, settings: { ...state.settings, hop: 0 } }, 'settings.hop'],
      [{ ...state, settings: { ...state.settings, envelope: { ip: 7 } } }, 'settings.envelope.ip'],
      [{ ...state, dns: { records: { 'a..b': {} } } }, 'dns.records'],
      [{ ...state, redaction: { switches: ['everything'], replaced: {}, notes: [] }, verifiedBeforeRedaction: { spf: null, dkim: [], dmarc: null, arc: null } }, 'redaction.switches[0]'],
      [{ ...state, redaction: { switches: ['body'], replaced: {}, notes: [] }, verifiedBeforeRedaction: null }, 'verifiedBeforeRedaction'],
      [{ ...state, redaction: null, verifiedBeforeRedaction: { spf: { result: 'ok', reason: { en: '', de: '' } }, dkim: [], dmarc: null, arc: null } }, 'verifiedBeforeRedaction'],
    ];
    for (const [json, path] of cases) {
      const result = await decodeShareLink(await linkOf(json));
      expect(result, path).toMatchObject({ ok: false, problem: { code: 'share-bad-shape' } });
      expect(!result.ok && result.problem.text.en, path).toContain(path);
      expect(!result.ok && result.problem.text.de, path).toContain(path);
    }
  });
});
