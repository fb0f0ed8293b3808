// Command-line options of `npm run analyze`. Hand-written rather than a
// library: there are few, and every error must name the option at fault.

import { parseRedactionList, type RedactionSwitch } from '../core/share/redaction-switches.ts';

export const USAGE = `Usage: npm run analyze -- [options] INPUT...

INPUT is an .eml file, or a fixture case folder (message.eml, zone.json and
case.json, whose "now" and "smtp" are used), or a Mail Lab share: a link
("https://…#v1.…") or a .maillab.json file, replayed offline with its own
DNS answers, clock and envelope.

Options:
  --json            one Analysis JSON object per line, in input order
  --zone FILE       answer DNS from this zone.json (no network)
  --doh URL         DNS-over-HTTPS endpoint (RFC 8484); or cloudflare, google, quad9
  --offline         no DNS at all: every lookup is a temporary error
  --now ISO         the clock for signature expiry (default: now)
  --ip ADDRESS      SMTP client address (default: inferred from Received)
  --helo NAME       HELO/EHLO name (default: inferred)
  --mail-from ADDR  MAIL FROM address, "" for the null sender (default: Return-Path)
  --hop N           check SPF for the client of Received hop N, 1 = the oldest
                    (default: the hop where the receiving organisation took it)
  --link BASE_URL   print a share link for each INPUT instead of the analysis
                    (the message, settings and DNS answers, in the link's fragment)
  --share-file FILE write the share as a .maillab.json file (one INPUT)
  --redact LIST     redact before sharing, comma-separated: body, local-parts,
                    addresses, display-names, ip-addresses, internal-hosts,
                    message-ids, tenant-ids, or all
  --help            this text

Exit codes:
  0  every input was analysed
  1  at least one input could not be read or is not a mail message
  2  the command line is wrong`;

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
  help: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

const WITH_VALUE = new Map<string, keyof CliOptions>([
  ['--zone', 'zone'],
  ['--doh', 'doh'],
  ['--now', 'now'],
  ['--ip', 'ip'],
  ['--helo', 'helo'],
  ['--mail-from', 'mailFrom'],
  ['--link', 'link'],
  ['--share-file', 'shareFile'],
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
    help: false,
    inputs: [],
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
    } else if (flag === '--redact') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      const { switches, unknown } = parseRedactionList(value);
      if (unknown.length > 0) throw new UsageError(`--redact: unknown switch ${unknown.join(', ')}`);
      options.redact = switches;
    } else if (flag === '--json') options.json = true;
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
  if (options.shareFile !== null && options.inputs.length > 1) throw new UsageError('--share-file takes one INPUT');
  if (!options.help && options.inputs.length === 0) throw new UsageError('no INPUT given');
  return options;
}
