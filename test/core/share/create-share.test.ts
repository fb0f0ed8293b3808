// Redaction measured on realistic messages: our fixture cases and the
// received-chains corpus. After redacting, none of the values replaced may
// stand anywhere in the share, the message must still parse as the same
// header fields, and what is left must look like the tokens only.

import { isIPv4, isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createShare, shareReplay } from '../../../src/core/share/create-share.ts';
import { decodeShareLink, encodeShareLink } from '../../../src/core/share/share-link.ts';
import { messageBytes, type ShareState } from '../../../src/core/share/share-state.ts';
import { REDACTION_SWITCHES, type RedactionSwitch } from '../../../src/core/share/redaction-switches.ts';
import type { BookEntry } from '../../../src/core/share/redaction-book.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { mimeTexts } from './leak-forms.ts';
import { analyseWithZone, corpusSamples, fixtureSamples, type SampleMessage } from './share-support.ts';

const EVERY_VALUE_SWITCH = REDACTION_SWITCHES.filter((name) => name !== 'body');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~.-";

/** How a replaced value would show if it were still there: the value where it stands as such. */
function leakPattern(entry: BookEntry): RegExp {
  const value = escape(entry.original);
  switch (entry.kind) {
    case 'local-part':
      return new RegExp(`(?<![${ATEXT}])${value}@`, 'i');
    case 'address':
      return new RegExp(`(?<![${ATEXT}])${value}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'i');
    case 'ip':
      return entry.original.includes(':') ? new RegExp(`(?<![0-9A-Fa-f:])${value}(?![0-9A-Fa-f:])`, 'i') : new RegExp(`(?<![0-9.])${value}(?![0-9]|\\.[0-9])`);
    case 'host':
      return new RegExp(`(?<![A-Za-z0-9-])${value}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'i');
    case 'display-name': {
      const name = escape(Buffer.from(entry.original, 'latin1').toString('utf8'));
      return new RegExp(`(?<![\\p{L}\\p{N}@._-])${name}(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])`, 'iu');
    }
    case 'opaque-id':
      return new RegExp(`(?<![A-Za-z0-9+/_-])${value}(?![A-Za-z0-9+/_-])`);
    default:
      return new RegExp(value, 'i');
  }
}

/** Everything the recipient gets, as text: the message and every other part of the state. */
function sharedText(state: ShareState): string {
  const bytes = messageBytes(state.message);
  const message = 'utf8' in state.message ? state.message.utf8 : Buffer.from(bytes).toString('latin1');
  return `${message}\n${JSON.stringify({ ...state, message: null })}`;
}

/** The message as text, and every MIME part decoded, message/rfc822 parts opened. */
function messageTexts(state: ShareState): string[] {
  const bytes = messageBytes(state.message);
  return [Buffer.from(bytes).toString('latin1'), ...mimeTexts(bytes)];
}

async function redact(sample: SampleMessage, switches: readonly RedactionSwitch[]) {
  const { analysis, snapshot } = await analyseWithZone(sample.message, sample.zone, sample.now, sample.envelope);
  const share = createShare({ message: sample.message, now: analysis.now, envelope: sample.envelope, snapshot, analysis, redact: switches });
  return { ...share, analysis, snapshot };
}

// Tokens stand in documentation, private and reserved ranges only.
const TOKEN_V4 = /^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|24\d\.|25[0-5]\.|127\.|0\.0\.0\.0$)/;
const TOKEN_V6 = /^(?:2001:db8:|fd00:|::1$|::$|::ffff:)/i;

const samples = [...fixtureSamples(), ...corpusSamples()];

