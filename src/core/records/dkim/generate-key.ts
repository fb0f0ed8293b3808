// A DKIM key pair made where this code runs (the records worker in the
// page, Node for the CLI) with WebCrypto: RSA 2048 or 3072 bits (RFC 8301
// §3.2: at least 1024, 2048 recommended) or Ed25519 (RFC 8463). The private
// key stays where it was made: nothing here asks the network. What comes
// back is what opendkim-genkey writes (the `.private` key and the `.txt`
// zone line) and the lines of the seed's OpenDKIM and Postfix setup.

import type { LocalizedText } from '../../analysis.ts';
import { encodeBase64 } from '../../share/rfc4648-base64.ts';
import { pkcs1OfPkcs8 } from './key-der.ts';
import { providerForm, setupFiles, splitTxtStrings, zoneFileForm, type ProviderForm, type SetupFile } from './publish-forms.ts';
import { platformSubtle, type KeyPairHandle, type SubtleSubset } from './web-crypto.ts';

export const DKIM_KEY_TYPES = ['rsa2048', 'rsa3072', 'ed25519'] as const;
export type DkimKeyType = (typeof DKIM_KEY_TYPES)[number];

export function isDkimKeyType(value: string): value is DkimKeyType {
  return (DKIM_KEY_TYPES as readonly string[]).includes(value);
}

export interface GeneratedDkimKey {
  keyType: DkimKeyType;
  selector: string;
  domain: string;
  /** The TXT value: v=DKIM1; k=…; p=… */
  record: string;
  /** The record cut into character-strings of at most 255 octets. */
  strings: string[];
  /** opendkim-genkey's selector.txt. */
  zoneFile: string;
  provider: ProviderForm;
  /** PEM: "RSA PRIVATE KEY" (PKCS#1, as opendkim-genkey writes it) for RSA, "PRIVATE KEY" (PKCS#8, RFC 8410) for Ed25519. */
  privateKeyPem: string;
  setup: SetupFile[];
  /** What to know before publishing this key; empty for RSA. */
  notes: LocalizedText[];
}

// RFC 8463 §4: receivers that do not know Ed25519 treat its signature as absent, so it is not yet enough alone.
const ED25519_NOTE: LocalizedText = {
  en: 'Not every receiver verifies Ed25519 yet: sign with an RSA key as well, under a second selector (RFC 8463 §4).',
  de: 'Noch prüft nicht jeder Empfänger Ed25519: zusätzlich mit einem RSA-Schlüssel unter einem zweiten Selektor signieren (RFC 8463 §4).',
};

export type GenerateOutcome = { ok: true; key: GeneratedDkimKey } | { ok: false; code: 'bad-selector' | 'bad-domain' | 'no-webcrypto' | 'unsupported'; message: string };

// RFC 6376 §3.1: a selector is one or more DNS labels (letters, digits, hyphens).
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
// RFC 1035 §2.3.4: a name is at most 253 characters in text.
const MAX_NAME = 253;

export function isDnsName(text: string): boolean {
  return text.length <= MAX_NAME && NAME.test(text);
}

function pem(label: string, der: Uint8Array): string {
  const body = encodeBase64(der, 'base64').replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

async function makePair(subtle: SubtleSubset, keyType: DkimKeyType): Promise<KeyPairHandle> {
  const algorithm =
    keyType === 'ed25519'
      ? ({ name: 'Ed25519' } as const)
      : ({ name: 'RSASSA-PKCS1-v1_5', modulusLength: keyType === 'rsa2048' ? 2048 : 3072, publicExponent: Uint8Array.from([1, 0, 1]), hash: 'SHA-256' } as const);
  return (await subtle.generateKey(algorithm, true, ['sign', 'verify'])) as KeyPairHandle;
}

export async function generateDkimKey(options: { keyType: DkimKeyType; selector: string; domain: string; subtle?: SubtleSubset | null }): Promise<GenerateOutcome> {
  const selector = options.selector.trim().toLowerCase();
  const domain = options.domain.trim().toLowerCase().replace(/\.$/, '');
  if (!isDnsName(selector)) return { ok: false, code: 'bad-selector', message: `"${selector.slice(0, 64)}" is not a selector: DNS labels of letters, digits and hyphens (RFC 6376 §3.1)` };
  if (!isDnsName(domain) || !domain.includes('.')) return { ok: false, code: 'bad-domain', message: `"${domain.slice(0, 64)}" is not a domain name` };
  const subtle = options.subtle === undefined ? platformSubtle() : options.subtle;
  if (!subtle) return { ok: false, code: 'no-webcrypto', message: 'WebCrypto is not available here (crypto.subtle)' };
  let pair: KeyPairHandle;
  try {
    pair = await makePair(subtle, options.keyType);
  } catch (error) {
    // An engine without Ed25519 rejects with NotSupportedError: said, not thrown.
    return { ok: false, code: 'unsupported', message: `${options.keyType} keys cannot be made here: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ed25519 = options.keyType === 'ed25519';
  // RFC 8463 §4.2: p= of an Ed25519 key is the bare 32-byte key; RSA's is the SubjectPublicKeyInfo (RFC 6376 §3.6.1).
  const publicKey = new Uint8Array(await subtle.exportKey(ed25519 ? 'raw' : 'spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  const pkcs1 = ed25519 ? null : pkcs1OfPkcs8(pkcs8);
  const record = `v=DKIM1; k=${ed25519 ? 'ed25519' : 'rsa'}; p=${encodeBase64(publicKey, 'base64')}`;
  return {
    ok: true,
    key: {
      keyType: options.keyType,
      selector,
      domain,
      record,
      strings: splitTxtStrings(record),
      zoneFile: zoneFileForm(record, selector, domain),
      provider: providerForm(record, selector, domain),
      privateKeyPem: pkcs1 ? pem('RSA PRIVATE KEY', pkcs1) : pem('PRIVATE KEY', pkcs8),
      setup: setupFiles({ selector, domain, algorithm: ed25519 ? 'ed25519-sha256' : 'rsa-sha256' }),
      notes: ed25519 ? [ED25519_NOTE] : [],
    },
  };
}
