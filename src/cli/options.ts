// Command-line options of `mail-lab` (and `npm run analyze`). Hand-written rather than a
// library: there are few, and every error must name the option at fault.

import { DEFAULT_DOH_PRESET, DOH_PRESETS } from '../dns/presets.ts';
import { isSummaryFormat, SUMMARY_FORMATS, type SummaryFormat } from './summary.ts';
import { parseRedactionList, type RedactionSwitch } from '../core/share/redaction-switches.ts';
import { DKIM_KEY_TYPES, isDkimKeyType, type DkimKeyType } from '../core/records/dkim/generate-key.ts';

export const USAGE = `Usage: mail-lab [options] INPUT...

INPUT is one of
  FILE.eml          a message (whole, headers only, or a bounce)
  FILE (mbox)       a file starting with a "From " line: every message in it
                    (RFC 4155; ">From " quoting undone the mboxrd way)
  -                 standard input: one message, or an mbox
  CASE/             a fixture case folder (message.eml, zone.json and case.json,
                    whose "now" and "smtp" are used)
  MAILDIR/          a Maildir: every message in new/, then cur/
  FOLDER/           every .eml, .mbox, .msg, .txt and .maillab.json file, case
                    folder and Maildir in it and below, in name order
  LINK or .maillab.json
                    a Mail Lab share ("https://…#v3.…"), replayed offline with
                    its own DNS answers, clock and envelope

Output (one result per message, in input order):
  (default)         a readable report
  --json            one Analysis JSON object per line (NDJSON); an input that
                    cannot be read gives {"error": {code, input, message}}
  --summary FORMAT  csv, tsv or json: one row per recipient of every bounce,
                    nothing for other messages. Columns: file, message (its
                    number in an mbox or Maildir), date, recipient, action,
                    status, reason, severity (hard/soft), remote_mta,
                    reporting_mta, diagnostic, original_message_id. CSV is
                    RFC 4180; a cell that starts with = + - @, a tab or a CR
                    gets a leading ' so a spreadsheet does not run it
  --link BASE_URL   print a share link for each message instead
                    (the message, settings and DNS answers, in the link's fragment)
  --share-file FILE write the share as a .maillab.json file (one message)
  --redact LIST     redact before sharing, comma-separated: body, local-parts,
                    addresses, display-names, ip-addresses, internal-hosts,
                    message-ids, tenant-ids, or all

DNS (one of; the default is ${DOH_PRESETS[DEFAULT_DOH_PRESET].name} over DNS-over-HTTPS, as in the page,
unless a case folder brings its zone.json):
  --doh RESOLVER    cloudflare, google, quad9, or an https:// URL (RFC 8484;
                    http:// only on localhost or 127.0.0.1)
  --zone FILE       answer DNS from this zone.json (no network)
  --offline         no DNS at all: every lookup is a temporary error

The SMTP transaction:
  --now ISO         the clock for signature expiry (default: now)
  --ip ADDRESS      SMTP client address (default: inferred from Received)
  --helo NAME       HELO/EHLO name (default: inferred)
  --mail-from ADDR  MAIL FROM address, "" for the null sender (default: Return-Path)
  --hop N           check SPF for the client of Received hop N, 1 = the oldest
                    (default: the hop where the receiving organisation took it)

Sender checks (the seed's checklist for the sending server):
  --blocklists      also ask the DNS blocklists (Spamhaus ZEN and DBL, SpamCop,
                    Barracuda, PSBL, Mailspike, UCEPROTECT) about the sending
                    address and domains; each list then learns the address
  --domain DOMAIN   check a domain instead of messages: MX, DNSSEC and DANE
                    (the resolver's AD bit), SPF, DMARC, DKIM for --selector,
                    MTA-STS, TLS-RPT, BIMI (text, or --json)
  --selector LIST   DKIM selectors to check with --domain, comma-separated
  --common-selectors  with --domain, also try the usual DKIM selectors
                    (default, google, selector1, selector2, k1, s1, …: one
                    query each) and report the keys found

Records (the record workbench):
  --record KIND     explain and check one record instead of messages: KIND is
                    spf, dkim or dmarc, the INPUT is the record (bare, quoted,
                    or a zone-file line) or a domain to look it up at
                    (dkim: SELECTOR._domainkey.DOMAIN); text, or --json

DKIM keys (the record workbench's key generator):
  --dkim-keygen SELECTOR DOMAIN
                    make a key pair here (WebCrypto; nothing is sent) and print
                    the DNS record (zone-file and provider form), the private
                    key (PEM), the OpenDKIM KeyTable, SigningTable and
                    TrustedHosts lines and the Postfix milter lines (or --json)
  --key-type TYPE   rsa2048 (default), rsa3072 or ed25519

  --jobs N          analyse N messages at once on worker threads
                    (default: the number of cores; 1 = in this thread)
  --help            this text

Exit codes:
  0  every message was analysed
  1  at least one input could not be read or is not a mail message;
     with --record: the record has an error receivers act on, or there is none
  2  the command line is wrong, the resolver cannot be used (a bad --doh,
     an unreadable --zone; checked before any message is read), or the
     resolver failed the lookups: unreachable, too slow, refusing, limiting
     the rate, or answering with no DNS (said on standard error; the
     results are printed all the same)`;

