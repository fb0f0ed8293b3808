// The page's state for one message: what to analyse, where its DNS answers
// come from, what DNS is still pending, and the worker's last response. The
// page never parses mail itself; it hands bytes to the worker and shows
// what comes back.

import { AnalysisClient } from '../worker/client.ts';
import type { AnalyzeResponse, DnsSettings, LookupEvent } from '../worker/api.ts';
import type { Settings } from './settings/settings.svelte.ts';
import { encodeText } from './input/encode-text.ts';

export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** A frozen set of DNS answers to replay: a loaded zone.json or a sample's own. */
export interface FrozenDns {
  name: string;
  zone: unknown;
  /** The clock the answers belong to (a sample's signing day); null: now. */
  now: string | null;
}

export interface PendingLookup {
  name: string;
  type: string;
}

export class AnalysisSession {
  text = $state('');
  /** A paste too large for the text area, kept here instead. */
  largePaste = $state.raw<string | null>(null);
  file = $state.raw<OpenedFile | null>(null);
  frozenDns = $state.raw<FrozenDns | null>(null);
  running = $state(false);
  pending = $state.raw<PendingLookup[]>([]);
  response = $state.raw<AnalyzeResponse | null>(null);
  readonly #settings: Settings;
  readonly #client = new AnalysisClient();

  constructor(settings: Settings) {
    this.#settings = settings;
  }

  get hasInput(): boolean {
    return this.file !== null || this.largePaste !== null || this.text.trim().length > 0;
  }

  dnsSettings(): DnsSettings {
    // Offline means no request at all, even with a zone loaded: the zone
    // answers, nothing is fetched, so it is allowed in offline mode too.
    if (this.frozenDns) return { kind: 'zone', zone: this.frozenDns.zone as never, label: this.frozenDns.name };
    return this.#settings.dnsSettings();
  }

  openFile(file: OpenedFile): void {
    this.file = file;
    this.text = '';
    this.largePaste = null;
  }

  setText(text: string): void {
    this.text = text;
    this.file = null;
    this.largePaste = null;
  }

  pasteLarge(text: string): void {
    this.largePaste = text;
    this.text = '';
    this.file = null;
  }

  useFrozenDns(frozen: FrozenDns | null): void {
    this.frozenDns = frozen;
  }

  async run(): Promise<void> {
    if (!this.hasInput) return;
    // A file keeps its bytes as they are (they may not be UTF-8); pasted
    // text is UTF-8. Either way a fresh buffer, as it is transferred away.
    this.running = true;
    this.pending = [];
    try {
      const message = this.file ? this.file.bytes.slice(0) : await encodeText(this.largePaste ?? this.text);
      const request = { message, dns: this.dnsSettings(), ...(this.frozenDns?.now ? { now: this.frozenDns.now } : {}) };
      const response = await this.#client.analyze(request, (event) => this.#onLookup(event));
      if (!response.ok && response.problem.code === 'superseded') return;
      this.response = response;
    } finally {
      this.running = false;
      this.pending = [];
    }
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
