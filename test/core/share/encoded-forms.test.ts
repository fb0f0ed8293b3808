// Redaction of values in disguise (src/core/share/encoded-forms.ts; issue
// 10, item 6): each leak form on its own, first shown to leak without
// redaction (so the check can fail), then absent from every decoding of
// the redacted share; and a property over all of Unicode with every form
// in one message.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShare } from '../../../src/core/share/create-share.ts';
import { REDACTION_SWITCHES, type RedactionSwitch } from '../../../src/core/share/redaction-switches.ts';
import { encodeWords, findEncodedWordRuns, findPercentRuns } from '../../../src/core/share/encoded-forms.ts';
import { analyseWithZone } from './share-support.ts';
import { leakForms, leakMessage, leakedSecrets, macroZone, stateDecodings, type Secrets } from './leak-forms.ts';

const NOW = '2026-11-27T12:00:00Z';
const VALUE_SWITCHES = REDACTION_SWITCHES.filter((name) => name !== 'body');
const SECRETS: Secrets = { local: 'qalice7', name: 'Jürgen Zwölfer', laptop: 'qlaptop', relay: 'qrelay' };

async function share(message: string, switches: readonly RedactionSwitch[], envelope?: { ip?: string; helo?: string; mailFrom?: string }, zone = macroZone()) {
  const bytes = new TextEncoder().encode(message);
  const { analysis, snapshot } = await analyseWithZone(bytes, zone, NOW, envelope);
  return createShare({ message: bytes, now: NOW, envelope, snapshot, analysis, redact: switches }).state;
}

function oneForm(form: { header?: string; body?: string }): string {
  const header = form.header ? `${form.header}\r\n` : '';
  return `${header}From: ${SECRETS.name} <${SECRETS.local}@example.com>\r\nTo: bob@example.net\r\nSubject: x\r\n\r\n${form.body ?? 'Hi'}\r\n`;
}

const secretsOf = (s: Secrets) => [s.local, s.name, s.laptop, s.relay];

describe('each leak form', () => {
  for (const [name, form] of Object.entries(leakForms(SECRETS))) {
    it(name, async () => {
      const open = await share(oneForm(form), []);
      const before = leakedSecrets(secretsOf(SECRETS), stateDecodings(open));
      expect(before.length).toBeGreaterThan(0);
      const redacted = await share(oneForm(form), VALUE_SWITCHES);
      expect(leakedSecrets(secretsOf(SECRETS), stateDecodings(redacted)), `planted: ${before.join(', ')}`).toEqual([]);
    });
  }

  it('the MAIL FROM local part in names made by SPF %{l} macros', async () => {
    const envelope = { ip: '192.0.2.44', helo: 'mx.example.org', mailFrom: `${SECRETS.local}@example.com` };
    const message = 'From: a@example.com\r\nTo: b@example.net\r\nSubject: x\r\n\r\nHi\r\n';
    const zone = macroZone(SECRETS.local);
    const open = await share(message, [], envelope, zone);
    expect(Object.keys(open.dns.records)).toEqual(expect.arrayContaining([`${SECRETS.local}._spf.example.com`, `${SECRETS.local}.inc.example.com`]));
    for (const switches of [['addresses'], ['local-parts'], REDACTION_SWITCHES] as RedactionSwitch[][]) {
      const redacted = await share(message, switches, envelope, zone);
      expect(Object.keys(redacted.dns.records).join(' '), switches.join(',')).not.toContain(SECRETS.local);
      expect(leakedSecrets([SECRETS.local], stateDecodings(redacted)), switches.join(',')).toEqual([]);
    }
  });
});

describe('the finders', () => {
  it('map percent-decoded characters back to their escapes', () => {
    const [run] = findPercentRuns('x <mailto:a%40b.example> y');
    expect(run?.decoded).toBe('mailto:a@b.example');
    expect([run?.from[8], run?.to[8]]).toEqual([11, 14]);
  });

  it('join adjacent encoded words across folding and decode them as one text', () => {
    const runs = findEncodedWordRuns('Subject: =?utf-8?B?w7w=?=\r\n =?utf-8?Q?_x?= tail');
    expect(runs.map((run) => Buffer.from(run.decoded, 'latin1').toString('utf8'))).toEqual(['ü x']);
  });

  it('encode a redacted text as words of at most 75 characters that decode to it', () => {
    const text = 'Ä'.repeat(100);
    const words = encodeWords(Buffer.from(text, 'utf8').toString('latin1'));
    expect(words.split(' ').every((word) => word.length <= 75)).toBe(true);
    expect(findEncodedWordRuns(words).map((run) => Buffer.from(run.decoded, 'latin1').toString('utf8'))).toEqual([text]);
  });
});

// Any code point after a first ASCII letter: RFC 6531 allows UTF-8 in local parts.
const scalar = fc.oneof(
  fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  fc.integer({ min: 0x80, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)),
);
const local = fc.tuple(fc.constantFrom(...'qxz'), fc.array(scalar, { minLength: 5, maxLength: 12 })).map(([first, rest]) => first + rest.join(''));
// A display name: letters and marks of any script, no white space (which
// the address parser collapses) and at least two code points.
const nameChar = fc.integer({ min: 0x41, max: 0x10ffff }).filter((c) => (c < 0xd800 || c > 0xdfff) && /^[\p{L}\p{M}\p{N}]$/u.test(String.fromCodePoint(c))).map((c) => String.fromCodePoint(c));
const name = fc.array(nameChar, { minLength: 3, maxLength: 10 }).map((chars) => `Q${chars.join('')}`);
const host = fc.stringMatching(/^q[a-z]{5,9}$/);

describe('every form at once, over all of Unicode', () => {
  it('no secret survives any decoding of the share with every switch on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ local, name, laptop: host, relay: host }), async (secrets) => {
        // Secrets apart from each other: one inside another would be found in its token's place.
        const all = secretsOf(secrets).map((secret) => secret.toLowerCase());
        fc.pre(all.every((a, i) => all.every((b, j) => i === j || !b.includes(a))));
        const envelope = { ip: '192.0.2.44', helo: secrets.laptop, mailFrom: `${secrets.local}@example.com` };
        for (const switches of [VALUE_SWITCHES, REDACTION_SWITCHES]) {
          const state = await share(leakMessage(secrets), switches, envelope);
          expect(leakedSecrets(secretsOf(secrets), stateDecodings(state))).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
