// Command-line options of `npm run analyze`. Hand-written rather than a
// library: there are few, and every error must name the option at fault.

export const USAGE = `Usage: npm run analyze -- [options] INPUT...

INPUT is an .eml file, or a fixture case folder (message.eml, zone.json and
case.json, whose "now" and "smtp" are used).

Options:
  --json            one Analysis JSON object per line, in input order
  --zone FILE       answer DNS from this zone.json (no network)
  --doh URL         DNS-over-HTTPS endpoint (RFC 8484); or cloudflare, google, quad9
  --offline         no DNS at all: every lookup is a temporary error
  --now ISO         the clock for signature expiry (default: now)
  --ip ADDRESS      SMTP client address (default: inferred from Received)
  --helo NAME       HELO/EHLO name (default: inferred)
  --mail-from ADDR  MAIL FROM address, "" for the null sender (default: Return-Path)
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
  if (!options.help && options.inputs.length === 0) throw new UsageError('no INPUT given');
  return options;
}
