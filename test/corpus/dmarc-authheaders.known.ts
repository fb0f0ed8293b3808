// Where our DMARC and authheaders' tests disagree, and why. `got` is exactly
// what the runner prints, so a change of behaviour makes the entry stale.

import type { KnownTable } from './support/corpus-report.ts';

export const KNOWN: KnownTable = {
  'cases/record-syntax-error': {
    cause: 'engine',
    reason:
      'mailauth skips the stray token "reject" in "v=DMARC1; p=none; reject" ("a syntax error that is ignored") and applies p=none; the record breaks the tag-list grammar (RFC 6376 §3.2 via RFC 7489 §6.4), and RFC 7489 §11.2 names a syntactically incorrect record as the example of permerror',
    got: 'dmarc=fail',
  },
  'cases/from-without-address': {
    cause: 'rfc-vs-tool',
    reason:
      'by design: From "Test User" has no address, so we report problem no-from and no DMARC verdict; RFC 7489 §6.6.1 leaves messages without a meaningful From domain outside its scope, authheaders chooses permerror',
    got: 'dmarc=null',
  },
  'cases/dmarcbis-psd-tree-walk': {
    cause: 'rfc-vs-tool',
    reason:
      'the walk finds _dmarc.gov (psd=y; p=reject; sp=none) for the existing example.gov; mailauth applies sp=none as to any subdomain inheriting a record (its reading of RFC 9989 §4.10.1, and that of our case dmarc-psd-tree-walk), authheaders\' DMARCbis-draft mode applies p=reject to the organisational domain one level below the PSD (as RFC 9091 PSD DMARC did) — the final RFC 9989 wording should settle it',
    got: 'dmarc=fail policy=none',
  },
};
