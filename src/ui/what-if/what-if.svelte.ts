// What-if DNS (issue 15): the TXT records of a result's own DNS answers as
// drafts the reader edits (an SPF qualifier, a removed DKIM key, a DMARC
// policy, an added ip4:), then the same message analysed again with the
// edited answers and compared with the result shown. The page only edits
// DNS answers; reading the message and comparing the verdicts is the core's.

import type { AnalyzeSuccess, WorkerProblem } from '../../worker/api.ts';
import type { WhatIfOutcome } from '../../worker/what-if-api.ts';
import type { ZoneEntry, ZoneFile } from '../../dns/zone-file.ts';
import type { AnalysisSession } from '../analysis-session.svelte.ts';
import type { Language } from '../i18n/i18n.svelte.ts';
import { analyseAgain } from '../deferred/language-switch.ts';

export interface TxtDraft {
  id: number;
  name: string;
  value: string;
  /** The value in the original answers; null for a record the reader added. */
  original: string | null;
  removed: boolean;
}

export type WhatIfRun = { ok: true; outcome: WhatIfOutcome } | { ok: false; problem: WorkerProblem };

const joined = (record: string | string[]) => (Array.isArray(record) ? record.join('') : record);

/** Every TXT record of a zone.json, one draft each, by name. */
export function txtDrafts(zone: ZoneFile): TxtDraft[] {
  let id = 0;
  return Object.entries(zone.records)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, entry]) => (entry.TXT ?? []).map((record) => ({ id: id++, name, value: joined(record), original: joined(record), removed: false })));
}

/** The zone with its TXT records as the drafts say; every other answer as it was. */
export function editedZone(zone: ZoneFile, drafts: readonly TxtDraft[]): ZoneFile {
  const records: Record<string, ZoneEntry> = {};
  for (const [name, entry] of Object.entries(zone.records)) {
    const { TXT: _txt, ...rest } = entry;
    records[name] = rest;
  }
  for (const draft of drafts) {
    if (draft.removed || draft.name.trim() === '') continue;
    const name = draft.name.trim().toLowerCase().replace(/\.$/, '');
    const entry = records[name] ?? {};
    records[name] = { ...entry, TXT: [...(entry.TXT ?? []), draft.value] };
  }
  return { records };
}

export class WhatIf {
  drafts = $state<TxtDraft[]>([]);
  /** The last run, with the result it was compared with: a newer result makes it stale. */
  run = $state.raw<{ base: AnalyzeSuccess; result: WhatIfRun; zone: ZoneFile } | null>(null);
  #base: AnalyzeSuccess | null = null;
  #nextId = 0;
  /** The page's session, read at each use (a component's prop may change). */
  readonly #session: () => AnalysisSession;

  constructor(session: () => AnalysisSession) {
    this.#session = session;
  }

  /** A new result starts from its own answers; the same answers shown in another language keep the drafts. */
  follow(shown: AnalyzeSuccess): void {
    if (shown.snapshot === this.#base?.snapshot) this.#base = shown;
    else this.load(shown);
  }

  /** Starts (or starts again) from the answers of `shown`. */
  load(shown: AnalyzeSuccess): void {
    this.#base = shown;
    this.drafts = txtDrafts(shown.snapshot);
    this.#nextId = this.drafts.length;
    this.run = null;
  }

  get edited(): boolean {
    return this.drafts.some((draft) => draft.removed || draft.value !== draft.original);
  }

  add(name: string): void {
    this.drafts = [...this.drafts, { id: this.#nextId++, name, value: '', original: null, removed: false }];
  }

  async analyse(): Promise<void> {
    const base = this.#base;
    if (!base) return;
    const zone = editedZone(base.snapshot, this.drafts);
    const after = await this.#session().analyseAside({ kind: 'zone', zone: zone as never, label: 'what-if' }, base.analysis.now);
    if (!after) return;
    if (!after.ok) {
      this.run = { base, result: { ok: false, problem: after.problem }, zone };
      return;
    }
    const outcome = await this.#session().worker.compareWhatIf(base.analysis, after.analysis, base.snapshot, zone);
    this.run = { base, result: outcome ? { ok: true, outcome } : { ok: false, problem: { code: 'worker-crashed', message: 'The two results could not be compared.' } }, zone };
  }

  /**
   * The comparison shown, made again by the worker of `language` from the
   * same answers, before and after the edits (deferred/language-switch.ts):
   * applied once the result it compares with is shown in that language.
   */
  async inLanguage(language: Language): Promise<(() => void) | void> {
    const last = this.run;
    if (!last?.result.ok) return;
    const session = this.#session();
    const worker = session.workerFor(language);
    const before = await analyseAgain(session, worker, last.base);
    const after = before && (await analyseAgain(session, worker, last.base, last.zone));
    const outcome = before && after && (await worker.compareWhatIf(before.analysis, after.analysis, last.base.snapshot, last.zone));
    if (!outcome) return;
    return () => {
      const shown = session.response;
      if (this.run !== last || !shown?.ok || shown.snapshot !== last.base.snapshot) return;
      this.#base = shown;
      this.run = { base: shown, result: { ok: true, outcome }, zone: last.zone };
    };
  }
}
