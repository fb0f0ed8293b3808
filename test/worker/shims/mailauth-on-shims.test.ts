// mailauth itself, loaded in Node with every built-in and package that the
// worker build replaces redirected to the stand-ins (the `require()` calls
// of its CommonJS code are caught here, as the build's aliases catch them
// there), against the same mailauth on Node's own modules: the results of
// authenticate() must be the same. Messages are signed and sealed by the
// native copy, since the stand-ins cannot sign.
import { createRequire } from 'node:module';
import * as nodeCrypto from 'node:crypto';
import Module from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as bufferShim from '../../../src/worker/shims/buffer.ts';
import * as cryptoShim from '../../../src/worker/shims/crypto.ts';
import * as dnsShim from '../../../src/worker/shims/dns.ts';
import * as libmimeShim from '../../../src/worker/shims/libmime.ts';
import * as arcSignerShim from '../../../src/worker/shims/mailauth-arc-signer.ts';
import * as ipaddrShim from '../../../src/worker/shims/ipaddr.ts';
import * as joiShim from '../../../src/worker/shims/joi.ts';
import * as netShim from '../../../src/worker/shims/net.ts';
import * as punycodeShim from '../../../src/worker/shims/punycode.ts';
import * as osShim from '../../../src/worker/shims/os.ts';
import * as streamShim from '../../../src/worker/shims/stream.ts';
import * as tldtsShim from '../../../src/worker/shims/tldts.ts';
import * as unavailableShim from '../../../src/worker/shims/unavailable.ts';
import * as undiciShim from '../../../src/worker/shims/undici.ts';

const require = createRequire(import.meta.url);

// The same table as the aliases in vite.config.ts.
const STAND_INS: Record<string, unknown> = {};
for (const [names, shim] of [
  [['crypto'], cryptoShim], [['buffer'], bufferShim], [['stream'], streamShim], [['os'], osShim], [['dns'], dnsShim], [['net'], netShim],
  [['https', 'http', 'tls', 'fs'], unavailableShim],
] as const) {
  for (const name of names) STAND_INS[name] = STAND_INS[`node:${name}`] = shim;
}
Object.assign(STAND_INS, { undici: undiciShim, libmime: libmimeShim, joi: joiShim, tldts: tldtsShim, 'ipaddr.js': ipaddrShim, 'punycode.js': punycodeShim, '@postalsys/vmc': unavailableShim, 'fast-xml-parser': unavailableShim });

// Packages that hold a reference to a redirected module once loaded.
const RELOADED = /[\\/]node_modules[\\/](mailauth|libmime|readable-stream|string_decoder|safe-buffer|nodemailer)[\\/]/;

type Authenticate = (message: Buffer, options: Record<string, unknown>) => Promise<Record<string, unknown>>;
type DkimSign = (message: Buffer, options: Record<string, unknown>) => Promise<{ signatures: string }>;
interface Mailauth { authenticate: Authenticate; dkimSign: DkimSign }

function forgetLoadedPackages(): void {
  for (const path of Object.keys(require.cache)) if (RELOADED.test(path)) delete require.cache[path];
}

function loadMailauthOnStandIns(): { mailauth: Mailauth; redirected: Set<string> } {
  const loader = Module as unknown as { _load(request: string, parent: { filename?: string } | undefined, isMain: boolean): unknown };
  const originalLoad = loader._load;
  const redirected = new Set<string>();
  forgetLoadedPackages();
  loader._load = function (request, parent, isMain) {
    // The ARC code's relative require of the DKIM signer, as the build's withoutUnusedPackageModules() catches it.
    if (request === '../dkim/dkim-signer' && parent?.filename && /[\\/]node_modules[\\/]mailauth[\\/]lib[\\/]arc[\\/]/.test(parent.filename)) {
      redirected.add('mailauth/lib/dkim/dkim-signer');
      return arcSignerShim;
    }
    if (request in STAND_INS && parent?.filename && /[\\/]node_modules[\\/]/.test(parent.filename)) {
      redirected.add(request);
      return STAND_INS[request];
    }
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    return { mailauth: require('mailauth') as Mailauth, redirected };
  } finally {
    loader._load = originalLoad;
    forgetLoadedPackages();
  }
}

