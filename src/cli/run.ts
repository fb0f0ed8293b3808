// The command line's work, as a function the tests call: parse the
// options, settle the resolver, analyse every message of every INPUT
// (on --jobs threads), print in input order, and return the exit code.

import { availableParallelism } from 'node:os';
import { parseOptions, UsageError, USAGE, type CliOptions } from './options.ts';
import { inputItems, type InputItem } from './input-sources.ts';
import { InputError } from './inputs.ts';
import { renderReport } from './report.ts';
import { chooseResolver, ResolverError, type ResolverChoice } from './resolver-choice.ts';
import { troubleReporter } from './resolver-trouble.ts';
import { createWorkerPool, type Analyzer } from './worker-pool.ts';
import type { AnalyzedInput } from './analyze-input.ts';
import { share } from './share-output.ts';
import { formatSummaryRow, summaryHeader, summaryRows } from './summary.ts';
import { runDomain } from './sender-report.ts';
import { runRecord } from './records/record-command.ts';
import { runDkimKeygen } from './records/dkim.ts';
import { DEFAULT_BLOCKLIST_CHOICES } from '../core/sender/blocklists.ts';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export interface RunEnvironment {
  /** What `-` reads. */
  stdin: AsyncIterable<Uint8Array>;
  /** The script a worker thread starts: the built bin.js, or bin.ts from the sources. */
  workerEntry: URL;
  /** Where a batch's progress goes, rewritten in place; null: nowhere (standard error is not a terminal). */
  progress: ((text: string) => void) | null;
}

const DEFAULT_ENVIRONMENT: RunEnvironment = {
  stdin: process.stdin,
  workerEntry: new URL('./bin.ts', import.meta.url),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : null,
};

// Progress is redrawn every this many messages: often enough to see it move,
// rarely enough not to cost a terminal write per message.
const PROGRESS_EVERY = 50;

// Messages read ahead of the one being printed, per thread: enough to keep
// every thread busy while one message is slow, few enough that memory does
// not grow with the mailbox.
const READ_AHEAD_PER_JOB = 2;

type Outcome = { item: InputItem; analyzed: AnalyzedInput } | { item: InputItem; error: InputError | Error };

async function analyzeItem(analyzer: Analyzer, options: CliOptions, resolver: ResolverChoice, item: InputItem): Promise<Outcome> {
  if ('error' in item) return { item, error: item.error };
  try {
    const analyzed = await analyzer.analyze({
      input: item.loaded,
      resolver,
      overrides: { now: options.now, ip: options.ip, helo: options.helo, mailFrom: options.mailFrom, hop: options.hop },
      ...(options.blocklists ? { blocklists: [...DEFAULT_BLOCKLIST_CHOICES] } : {}),
    });
    return { item, analyzed };
  } catch (error) {
    return { item, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

export async function run(argv: string[], out: (line: string) => void, err: (line: string) => void, environment: Partial<RunEnvironment> = {}): Promise<number> {
  const { stdin, workerEntry, progress } = { ...DEFAULT_ENVIRONMENT, ...environment };
  let options: CliOptions;
  let resolver: ResolverChoice;
  try {
    options = parseOptions(argv);
    if (options.help) {
      out(USAGE);
      return EXIT_OK;
    }
    resolver = await chooseResolver(options);
  } catch (error) {
    if (error instanceof UsageError) err(`mail-lab: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ResolverError) err(`mail-lab: ${error.message}`);
    else throw error;
    return EXIT_USAGE;
  }

  if (options.dkimKeygen !== null) {
    return runDkimKeygen({ ...options.dkimKeygen, keyType: options.keyType ?? 'rsa2048', json: options.json }, out, err);
  }

  if (options.record !== null) return runRecord(options.record, options.inputs[0]!, { json: options.json, resolver }, out, err);

  if (options.domain !== null) {
    return runDomain({ domain: options.domain, selectors: options.selectors, commonSelectors: options.commonSelectors, blocklists: options.blocklists, json: options.json, resolver }, out, err);
  }

  let exitCode = EXIT_OK;
  const troubles = troubleReporter(err);
  const summaryFormat = options.summary;
  const summaryTitle = summaryFormat ? summaryHeader(summaryFormat) : null;
  if (summaryTitle !== null) out(summaryTitle);

  let printed = 0;
  async function print(outcome: Outcome): Promise<void> {
    await printOutcome(outcome);
    printed++;
    if (progress && printed % PROGRESS_EVERY === 0) progress(`mail-lab: ${printed} messages`);
  }

  async function printOutcome({ item, ...result }: Outcome): Promise<void> {
    if ('error' in result) {
      // One bad input must not stop the others: it gets its own error object.
      exitCode = EXIT_BAD_INPUT;
      const code = result.error instanceof InputError ? result.error.code : 'failed';
      if (options.json) out(JSON.stringify({ error: { code, input: item.input, message: result.error.message } }));
      else err(`${item.input}: ${result.error.message}`);
      return;
    }
    const { analysis } = result.analyzed;
    const input = 'loaded' in item ? item.loaded : null;
    if (analysis.message === null) exitCode = EXIT_BAD_INPUT;
    troubles.report(result.analyzed.trouble);
    if (summaryFormat) {
      for (const row of summaryRows(item.input, item.index, analysis)) out(formatSummaryRow(summaryFormat, row));
      return;
    }
    if (input && (options.link !== null || options.shareFile !== null)) await share(options, input, result.analyzed, out, err);
    if (options.link === null) out(options.json ? JSON.stringify(analysis) : renderReport(input?.path ?? item.input, analysis));
  }

  const jobs = options.jobs ?? availableParallelism();
  const analyzer = createWorkerPool(jobs, workerEntry);
  const inFlight: Promise<Outcome>[] = [];
  try {
    for await (const item of inputItems(options.inputs, stdin)) {
      inFlight.push(analyzeItem(analyzer, options, resolver, item));
      if (inFlight.length >= jobs * READ_AHEAD_PER_JOB) await print(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await print(await inFlight.shift()!);
  } finally {
    await analyzer.close();
    if (progress && printed >= PROGRESS_EVERY) progress(`mail-lab: ${printed} messages\n`);
  }
  return troubles.any ? EXIT_USAGE : exitCode;
}
