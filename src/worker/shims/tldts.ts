// Stand-in for `tldts` (the Public Suffix List: about 105 kB gzip, the
// largest part of the worker before it went). mailauth asks it for one
// thing on the verification path: getAlignment() in its tools guesses the
// organisational domain of the From domain and of a DKIM signing domain,
// for the per-signature `aligned` flag the DKIM verifier sets before DMARC
// has run.
//
// Mail Lab never reads that flag. DMARC alignment, in mailauth's
// evaluateDmarc and so in every verdict, comes from the DNS tree walk of
// RFC 9989 (no Public Suffix List); mailauth's own authenticate()
// overwrites the flag of passing signatures with that verdict. Answering
// "no registrable domain" makes mailauth fall back to the domain itself
// (`getDomain(d) || d`): the flag then means "the same domain".
//
// Anything else tldts offers is not used by mailauth and throws.
import { notInBrowser } from './node-error.ts';

const WHY = 'Mail Lab ships no Public Suffix List in the worker (alignment comes from the RFC 9989 DNS tree walk)';

export function getDomain(): null {
  return null;
}

function unavailable(name: string): () => never {
  return () => {
    throw notInBrowser(`tldts.${name}`, WHY);
  };
}

export const parse = unavailable('parse');
export const getHostname = unavailable('getHostname');
export const getPublicSuffix = unavailable('getPublicSuffix');
export const getSubdomain = unavailable('getSubdomain');
export const getDomainWithoutSuffix = unavailable('getDomainWithoutSuffix');

export default { getDomain, parse, getHostname, getPublicSuffix, getSubdomain, getDomainWithoutSuffix };