const DOMAIN = 'example.com';
let native: Mailauth;
let shimmed: Mailauth;
let redirected: Set<string>;
const records = new Map<string, string[][]>();
const keys = {
  rsa: nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 2048 }),
  rsaOld: nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }),
  ed: nodeCrypto.generateKeyPairSync('ed25519'),
  arc: nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 2048 }),
};
const pem = (key: nodeCrypto.KeyObject, type: 'pkcs8' | 'spki') => key.export({ type, format: 'pem' }) as string;
const rawBase64 = (key: nodeCrypto.KeyObject) => key.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

const resolver = async (name: string, type: string): Promise<string[][]> => {
  const answer = records.get(`${type}:${name.toLowerCase()}`);
  if (answer) return answer;
  throw Object.assign(new Error(`query${type} ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

function message(body: string, contentType = 'text/plain; charset=utf-8'): Buffer {
  return Buffer.from(
    [
      `From: Alice <alice@${DOMAIN}>`, 'To: Bob <bob@example.net>', 'Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?= and =?utf-7?Q?+ZeVnLIqe-?=',
      'Date: Thu, 27 Nov 2025 20:00:00 +0000', `Message-ID: <1@${DOMAIN}>`, 'MIME-Version: 1.0', `Content-Type: ${contentType}`, '', body,
    ].join('\r\n'),
  );
}

async function signAndSeal(input: Buffer): Promise<Buffer> {
  const { signatures } = await native.dkimSign(input, {
    signatureData: [
      { signingDomain: DOMAIN, selector: 'rsa', privateKey: pem(keys.rsa.privateKey, 'pkcs8'), algorithm: 'rsa-sha256', canonicalization: 'relaxed/relaxed' },
      { signingDomain: DOMAIN, selector: 'ed', privateKey: pem(keys.ed.privateKey, 'pkcs8'), algorithm: 'ed25519-sha256', canonicalization: 'relaxed/simple' },
      { signingDomain: DOMAIN, selector: 'old', privateKey: pem(keys.rsaOld.privateKey, 'pkcs8'), algorithm: 'rsa-sha1', canonicalization: 'simple/simple', maxBodyLength: 40 },
      // The record at "mixed" holds the Ed25519 key: OpenSSL's error text is the result comment.
      { signingDomain: DOMAIN, selector: 'mixed', privateKey: pem(keys.rsa.privateKey, 'pkcs8'), algorithm: 'rsa-sha256' },
    ],
  });
  const signed = Buffer.concat([Buffer.from(signatures), input]);
  const sealed = await native.authenticate(signed, {
    resolver, ip: '192.0.2.1', helo: 'mail.example.com', sender: `alice@${DOMAIN}`, mta: 'mx.example.net',
    seal: { signingDomain: DOMAIN, selector: 'arc', privateKey: pem(keys.arc.privateKey, 'pkcs8') },
  });
  return Buffer.concat([Buffer.from(String(sealed.headers)), signed]);
}

const options = { resolver, ip: '192.0.2.1', helo: 'mail.example.com', sender: `alice@${DOMAIN}`, mta: 'mx.example.net' };

beforeAll(async () => {
  native = require('mailauth') as Mailauth;
  ({ mailauth: shimmed, redirected } = loadMailauthOnStandIns());
  records.set(`TXT:rsa._domainkey.${DOMAIN}`, [[`v=DKIM1; k=rsa; p=${pem(keys.rsa.publicKey, 'spki').replace(/-----[^-]+-----|\s/g, '')}`]]);
  records.set(`TXT:old._domainkey.${DOMAIN}`, [[`v=DKIM1; p=${keys.rsaOld.publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')}`]]);
  records.set(`TXT:ed._domainkey.${DOMAIN}`, [[`v=DKIM1; k=ed25519; p=${rawBase64(keys.ed.publicKey)}`]]);
  records.set(`TXT:mixed._domainkey.${DOMAIN}`, [[`v=DKIM1; p=${rawBase64(keys.ed.publicKey)}`]]);
  records.set(`TXT:arc._domainkey.${DOMAIN}`, [[`v=DKIM1; p=${pem(keys.arc.publicKey, 'spki').replace(/-----[^-]+-----|\s/g, '')}`]]);
  records.set(`TXT:${DOMAIN}`, [['v=spf1 ip4:192.0.2.0/24 -all']]);
  records.set(`TXT:_dmarc.${DOMAIN}`, [['v=DMARC1; p=reject']]);
}, 60_000);

afterAll(() => forgetLoadedPackages());

describe('mailauth on the stand-ins', () => {
  it('goes through the stand-ins for every module the worker build replaces', () => {
    expect(shimmed).not.toBe(native);
    for (const name of ['node:crypto', 'node:buffer', 'node:stream', 'node:os', 'node:dns', 'node:net', 'node:https', 'undici', 'libmime', 'joi', 'tldts', 'ipaddr.js', 'punycode.js', 'mailauth/lib/dkim/dkim-signer', '@postalsys/vmc', 'fast-xml-parser']) {
      expect(redirected, name).toContain(name);
    }
  });

  it('refuses to seal, loudly: the signer of the ARC code is a stand-in, as the worker only verifies', async () => {
    const sealing = shimmed.authenticate(message('Hello\r\n'), { ...options, seal: { signingDomain: DOMAIN, selector: 'arc', privateKey: pem(keys.arc.privateKey, 'pkcs8') } });
    await expect(sealing).rejects.toThrow(/ARC sealing is not available/);
  });

  it('authenticates signed and sealed messages exactly as mailauth on Node\'s modules does', async () => {
    // The multipart one has its boundary in RFC 2231 sections (libmime's
    // parseHeaderValue(); mailauth reports where the MIME structure starts).
    const multipart = ['Preamble\r\n--b-1é\r\n\r\npart\r\n--b-1é--\r\n', "multipart/mixed;\r\n boundary*0*=utf-8''b-1; boundary*1*=%C3%A9"];
    const bodies = [['Hello Bob,\r\n\r\n  spaces  and\ttabs \r\n\r\n\r\n'], ['x'.repeat(200_000) + '\r\n'], multipart] as const;
    for (const [body, contentType] of bodies) {
      const sealed = await signAndSeal(message(body, contentType));
      const edit = (from: string, to: string) => Buffer.from(sealed.toString('latin1').replace(from, to), 'latin1');
      // A changed body fails on its body hash; a changed signed header
      // reaches the signature check itself.
      const tamperedBody = edit(body.slice(0, 20), `${body.slice(0, 19)}!`);
      const tamperedHeader = edit('To: Bob', 'To: Eve');
      for (const input of [sealed, tamperedBody, tamperedHeader]) {
        const expected = await native.authenticate(input, options);
        const actual = await shimmed.authenticate(input, options);
        expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
      }
      const results = ((await shimmed.authenticate(sealed, options)).dkim as { results: Array<{ selector: string; mimeStructureStart?: number; status: { result: string; comment?: string } }> }).results;
      expect(Object.fromEntries(results.map((row) => [row.selector, row.status.result]))).toEqual({ rsa: 'pass', ed: 'pass', old: 'pass', mixed: 'neutral' });
      expect(results.find((row) => row.selector === 'mixed')!.status.comment).toBe('error:1C80007A:Provider routines::invalid digest');
      expect(((await shimmed.authenticate(sealed, options)).arc as { status: { result: string } }).status.result).toBe('pass');
      expect(results[0]!.mimeStructureStart, 'where the boundary line starts').toBe(contentType === undefined ? 0 : 'Preamble\r\n'.length);
      const failed = ((await shimmed.authenticate(tamperedHeader, options)).dkim as { results: Array<{ selector: string; status: { result: string } }> }).results;
      expect(Object.fromEntries(failed.map((row) => [row.selector, row.status.result]))).toEqual({ rsa: 'fail', ed: 'fail', old: 'fail', mixed: 'neutral' });
    }
  });

  it('reports a missing resolver as a temporary DNS failure', async () => {
    const sealed = await signAndSeal(message('no resolver\r\n'));
    const result = await shimmed.authenticate(sealed, { ...options, resolver: undefined });
    const rows = (result.dkim as { results: Array<{ status: { result: string; comment?: string } }> }).results;
    expect(rows.every((row) => row.status.result === 'temperror' && row.status.comment === 'DNS failure: ESERVFAIL')).toBe(true);
  });

  it('takes about as long as Node on a 10 MB message (printed, not asserted)', async () => {
    const sealed = await signAndSeal(message(`${'0123456789abcdef '.repeat(4) }\r\n`.repeat(150_000)));
    const timings: string[] = [];
    for (const [label, mailauth] of [['native', native], ['stand-ins', shimmed], ['native', native], ['stand-ins', shimmed]] as const) {
      const started = performance.now();
      await mailauth.authenticate(sealed, options);
      timings.push(`${label} ${(performance.now() - started).toFixed(0)} ms`);
    }
    console.log(`authenticate() on ${(sealed.length / 1e6).toFixed(1)} MB in Node: ${timings.join(', ')}`);
  });
});