describe('redaction of realistic messages', () => {
  it('reads enough messages to mean something', () => {
    expect(samples.length).toBeGreaterThan(190);
  });

  it('leaves none of the replaced values anywhere in the share, and only tokens where values stood', async () => {
    const failures: string[] = [];
    let replaced = 0;
    for (const sample of samples) {
      const { state, replacements } = await redact(sample, EVERY_VALUE_SWITCH);
      replaced += replacements.length;
      const texts = messageTexts(state);
      const shared = `${sharedText(state)}\n${texts.join('\n')}`;
      for (const entry of replacements) {
        if (leakPattern(entry).test(shared)) failures.push(`${sample.name}: ${entry.kind} ${JSON.stringify(entry.original)} is still there`);
      }
      // Independent of what the redaction collected: what still looks like an address or an IP must be a token.
      const text = texts.join('\n');
      for (const [address] of text.matchAll(/(?<![\w.+=-])[\w.+=-]{0,63}[\w+-]@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g)) {
        if (!address.endsWith('@redacted.invalid')) failures.push(`${sample.name}: address ${address} left`);
      }
      for (const [ip] of text.matchAll(/(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g)) {
        if (isIPv4(ip) && !TOKEN_V4.test(ip)) failures.push(`${sample.name}: IPv4 ${ip} left`);
      }
      for (const [ip] of text.matchAll(/(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])/g)) {
        if (isIPv6(ip) && /\d/.test(ip) && !TOKEN_V6.test(ip)) failures.push(`${sample.name}: IPv6 ${ip} left`);
      }
    }
    expect(failures).toEqual([]);
    expect(replaced).toBeGreaterThan(1000);
  });

  it('keeps every message parseable with the same header fields', async () => {
    const broken: string[] = [];
    for (const sample of samples) {
      const before = prepareMessage(sample.message);
      const { state } = await redact(sample, EVERY_VALUE_SWITCH);
      const after = prepareMessage(messageBytes(state.message));
      const names = (fields: { name: string }[]) => fields.map((field) => field.name).join(',');
      if (names(after.fields) !== names(before.fields)) broken.push(`${sample.name}: ${names(before.fields)} became ${names(after.fields)}`);
    }
    expect(broken).toEqual([]);
  });

  it('gives the same value the same token everywhere, also in the DNS snapshot', async () => {
    const sample = fixtureSamples().find((s) => s.name === 'case spf-ptr')!;
    const { state, replacements, snapshot } = await redact(sample, ['ip-addresses']);
    const client = replacements.find((entry) => entry.kind === 'ip' && entry.original === sample.envelope?.ip);
    expect(client).toBeDefined();
    expect(state.settings.envelope.ip).toBe(client!.token);
    // The PTR question for the client is asked under the token's reverse name, and its A record answers the token.
    const reverse = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
    expect(Object.keys(snapshot.records)).toContain(reverse(client!.original));
    expect(Object.keys(state.dns.records)).toContain(reverse(client!.token));
    expect(Object.keys(state.dns.records)).not.toContain(reverse(client!.original));
    expect(JSON.stringify(state.dns)).toContain(`"${client!.token}"`);
  });

  it('keeps private addresses private and public ones public', async () => {
    const sample = samples.find((s) => s.name.endsWith('mail_test_17'))!;
    const { replacements } = await redact(sample, ['ip-addresses']);
    const isPrivate = (ip: string) => /^(?:10\.|172\.(?:1[6-9]|2\d|3[01])\.|192\.168\.|fd|fe80)/i.test(ip);
    const ips = replacements.filter((entry) => entry.kind === 'ip');
    expect(ips.some((entry) => isPrivate(entry.original))).toBe(true);
    for (const entry of ips) expect(isPrivate(entry.token), `${entry.original} → ${entry.token}`).toBe(isPrivate(entry.original));
  });

  it('a share redacted and linked decodes to the same redacted state', async () => {
    const sample = corpusSamples().find((s) => s.name.endsWith('arc-fail.eml'))!;
    const { state } = await redact(sample, REDACTION_SWITCHES);
    expect(await decodeShareLink(await encodeShareLink(state, 'https://lab.example/'))).toEqual({ ok: true, state });
  });
});

describe('what a redacted share says about itself', () => {
  it('lists the switches, counts the values, and keeps the verdicts from before, with their texts redacted', async () => {
    const sample = fixtureSamples().find((s) => s.name === 'case inferred-postfix-spf-pass')!;
    const { state, analysis, replacements } = await redact(sample, ['ip-addresses', 'addresses', 'body']);
    expect(state.redaction?.switches).toEqual(['body', 'addresses', 'ip-addresses']);
    expect(state.redaction?.replaced['ip-addresses']).toBe(replacements.filter((e) => e.kind === 'ip').length);
    expect(state.verifiedBeforeRedaction?.spf?.result).toBe(analysis.spf?.result);
    expect(analysis.spf?.reason.en).toContain(analysis.envelope!.ip!);
    expect(state.verifiedBeforeRedaction?.spf?.reason.en).not.toContain(analysis.envelope!.ip!);
    expect(state.verifiedBeforeRedaction?.dmarc?.result).toBe(analysis.dmarc?.result);
  });

  it('with nothing switched on, shares the message and zone untouched', async () => {
    const sample = fixtureSamples().find((s) => s.name === 'case dkim-ed25519')!;
    const { state } = await redact(sample, []);
    expect(messageBytes(state.message)).toEqual(sample.message);
    expect(state.redaction).toBeNull();
    expect(state.verifiedBeforeRedaction).toBeNull();
  });

  it('leaving out the body gives a header-only message whose header signature still verifies', async () => {
    const sample = fixtureSamples().find((s) => s.name === 'case dkim-ed25519')!;
    const { state } = await redact(sample, ['body']);
    const replay = shareReplay(state);
    const { analysis } = await analyseWithZone(replay.message, replay.zone, replay.now, replay.envelope);
    expect(analysis.input.headersOnly).toBe(true);
    expect(analysis.dkim[0]?.bodyHash.result).toBe('not-checkable');
    expect(analysis.dkim[0]?.signature).toBe('pass');
    expect(state.verifiedBeforeRedaction?.dkim[0]?.result).toBe('pass');
  });
});

describe('the redacted message and the redacted zone stay coherent', () => {
  // These cases put the client address, the HELO name or the local part
  // into DNS names (PTR, SPF macros %{i} %{ir} %{l} %{h}): a re-analysis
  // of the redacted message with the redacted zone must find the renamed
  // names and give the same SPF verdict. (A case whose SPF record names a
  // network cannot: the token address lies outside it.)
  for (const name of ['spf-ptr', 'spf-macro-ir-v', 'spf-exists-macro-i-d', 'spf-macro-l-h']) {
    it(name, async () => {
      const sample = fixtureSamples().find((s) => s.name === `case ${name}`)!;
      const { state, analysis, replacements } = await redact(sample, ['ip-addresses', 'local-parts', 'internal-hosts', 'message-ids']);
      expect(replacements.some((entry) => entry.kind === 'ip')).toBe(true);
      const replay = shareReplay(state);
      const again = await analyseWithZone(replay.message, replay.zone, replay.now, replay.envelope);
      expect(again.analysis.spf?.result).toBe(analysis.spf?.result);
      expect(again.analysis.spf?.clientIp).not.toBe(analysis.spf?.clientIp);
      expect(again.evidence.filter((e) => e.rcode === 'NXDOMAIN').length).toBe(
        (await analyseWithZone(sample.message, sample.zone, sample.now, sample.envelope)).evidence.filter((e) => e.rcode === 'NXDOMAIN').length,
      );
    });
  }
});
