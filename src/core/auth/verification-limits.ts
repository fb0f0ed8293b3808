// How much work one message may ask of the verifiers. Each limit is checked
// before the expensive step it guards, lies far above what real mail needs
// (measured on the fixture cases and the shared corpora, see the README's
// limits table), and stops one denial-of-service attack on the tab.

// RFC 6376 §6.1: "A Verifier MAY limit the number of signatures it tries, in
// order to avoid denial-of-service attacks." Each signature costs a key
// lookup and a public-key operation; a crafted message with 1,000 signatures
// made the worker verify for a minute. The corpora's most is 6 (rspamd's
// "many signatures" case); OpenDKIM verifies 3 by default, rspamd 5.
export const MAX_DKIM_SIGNATURES = 16;

// Every distinct combination of body canonicalisation, hash algorithm and
// l= needs the whole body hashed once more: 100 signatures with distinct l=
// over a 20 MB body hashed 2 GB. Without l= there are at most 4 combinations
// (simple/relaxed × sha1/sha256); the corpora's most is 2.
export const MAX_BODY_HASHES = 8;

// An RSA public exponent may be as long as the modulus, and a verification
// then costs a full-length exponentiation instead of 17 squarings for
// e = 65537 (RFC 8301 §3.2 keys use 65537 in practice): 1,000 signatures
// naming one key with a 3,072-bit exponent held the worker for a minute.
// BoringSSL, under Chromium's WebCrypto, refuses exponents over 33 bits too.
export const MAX_RSA_PUBLIC_EXPONENT = 2n ** 32n + 1n;

// mailauth's header parser joins the continuation lines of a field in
// quadratic time: one Subject folded over 160,000 lines took 96 s. Postfix
// cuts headers at 100 KB (header_size_limit) and Exim refuses over 1 MB
// (header_maxsize); the corpora's largest header section is 64 KB and 188
// lines. At 10,000 lines mailauth parses any shape of header in under 0.1 s.
export const MAX_HEADER_BYTES = 1024 * 1024;
export const MAX_HEADER_LINES = 10_000;

export interface HeaderSize {
  bytes: number;
  lines: number;
}

/** The size of the header section: bytes and lines up to the blank line, or to the end of a header-only paste. */
export function measureHeader(authBytes: Uint8Array): HeaderSize {
  let lines = 0;
  for (let at = 0; at < authBytes.length; at++) {
    if (authBytes[at] !== 0x0a) continue;
    // CRLF CRLF: the line just ended is the blank line that ends the header.
    if (at >= 3 && authBytes[at - 1] === 0x0d && authBytes[at - 2] === 0x0a) return { bytes: at + 1, lines };
    if (at === 1 && authBytes[0] === 0x0d) return { bytes: 2, lines: 0 };
    lines++;
  }
  return { bytes: authBytes.length, lines };
}

export function headerWithinLimits(size: HeaderSize): boolean {
  return size.bytes <= MAX_HEADER_BYTES && size.lines <= MAX_HEADER_LINES;
}
