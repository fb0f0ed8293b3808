// Where our ARC verdict and the ARC test suite disagree, and why. `got` is
// exactly what the runner prints, so a change of behaviour makes the entry stale.

import type { KnownTable } from './support/corpus-report.ts';

export const KNOWN: KnownTable = {
  'validation/cv_empty': {
    cause: 'our-code',
    reason: 'by design, not a bug: analyze() does not authenticate an empty input (problem empty-input), so there is no ARC verdict at all where the suite says none',
    got: 'arc=null',
  },
  'validation/cv_no_headers': {
    cause: 'our-code',
    reason: 'by design, not a bug: an input that starts with the blank line has no header section (problem no-header) and is not authenticated, so there is no ARC verdict where the suite says none',
    got: 'arc=null',
  },
  'validation/ams_fields_h_empty': {
    cause: 'corpus',
    reason: 'the suite (2018, ARC drafts; dkimpy agrees with it) expects pass for an AMS with an empty h=; RFC 8617 §4.1.2 gives the AMS the DKIM-Signature syntax and RFC 6376 §3.5 says h= MUST NOT be empty, so fail is the RFC answer',
    got: 'arc=fail',
  },
};
