// The page's state for one pasted or opened message: what to analyse, how
// to resolve DNS, and the last response from the worker. The page never
// parses mail itself; it hands bytes to the worker and shows what returns.

import { AnalysisClient } from '../worker/client.ts';
import type { AnalyzeResponse, DnsSettings } from '../worker/api.ts';
import { DOH_PRESETS, type DohPresetId } from '../dns/presets.ts';

export type ResolverChoice = DohPresetId | 'custom' | 'offline';

export interface OpenedFile {
  name: string;
  bytes: ArrayBuffer;
}

export class AnalysisSession {
  text = $state('');
  file = $state.raw<OpenedFile | null>(null);
  resolver = $state<ResolverChoice>('cloudflare');
  customUrl = $state('');
  running = $state(false);
  response = $state.raw<AnalyzeResponse | null>(null);
  readonly #client = new AnalysisClient();

  get hasInput(): boolean {
    return this.file !== null || this.text.length > 0;
  }

  dnsSettings(): DnsSettings {
    if (this.resolver === 'offline') return { kind: 'offline' };
    if (this.resolver === 'custom') return { kind: 'doh', url: this.customUrl.trim(), format: 'wire', label: 'custom' };
    const preset = DOH_PRESETS[this.resolver];
    return { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name };
  }

  openFile(file: OpenedFile): void {
    this.file = file;
    this.text = '';
  }

  setText(text: string): void {
    this.text = text;
    this.file = null;
  }

  async run(): Promise<void> {
    // A file keeps its bytes as they are (they may not be UTF-8); pasted
    // text is UTF-8. Either way a fresh buffer, as it is transferred away.
    const message = this.file ? this.file.bytes.slice(0) : new TextEncoder().encode(this.text).buffer;
    this.running = true;
    try {
      const response = await this.#client.analyze({ message, dns: this.dnsSettings() });
      if (!response.ok && response.problem.code === 'superseded') return;
      this.response = response;
    } finally {
      this.running = false;
    }
  }
}
