// The agreement figures of one corpus run: every case's outcome, the table
// of known disagreements checked both ways (an unlisted disagreement fails,
// and so does a listed one that no longer disagrees as listed), a printed
// summary, and test-results/corpus/<corpus>.json for the README to quote.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Who the disagreement is down to. */
export type Cause =
  /** mailauth, the verification engine. */
  | 'engine'
  /** Our code under src/ (adapter, mapping, DNS, inference). */
  | 'our-code'
  /** The corpus expectation or its conversion. */
  | 'corpus'
  /** The corpus follows a tool, or an older or newer RFC, where we follow the RFC we implement; documented. */
  | 'rfc-vs-tool';

export interface KnownDisagreement {
  cause: Cause;
  /** One line: why we disagree. "OUR BUG: ..." for a bug in src/ not yet fixed. */
  reason: string;
  /** What we give, exactly as the report prints `got`: if that changes, the entry is stale. */
  got: string;
}

/** Keyed by `suite/case id`, as the report prints them. */
export type KnownTable = Readonly<Record<string, KnownDisagreement>>;

export interface CaseOutcome {
  suite: string;
  id: string;
  /** The expectation in words, e.g. `spf=permerror` or `dkim[0]=pass|neutral`. */
  expected: string;
  /** What we said, in the same words; empty when the case was not replayed. */
  got: string;
  /** Every way we differ from the expectation; empty when we agree. */
  differences: string[];
  /** What the analysis said about why: reasons, engine words, mappings. */
  diagnosis: string;
  /** Set when the case was not compared at all, with the reason. */
  excluded?: { kind: 'not-replayable' | 'no-expectation'; reason: string };
}

export interface SuiteFigures {
  suite: string;
  cases: number;
  compared: number;
  agree: number;
  disagree: number;
  knownDisagree: number;
  notReplayable: number;
  noExpectation: number;
}

const RESULTS_FOLDER = fileURLToPath(new URL('../../../test-results/corpus/', import.meta.url));

function engineVersion(): string {
  const path = fileURLToPath(new URL('../../../node_modules/mailauth/package.json', import.meta.url));
  try {
    return JSON.parse(readFileSync(path, 'utf8')).version as string;
  } catch {
    // The version is only a label in the results file; its absence must not hide the figures.
    return 'unknown';
  }
}

export class CorpusReport {
  readonly corpus: string;
  readonly known: KnownTable;
  readonly outcomes: CaseOutcome[] = [];
  /** Extra figures printed under the summary and kept in the results file. */
  readonly notes: string[] = [];

  /** Printed before each suite's figures; the corpus name unless given. */
  readonly label: string;

  constructor(corpus: string, known: KnownTable, label = corpus) {
    this.corpus = corpus;
    this.known = known;
    this.label = label;
  }

  add(outcome: CaseOutcome): void {
    this.outcomes.push(outcome);
  }

  note(line: string): void {
    this.notes.push(line);
  }

  static key(outcome: Pick<CaseOutcome, 'suite' | 'id'>): string {
    return `${outcome.suite}/${outcome.id}`;
  }

  static disagrees(outcome: CaseOutcome): boolean {
    return !outcome.excluded && outcome.differences.length > 0;
  }

  figures(): SuiteFigures[] {
    const suites = [...new Set(this.outcomes.map((o) => o.suite))];
    return suites.map((suite) => {
      const mine = this.outcomes.filter((o) => o.suite === suite);
      const compared = mine.filter((o) => !o.excluded);
      const disagree = compared.filter(CorpusReport.disagrees);
      return {
        suite,
        cases: mine.length,
        compared: compared.length,
        agree: compared.length - disagree.length,
        disagree: disagree.length,
        knownDisagree: disagree.filter((o) => CorpusReport.key(o) in this.known).length,
        notReplayable: mine.filter((o) => o.excluded?.kind === 'not-replayable').length,
        noExpectation: mine.filter((o) => o.excluded?.kind === 'no-expectation').length,
      };
    });
  }

