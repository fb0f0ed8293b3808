// A record handed over from the analysis, written back as the zone-file
// line it was published as, so the bench knows its domain (an SPF "mx"
// follows the domain's MX; a DMARC rua= is checked against it). Only
// formatting: the worker reads it.

import type { HandedRecord } from './workbench.svelte.ts';

export function handedInput(handed: HandedRecord): string {
  if (!handed.name) return handed.value;
  return `${handed.name}. IN TXT "${handed.value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