export interface CliOptions {
  json: boolean;
  zone: string | null;
  doh: string | null;
  offline: boolean;
  now: string | null;
  ip: string | null;
  helo: string | null;
  mailFrom: string | null;
  /** The Received hop (Hop.number, 1 = oldest) to take the SPF envelope from. */
  hop: number | null;
  link: string | null;
  shareFile: string | null;
  redact: RedactionSwitch[];
  summary: SummaryFormat | null;
  /** Messages analysed at once; null: as many as there are cores. */
  jobs: number | null;
  help: boolean;
  inputs: string[];
  /** Ask the DNS blocklists about the sender (src/core/sender/blocklists.ts). */
  blocklists: boolean;
  /** Check this domain instead of analysing messages. */
  domain: string | null;
  selectors: string[];
  /** With --domain: also try COMMON_DKIM_SELECTORS. */
  commonSelectors: boolean;
  /** Explain and check one record of this kind; the INPUT is the record or a domain. */
  record: RecordKind | null;
  /** Make a DKIM key pair for this selector and domain instead of analysing messages. */
  dkimKeygen: { selector: string; domain: string } | null;
  keyType: DkimKeyType | null;
}

export const RECORD_KINDS = ['spf', 'dkim', 'dmarc'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export class UsageError extends Error {}

const MAX_JOBS = 256;

const WITH_VALUE = new Map<string, keyof CliOptions>([
  ['--zone', 'zone'],
  ['--doh', 'doh'],
  ['--now', 'now'],
  ['--ip', 'ip'],
  ['--helo', 'helo'],
  ['--mail-from', 'mailFrom'],
  ['--link', 'link'],
  ['--share-file', 'shareFile'],
  ['--domain', 'domain'],
]);

export function parseOptions(argv: string[]): CliOptions {
  const options: CliOptions = {
    json: false,
    zone: null,
    doh: null,
    offline: false,
    now: null,
    ip: null,
    helo: null,
    mailFrom: null,
    hop: null,
    link: null,
    shareFile: null,
    redact: [],
    summary: null,
    jobs: null,
    help: false,
    inputs: [],
    blocklists: false,
    domain: null,
    selectors: [],
    commonSelectors: false,
    record: null,
    dkimKeygen: null,
    keyType: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const [flag, inlineValue] = argument.startsWith('--') && argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const key = WITH_VALUE.get(flag);
    if (key) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      (options[key] as string) = value;
    } else if (flag === '--hop') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (!/^[1-9]\d{0,5}$/.test(value)) throw new UsageError(`--hop: "${value}" is not a hop number (1 = the oldest Received field)`);
      options.hop = Number(value);
    } else if (flag === '--jobs') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      // More threads than this only queue for the same cores and memory.
      if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > MAX_JOBS) throw new UsageError(`--jobs: "${value}" is not a number of threads from 1 to ${MAX_JOBS}`);
      options.jobs = Number(value);
    } else if (flag === '--summary') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (!isSummaryFormat(value)) throw new UsageError(`--summary: "${value}" is not one of ${SUMMARY_FORMATS.join(', ')}`);
      options.summary = value;
    } else if (flag === '--redact') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      const { switches, unknown } = parseRedactionList(value);
      if (unknown.length > 0) throw new UsageError(`--redact: unknown switch ${unknown.join(', ')}`);
      options.redact = switches;
    } else if (flag === '--selector') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      options.selectors.push(...value.split(',').map((s) => s.trim()).filter(Boolean));
    } else if (flag === '--record') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (!(RECORD_KINDS as readonly string[]).includes(value)) throw new UsageError(`--record: "${value}" is not one of ${RECORD_KINDS.join(', ')}`);
      options.record = value as RecordKind;
    } else if (flag === '--dkim-keygen') {
      const [selector, domain] = [inlineValue ?? argv[++i], argv[++i]];
      if (selector === undefined || domain === undefined) throw new UsageError('--dkim-keygen needs a SELECTOR and a DOMAIN');
      options.dkimKeygen = { selector, domain };
    } else if (flag === '--key-type') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (!isDkimKeyType(value)) throw new UsageError(`--key-type: "${value}" is not one of ${DKIM_KEY_TYPES.join(', ')}`);
      options.keyType = value;
    } else if (flag === '--blocklists') options.blocklists = true;
    else if (flag === '--common-selectors') options.commonSelectors = true;
    else if (flag === '--json') options.json = true;
    else if (flag === '--offline') options.offline = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else options.inputs.push(argument);
  }
  if ([options.zone !== null, options.doh !== null, options.offline].filter(Boolean).length > 1) {
    throw new UsageError('choose one of --zone, --doh and --offline');
  }
  if (options.now !== null && Number.isNaN(new Date(options.now).getTime())) {
    throw new UsageError(`--now: "${options.now}" is not an ISO time`);
  }
  if (options.redact.length > 0 && options.link === null && options.shareFile === null) throw new UsageError('--redact needs --link or --share-file');
  if (options.summary !== null && (options.json || options.link !== null)) throw new UsageError('--summary prints its rows alone: not with --json or --link');
  if (options.shareFile !== null && options.inputs.length > 1) throw new UsageError('--share-file takes one INPUT');
  if (options.blocklists && options.offline) throw new UsageError('--blocklists asks the DNS: not with --offline');
  if (options.domain !== null && options.inputs.length > 0) throw new UsageError('--domain checks a domain: give no INPUT with it');
  if (options.selectors.length > 0 && options.domain === null) throw new UsageError('--selector needs --domain');
  if (options.commonSelectors && options.domain === null) throw new UsageError('--common-selectors needs --domain');
  if (options.record !== null && (options.inputs.length !== 1 || options.domain !== null)) throw new UsageError('--record takes one INPUT: the record or a domain');
  if (options.dkimKeygen !== null && (options.inputs.length > 0 || options.domain !== null)) throw new UsageError('--dkim-keygen makes a key: give no INPUT or --domain with it');
  if (options.keyType !== null && options.dkimKeygen === null) throw new UsageError('--key-type needs --dkim-keygen');
  if (!options.help && options.domain === null && options.dkimKeygen === null && options.inputs.length === 0) throw new UsageError('no INPUT given');
  return options;
}
