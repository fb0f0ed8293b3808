// The page's state for one message: what to analyse, where its DNS answers
// come from, what DNS is still pending, and the worker's last response. The
// page never parses mail itself; it hands bytes to the worker and shows
// what comes back.

import { AnalysisClient } from '../worker/client.ts';
import type { AnalyzeResponse, AnalyzeSuccess, DnsSettings, LookupEvent, WorkerProblem } from '../worker/api.ts';
import type { OpenedShare, RedactedExport, SharePackage } from '../worker/share-api.ts';
import type { EnvelopeInput } from '../core/hops/infer-envelope.ts';
import type { Problem } from '../core/analysis.ts';
import type { RedactionSwitch } from '../core/share/redaction-switches.ts';
import type { VerdictsShown } from '../core/share/verdicts-before-redaction.ts';
import type { RecheckOutcome } from '../core/share/live-recheck.ts';
import type { Settings } from './settings/settings.svelte.ts';
import type { DohPresetId } from '../dns/presets.ts';
import { encodeText } from './input/encode-text.ts';
import type { DomainCheckRequest, DomainCheckResponse } from '../worker/sender-api.ts';
import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import { i18n, type Language } from './i18n/i18n.svelte.ts';
import { deferred } from './deferred/deferred.svelte.ts';

/**
 * An opened file, kept as a Blob: each analysis reads it afresh, which the
 * browser does off the main thread, so a 50 MB file is never copied there.
 */
export interface OpenedFile {
  name: string;
  blob: Blob;
}

/** A frozen set of DNS answers to replay: a loaded zone.json, a sample's or a share's own. */
export interface FrozenDns {
  name: string;
  zone: unknown;
  /** The clock the answers belong to (a sample's signing day, a share's analysis); null: now. */
  now: string | null;
}

export interface PendingLookup {
  name: string;
  type: string;
}

/** What a share brought beside the message: what was redacted, and the verdicts from before. */
export type SharedContext = Pick<OpenedShare, 'redaction' | 'verifiedBeforeRedaction'>;

/**
 * Whose DNS answers a verdict rests on. Live answers come from the resolver
 * the reader chose; frozen ones from a sample or a loaded zone.json; shared
 * ones came with a link, so they are its maker's claim: a link can carry any
 * answers at all, a forged key for paypal.com included.
 */
export type VerdictSource = { kind: 'live' } | { kind: 'frozen'; name: string } | { kind: 'shared'; name: string; beforeRedaction?: BeforeRedaction };

/** Per verdict of a redacted share: whether the link's pre-redaction claim is shown, and what the redacted copy gave. */
export type BeforeRedaction = Omit<VerdictsShown, 'analysis'>;

/** A live re-check of a shared analysis: what it found, or the problem that stopped it. */
export type LiveRecheck = { ok: true; outcome: RecheckOutcome } | { ok: false; problem: WorkerProblem };

/** How each DNS question of a live re-check fared, as the comparison reads it. */
export function recheckLookups(live: AnalyzeSuccess) {
  return live.evidence.map(({ rcode, resolver, error }) => ({ rcode, resolver, ...(error !== undefined ? { error } : {}) }));
}

