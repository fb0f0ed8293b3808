// TLSA records (RFC 6698) as text: the presentation form "3 1 1 <hex>"
// (§2.2) that the evidence, zone.json and the JSON APIs use, and the
// generic form of RFC 3597 §5 that a server writes for a type it does not
// format. Node's resolver has no TLSA, so Mail Lab's answer shape for it is
// this one string.

/** RFC 6698 §2.2: "3 1 1 <hex>"; the data in lower-case hex ("-" where there is none). */
export function tlsaPresentation(usage: number, selector: number, matchingType: number, data: Uint8Array): string {
  let hex = '';
  for (const octet of data) hex += octet.toString(16).padStart(2, '0');
  return `${usage} ${selector} ${matchingType} ${hex === '' ? '-' : hex}`;
}

/**
 * TLSA data in presentation form (RFC 6698 §2.2), or in the generic form
 * of RFC 3597 §5 (`\# <length> <hex>`) that a server writes for a type it
 * does not format; either way the same "u s m hex" comes out.
 */
export function readTlsaText(data: string): string | null {
  const generic = /^\s*\\#\s+(\d+)\s+(.*)$/s.exec(data);
  if (generic) {
    const hex = (generic[2] ?? '').replace(/\s+/g, '');
    if (!/^[0-9a-f]*$/i.test(hex) || hex.length % 2 !== 0 || hex.length / 2 !== Number(generic[1]) || hex.length < 6) return null;
    const octets = new Uint8Array(hex.length / 2);
    for (let i = 0; i < octets.length; i++) octets[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return tlsaPresentation(octets[0]!, octets[1]!, octets[2]!, octets.subarray(3));
  }
  const match = /^\s*(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s+(.*)$/s.exec(data);
  if (!match) return null;
  const fields = [match[1], match[2], match[3]].map(Number);
  if (fields.some((field) => field > 255)) return null;
  const hex = (match[4] ?? '').replace(/\s+/g, '').toLowerCase();
  if (hex !== '-' && (!/^[0-9a-f]+$/.test(hex) || hex.length % 2 !== 0)) return null;
  return `${fields.join(' ')} ${hex}`;
}