  /** Disagreements the known table does not list. */
  unexpected(): string[] {
    return this.outcomes
      .filter((o) => CorpusReport.disagrees(o) && !(CorpusReport.key(o) in this.known))
      .map((o) => `${CorpusReport.key(o)}: expected ${o.expected}, got ${o.got} — ${o.differences.join('; ')} — ${o.diagnosis}`);
  }

  /** Known-table entries that are no longer true: the case agrees, says something else, or is gone. */
  stale(): string[] {
    const byKey = new Map(this.outcomes.map((o) => [CorpusReport.key(o), o]));
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(this.known)) {
      const outcome = byKey.get(key);
      if (!outcome) problems.push(`${key}: listed as a known disagreement, but no such case ran`);
      else if (outcome.excluded) problems.push(`${key}: listed as a known disagreement, but it was not compared (${outcome.excluded.reason})`);
      else if (!CorpusReport.disagrees(outcome)) problems.push(`${key}: listed as a known disagreement, but it now agrees (${outcome.got}): remove it from the table`);
      else if (outcome.got !== entry.got) problems.push(`${key}: listed with got ${entry.got}, but now gives ${outcome.got} — ${outcome.diagnosis}`);
    }
    return problems;
  }

  summary(): string {
    const lines: string[] = [];
    for (const f of this.figures()) {
      const extra = [
        f.disagree > 0 ? `${f.disagree} disagree (${f.knownDisagree} known)` : '',
        f.notReplayable > 0 ? `${f.notReplayable} not replayable` : '',
        f.noExpectation > 0 ? `${f.noExpectation} without an RFC 8601 expectation` : '',
      ].filter(Boolean);
      const agreement = f.compared > 0 ? `${f.agree}/${f.compared} agree` : 'none compared';
      lines.push(`${this.label} ${f.suite}: ${agreement}${extra.length ? `; ${extra.join('; ')}` : ''}${f.cases !== f.compared ? ` (${f.cases} cases)` : ''}`);
    }
    for (const note of this.notes) lines.push(`  ${note}`);
    for (const o of this.outcomes.filter(CorpusReport.disagrees)) {
      const known = this.known[CorpusReport.key(o)];
      const label = known ? `known, ${known.cause}: ${known.reason}` : 'NOT IN THE KNOWN TABLE';
      lines.push(`  DISAGREE ${CorpusReport.key(o)}: expected ${o.expected}, got ${o.got} — ${label} — ${o.diagnosis}`);
    }
    for (const o of this.outcomes.filter((x) => x.excluded)) {
      lines.push(`  ${o.excluded!.kind === 'not-replayable' ? 'NOT REPLAYABLE' : 'NO EXPECTATION'} ${CorpusReport.key(o)}: ${o.excluded!.reason}${o.got ? ` (we say ${o.got})` : ''}`);
    }
    for (const line of this.stale()) lines.push(`  STALE KNOWN ENTRY ${line}`);
    return lines.join('\n');
  }

  /** Writes test-results/corpus/<corpus>.json; returns its path. */
  write(): string {
    mkdirSync(RESULTS_FOLDER, { recursive: true });
    const path = join(RESULTS_FOLDER, `${this.corpus}.json`);
    const disagreements = this.outcomes.filter(CorpusReport.disagrees).map((o) => ({
      suite: o.suite,
      id: o.id,
      expected: o.expected,
      got: o.got,
      known: this.known[CorpusReport.key(o)] ?? null,
      differences: o.differences,
      diagnosis: o.diagnosis,
    }));
    const excluded = this.outcomes
      .filter((o) => o.excluded)
      .map((o) => ({ suite: o.suite, id: o.id, kind: o.excluded!.kind, reason: o.excluded!.reason, expected: o.expected, got: o.got || null }));
    const data = {
      corpus: this.corpus,
      engine: `mailauth ${engineVersion()}`,
      suites: this.figures(),
      notes: this.notes,
      disagreements,
      excluded,
      staleKnownEntries: this.stale(),
      outcomes: this.outcomes.map(({ suite, id, expected, got }) => ({ suite, id, expected, got })),
    };
    writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);
    return path;
  }
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
