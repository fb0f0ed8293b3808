// Where our verdicts and the rspamd cases disagree, and why. `got` is
// exactly what the runner prints, so a change of behaviour makes the entry stale.

import type { KnownTable } from './support/corpus-report.ts';

const TREE_WALK =
  'RFC 9989 vs RFC 7489: rspamd finds organisational domains with the Public Suffix List (za.org is a suffix, so my.mom.za.org belongs to mom.za.org); mailauth uses the RFC 9989 DNS tree walk, and as mom.za.org publishes no _dmarc record, my.mom.za.org (whose record is p=reject) is its own organisational domain and mom.za.org does not align with it';

const PCT =
  'RFC 9989 vs RFC 7489: RFC 9989 removed pct=, so our appliedPolicy is the published one; rspamd applies RFC 7489 §6.6.4 (pct=0: the next lower policy), which our dmarc.rfc7489Policy gives';

const KEY_LIMIT =
  'rspamd refuses the key by its own size limit (R_DKIM_PERMFAIL); RFC 8301 §3.2 lets a verifier validate keys above 4096 bits, mailauth does, and the body hash does not match, so fail (dkimpy also reports the body hash mismatch)';

export const KNOWN: KnownTable = {
  'dmarc/DMARC SUBDOMAIN PASS DKIM RELAXED ALIGNMENT': {
    cause: 'rfc-vs-tool',
    reason: `${TREE_WALK} (DKIM d=mom.za.org)`,
    got: 'dmarc=fail',
  },
  'dmarc/DMARC SUBDOMAIN PASS SPF RELAXED ALIGNMENT': {
    cause: 'rfc-vs-tool',
    reason: `${TREE_WALK} (SPF pass for mom.za.org)`,
    got: 'dmarc=fail',
  },
  'dmarc/DMARC PCT ZERO REJECT': {
    cause: 'rfc-vs-tool',
    reason: `${PCT}: reject, where RFC 7489 gives quarantine`,
    got: 'dmarc=fail policy=reject',
  },
  'dmarc/DMARC PCT ZERO SP QUARANTINE': {
    cause: 'rfc-vs-tool',
    reason: `${PCT}: sp=quarantine, where RFC 7489 gives none`,
    got: 'dmarc=fail policy=quarantine',
  },
  'dkim/DKIM Reject Oversized Key Record': {
    cause: 'rfc-vs-tool',
    reason: `${KEY_LIMIT} (a 32768-bit key in a 5.5 kB record)`,
    got: 'dkim=[fail]',
  },
  'dkim/DKIM Reject Oversized Key Modulus': {
    cause: 'rfc-vs-tool',
    reason: `${KEY_LIMIT} (a 16384-bit key)`,
    got: 'dkim=[fail]',
  },
};
