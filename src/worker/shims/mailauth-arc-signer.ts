// Stand-in for mailauth's DKIM signer (`mailauth/lib/dkim/dkim-signer.js`,
// about 2.9 kB gzip) as mailauth's ARC code sees it: that code needs the
// signer only in createSeal(), to seal a message, and the worker only ever
// verifies. Should a seal ever be asked for, it fails loudly here instead
// of signing with a half-present engine.
export class DkimSigner {
  constructor() {
    throw new Error('ARC sealing is not available in Mail Lab: the worker only verifies.');
  }
}

export default { DkimSigner };
