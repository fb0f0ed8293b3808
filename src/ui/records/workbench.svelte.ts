// The record workbench's state: any record the analysis shows (DNS
// evidence, a verdict) can open it.

export type RecordKind = 'spf' | 'dkim' | 'dmarc';

/** A record handed over from elsewhere on the page; `serial` tells a second hand-over of the same text apart. */
export interface HandedRecord {
  kind: RecordKind;
  /** The TXT value as published, or a domain name to look the record up. */
  value: string;
  /** The name it was published at, when known (e.g. `s1._domainkey.example.com`). */
  name?: string;
  serial: number;
}

export class Workbench {
  open = $state(false);
  active = $state<RecordKind>('spf');
  handed = $state.raw<HandedRecord | null>(null);
  #serial = 0;

  /** Opens the workbench on `kind` with `value` in it and brings it into view. */
  show(kind: RecordKind, value: string, name?: string): void {
    this.handed = { kind, value, ...(name ? { name } : {}), serial: ++this.#serial };
    this.active = kind;
    this.open = true;
    queueMicrotask(() => document.getElementById('record-workbench')?.scrollIntoView({ block: 'start' }));
  }
}

/**
 * The page's one workbench. A module of its own, not context from the app:
 * the app's first paint then carries none of it (issue 18), and any record
 * the deferred views show can open it.
 */
export const workbench = new Workbench();
