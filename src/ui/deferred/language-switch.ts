// A change of the page's language shows the same result in the other
// language. Each language has a worker of its own that carries only its
// prose (issue 18: the worker's size), so the result shown is made again by
// the new language's worker from the DNS answers it was made with (its
// snapshot, and its failed lookups failed again: src/dns/recorded.ts), at
// the same clock, with the same envelope, hop and
// blocklists: the same verdicts, and no DNS question asked. The page
// switches in the same moment the new result is shown (I18n.beforeSwitch),
// so it is never half in one language.

import type { AnalysisSession } from '../analysis-session.svelte.ts';
import { recheckLookups } from '../analysis-session.svelte.ts';
import type { AnalyzeRequest, AnalyzeSuccess } from '../../worker/api.ts';
import type { AnalysisClient } from '../../worker/client.ts';
import type { Language } from '../i18n/i18n.svelte.ts';
import type { ZoneFile } from '../../dns/zone-file.ts';

/**
 * `shown`'s message analysed again by `worker` with `shown`'s own answers
 * and failures (or with the answers of `zone`, edited by what-if); null if
 * the worker failed.
 */
export async function analyseAgain(session: AnalysisSession, worker: AnalysisClient, shown: AnalyzeSuccess, zone?: ZoneFile): Promise<AnalyzeSuccess | null> {
  const lists = shown.analysis.sender?.lists;
  const request: AnalyzeRequest = {
    message: await session.messageBytes(),
    dns: zone ? { kind: 'zone', zone, label: 'what-if' } : { kind: 'recorded', zone: shown.snapshot, evidence: shown.evidence, label: 'language switch' },
    now: shown.analysis.now,
    ...(session.givenEnvelope ? { envelope: session.givenEnvelope } : {}),
    ...(session.envelopeHop !== null ? { envelopeHop: session.envelopeHop } : {}),
    ...(lists && lists.length > 0 ? { blocklists: lists.map((list) => ({ ...list })) } : {}),
  };
  const response = await worker.analyze(request);
  // The evidence and the snapshot stay the first run's: they say which resolver answered.
  return response.ok ? { ...shown, analysis: response.analysis } : null;
}

/** Prepares the session's result (and its live re-check) in `language`; what it returns shows them. */
export async function reshowInLanguage(session: AnalysisSession, language: Language): Promise<(() => void) | void> {
  const shown = session.response;
  if (!shown?.ok || !session.hasInput) return;
  const worker = session.workerFor(language);
  // A redacted share shows the link's verdicts from before redaction over its replay: both again.
  const replayedBefore = session.replayed;
  const source = session.responseSource;
  const verified = session.shared?.verifiedBeforeRedaction;
  const base = replayedBefore ? { ...shown, analysis: replayedBefore } : shown;
  const remade = await analyseAgain(session, worker, base);
  if (!remade) return;
  let response: AnalyzeSuccess = remade;
  let newSource = source;
  if (replayedBefore && verified && source.kind === 'shared') {
    const before = await worker.verdictsBeforeRedaction(remade.analysis, verified);
    if (!before) return;
    const { analysis, ...beforeRedaction } = before;
    response = { ...remade, analysis };
    newSource = { ...source, beforeRedaction };
  }
  const live = session.liveResponse;
  const liveCheck = session.liveCheck;
  let liveAgain: { response: AnalyzeSuccess; check: typeof liveCheck } | null = null;
  if (live && liveCheck?.ok) {
    const liveRemade = await analyseAgain(session, worker, live);
    const outcome = liveRemade ? await worker.liveRecheck(replayedBefore ? remade.analysis : response.analysis, liveRemade.analysis, recheckLookups(live), { offline: session.offline }) : null;
    if (liveRemade && outcome) liveAgain = { response: liveRemade, check: { ok: true, outcome } };
  }
  return () => {
    // A newer result arrived meanwhile: it stands.
    if (session.response !== shown) return;
    session.response = response;
    session.responseSource = newSource;
    session.replayed = replayedBefore ? remade.analysis : null;
    if (liveAgain) {
      session.liveResponse = liveAgain.response;
      session.liveCheck = liveAgain.check;
    }
  };
}