export class AnalysisSession {
  text = $state('');
  /** A paste too large for the text area, kept here instead. */
  largePaste = $state.raw<string | null>(null);
  file = $state.raw<OpenedFile | null>(null);
  frozenDns = $state.raw<FrozenDns | null>(null);
  /** The hop the user picked for SPF; null: let the analysis infer it. */
  envelopeHop = $state<number | null>(null);
  /** The SMTP envelope as given (by a share); null: inferred from the message. */
  givenEnvelope = $state.raw<EnvelopeInput | null>(null);
  shared = $state.raw<SharedContext | null>(null);
  /** The DNS blocklists a share's analysis asked: asked again of its frozen answers. */
  sharedBlocklists: BlocklistChoice[] | null = null;
  /** A share that could not be opened. */
  shareProblem = $state.raw<Problem | WorkerProblem | null>(null);
  running = $state(false);
  pending = $state.raw<PendingLookup[]>([]);
  response = $state.raw<AnalyzeResponse | null>(null);
  /** Whose DNS answers `response` rests on; set together with it. */
  responseSource = $state.raw<VerdictSource>({ kind: 'live' });
  /** Counts finished analyses: lets tests and assistive tech tell a new result from the last one. */
  completed = $state(0);
  /** The input folded to one line, so the result is in view; Edit opens it again. */
  collapsed = $state(false);
  /** Counts results that were brought into view (focus moved, result announced); a re-run for another SPF hop is not one. */
  revealed = $state(0);
  /** The same message analysed again with live DNS, to see what changed since it was shared. */
  liveCheck = $state.raw<LiveRecheck | null>(null);
  /** The live analysis that liveCheck compared: a language switch compares it again. */
  liveResponse: AnalyzeSuccess | null = null;

  /**
   * A redacted share's copy as replayed with the link's DNS answers, when
   * `response` shows the verdicts from before redaction instead: a live
   * re-check of the same copy is compared with this.
   */
  replayed: AnalyzeSuccess['analysis'] | null = null;
  readonly #settings: Settings;
  /** A worker per page language, each carrying only its own prose (issue 18); started on first use. */
  readonly #workers: Partial<Record<Language, AnalysisClient>> = {};

  constructor(settings: Settings) {
    this.#settings = settings;
    // The result shown is made again in the new language before the page switches (deferred/language-switch.ts).
    i18n.beforeSwitch((language) => deferred.load().then((views) => views.reshowInLanguage(this, language)));
  }

  /** The worker of a page language. */
  workerFor(language: Language): AnalysisClient {
    return (this.#workers[language] ??= new AnalysisClient({ language }));
  }

  get hasInput(): boolean {
    return this.file !== null || this.largePaste !== null || this.text.trim().length > 0;
  }

  dnsSettings(): DnsSettings {
    // A frozen zone answers everything, so nothing is fetched: it is allowed
    // in offline mode too.
    if (this.frozenDns) return { kind: 'zone', zone: this.frozenDns.zone as never, label: this.frozenDns.name };
    return this.#settings.dnsSettings();
  }

  /** Chooses another resolver (remembered like a choice in the settings) and runs the analysis again with it. */
  async switchResolver(preset: DohPresetId): Promise<void> {
    this.#settings.resolver = preset;
    await this.run();
  }

  /** Re-runs the analysis with SPF evaluated at another hop; null goes back to the hop the analysis infers. */
  async pickHop(hop: number | null): Promise<void> {
    this.envelopeHop = hop;
    // The reader is looking at the hops: keep them in view, focus where it is.
    await this.run({ reveal: false });
  }

  /** Puts the original a forward carried in the input, in place of the forward, and analyses it. */
  async openOriginal(message: string): Promise<void> {
    this.setText(message);
    await this.run();
  }

  #newMessage(): void {
    this.envelopeHop = null;
    this.givenEnvelope = null;
    this.shared = null;
    this.sharedBlocklists = null;
    this.liveCheck = null;
    this.shareProblem = null;
    this.replayed = null;
  }

  openFile(file: OpenedFile): void {
    this.#newMessage();
    this.file = file;
    this.text = '';
    this.largePaste = null;
  }

  setText(text: string): void {
    this.#newMessage();
    this.text = text;
    this.file = null;
    this.largePaste = null;
  }

  pasteLarge(text: string): void {
    this.#newMessage();
    this.largePaste = text;
    this.text = '';
    this.file = null;
  }

  useFrozenDns(frozen: FrozenDns | null): void {
    this.frozenDns = frozen;
  }

