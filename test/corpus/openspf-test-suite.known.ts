// Where our SPF and the OpenSPF suites disagree, and why. Every entry was
// investigated; `got` is exactly what the runner prints, so a change of
// behaviour makes the entry stale and fails the run.
//
// The RFC 7208 and RFC 4408 suites agree completely since runSpf() asks
// mailauth for strict RFC 7208 evaluation; only pyspf's own modes differ.

import type { KnownTable } from './support/corpus-report.ts';

export const KNOWN: KnownTable = {
  'pyspf test.yml/default-modifier': {
    cause: 'rfc-vs-tool',
    reason: 'pyspf lax mode (strict=0) honours the obsolete "default=-" modifier; RFC 7208 §6 ignores unknown modifiers, so the record has no mechanism and gives neutral',
    got: 'spf=neutral',
  },
  'pyspf test.yml/default-modifier-harsh': {
    cause: 'rfc-vs-tool',
    reason: 'pyspf harsh mode (strict=2) answers "ambiguous", a pyspf word that is not an RFC 7208 / RFC 8601 result; the RFC result is neutral',
    got: 'spf=neutral',
  },
};