  async messageBytes(): Promise<ArrayBuffer> {
    // A file keeps its bytes as they are (they may not be UTF-8); pasted
    // text is UTF-8. Either way a fresh buffer, as it is transferred away.
    return this.file ? this.file.blob.arrayBuffer() : encodeText(this.largePaste ?? this.text);
  }

  async #analyse(dns: DnsSettings, now: string | null): Promise<AnalyzeResponse | null> {
    const message = await this.messageBytes();
    this.pending = [];
    const response = await this.worker.analyze(
      {
        message,
        dns,
        ...(now ? { now } : {}),
        ...(this.givenEnvelope ? { envelope: this.givenEnvelope } : {}),
        ...(this.envelopeHop !== null ? { envelopeHop: this.envelopeHop } : {}),
        // Only live answers, or a share's frozen answers to the lists it asked:
        // another frozen zone, without the lists' names, would read as "not listed".
        // The lists' module (their descriptions in two languages) loads only then (issue 18: first paint).
        ...(this.#settings.blocklists && dns.kind === 'doh' ? { blocklists: [...(await import('../core/sender/blocklists.ts')).DEFAULT_BLOCKLIST_CHOICES] } : {}),
        ...(this.sharedBlocklists && dns.kind === 'zone' ? { blocklists: this.sharedBlocklists } : {}),
      },
      (event) => this.#onLookup(event),
    );
    return !response.ok && response.problem.code === 'superseded' ? null : response;
  }

  /** "Check a domain" through the same worker (src/ui/sender). */
  checkDomain(request: DomainCheckRequest): Promise<DomainCheckResponse> {
    return this.worker.checkDomain(request);
  }

  #source(): VerdictSource {
    if (!this.frozenDns) return { kind: 'live' };
    return this.shared ? { kind: 'shared', name: this.frozenDns.name } : { kind: 'frozen', name: this.frozenDns.name };
  }

  /** Opens the input again after it was folded away for the result. */
  edit(): void {
    this.collapsed = false;
  }

  async run(options: { reveal?: boolean } = {}): Promise<void> {
    if (!this.hasInput) return;
    this.running = true;
    let source = this.#source();
    try {
      let response = await this.#analyse(this.dnsSettings(), this.frozenDns?.now ?? null);
      let replayed: AnalyzeSuccess['analysis'] | null = null;
      const verified = this.shared?.verifiedBeforeRedaction;
      if (response?.ok && source.kind === 'shared' && verified) {
        // Without the worker's answer the replay stays, still marked as the link's claim on every card.
        const shown = await this.worker.verdictsBeforeRedaction(response.analysis, verified);
        if (shown) {
          const { analysis, ...beforeRedaction } = shown;
          replayed = response.analysis;
          response = { ...response, analysis };
          source = { ...source, beforeRedaction };
        }
      }
      if (response) {
        this.response = response;
        this.responseSource = source;
        this.replayed = replayed;
        this.liveCheck = null;
        this.completed += 1;
        if (options.reveal !== false) this.#reveal(response);
      }
    } finally {
      this.running = false;
      this.pending = [];
    }
  }

  #reveal(response: AnalyzeResponse): void {
    // Only a message is folded away: input that was not one stays open to be fixed.
    this.collapsed = response.ok && response.analysis.message !== null;
    this.revealed += 1;
  }

  /** Analyses the shared message again with live DNS, and compares it with the shared result. */
  async recheckLive(): Promise<void> {
    const frozen = this.replayed ?? (this.response?.ok ? this.response.analysis : null);
    if (!frozen) return;
    this.running = true;
    this.liveCheck = null;
    try {
      const live = await this.#analyse(this.#settings.dnsSettings(), null);
      if (!live) return;
      if (!live.ok) {
        this.liveCheck = live;
        return;
      }
      this.liveResponse = live;
      const outcome = await this.worker.liveRecheck(frozen, live.analysis, recheckLookups(live), { offline: this.#settings.offline });
      this.liveCheck = outcome ? { ok: true, outcome } : { ok: false, problem: { code: 'worker-crashed', message: 'The re-check could not be compared.' } };
    } finally {
      this.running = false;
      this.pending = [];
    }
  }

  get offline(): boolean {
    return this.#settings.offline;
  }

  /** The worker of the page's language, for the analysis and the calls beside it (what-if). */
  get worker(): AnalysisClient {
    return this.workerFor(i18n.language);
  }

  /**
   * The message analysed again aside, at `now` and with the same envelope,
   * with `dns` as its only DNS: the result shown stays as it is. Null when
   * a newer analysis superseded it.
   */
  async analyseAside(dns: DnsSettings, now: string): Promise<AnalyzeResponse | null> {
    this.running = true;
    try {
      return await this.#analyse(dns, now);
    } finally {
      this.running = false;
      this.pending = [];
    }
  }

  /** Opens a share link or .maillab.json file and replays its analysis with the DNS answers it carries. */
  async openShared(input: { link: string } | { file: ArrayBuffer }, name: string): Promise<void> {
    const opened = await this.worker.openShare(input);
    if (!opened.ok) {
      this.shareProblem = opened.problem;
      return;
    }
    this.#newMessage();
    this.file = { name, blob: new Blob([opened.message]) };
    this.text = '';
    this.largePaste = null;
    this.givenEnvelope = opened.envelope;
    this.envelopeHop = opened.hop;
    this.shared = { redaction: opened.redaction, verifiedBeforeRedaction: opened.verifiedBeforeRedaction };
    this.sharedBlocklists = opened.blocklists;
    this.frozenDns = { name, zone: opened.zone, now: opened.now };
    await this.run();
  }

  /** A link and a file for the last analysis, redacted as asked. */
  async makeShare(redact: RedactionSwitch[], baseUrl: string): Promise<SharePackage | { ok: false; problem: WorkerProblem }> {
    const response = this.response;
    if (!response?.ok || !this.hasInput) return { ok: false, problem: { code: 'bad-request', message: 'There is no analysis to share.' } };
    return this.worker.makeShare({ ...(await this.#shareRequest(response, redact)), baseUrl });
  }

  /** What a share of the last analysis is made of. */
  async #shareRequest(response: AnalyzeSuccess, redact: RedactionSwitch[]) {
    return {
      // The same bytes the analysis read: the file as opened, or the text as it stands.
      message: await this.messageBytes(),
      analysis: response.analysis,
      snapshot: response.snapshot,
      ...(this.givenEnvelope ? { envelope: this.givenEnvelope } : {}),
      hop: this.envelopeHop,
      redact,
    };
  }

  /** The last analysis redacted as asked, analysed again as its recipient would: what the exports give while switches are on. */
  async redactedExport(redact: RedactionSwitch[], language: 'en' | 'de'): Promise<RedactedExport | null> {
    const response = this.response;
    if (!response?.ok || !this.hasInput) return null;
    const result = await this.worker.redactedExport({ ...(await this.#shareRequest(response, redact)), language });
    return result.ok ? result : null;
  }

  async markdown(language: 'en' | 'de'): Promise<string | null> {
    const response = this.response;
    if (!response?.ok) return null;
    return this.worker.markdownReport(response.analysis, {
      language,
      dnsAnswers: response.evidence.length,
      redaction: this.shared?.redaction ?? null,
      verifiedBeforeRedaction: this.shared?.verifiedBeforeRedaction ?? null,
    });
  }

  #onLookup(event: LookupEvent): void {
    if (event.phase === 'asked') {
      this.pending = [...this.pending, { name: event.name, type: event.type }];
    } else {
      const index = this.pending.findIndex((p) => p.name === event.evidence.name && p.type === event.evidence.type);
      if (index >= 0) this.pending = this.pending.filter((_, at) => at !== index);
    }
  }
}
