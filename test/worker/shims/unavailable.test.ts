// The stand-in for modules mailauth loads but must never call in the
// browser: loading and destructuring work, calling throws a clear error.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('unavailable', () => {
  it('loads, and every name mailauth and libmime destructure at load time is there', async () => {
    const loaded = await import('../../../src/worker/shims/unavailable.ts');
    // lib/bimi/index.js: const { vmc } = require('@postalsys/vmc');
    // lib/bimi/validate-svg.js: const { XMLParser } = require('fast-xml-parser');
    // lib/mta-sts.js, lib/tools.js: https.get / https.request, tls.checkServerIdentity
    for (const name of ['vmc', 'XMLParser', 'get', 'request', 'checkServerIdentity', 'readFile', 'convert'] as const) {
      expect(typeof loaded[name], name).toBe('function');
    }
    expect(() => loaded.default.anything).not.toThrow();
    expect(() => loaded.promises.readFile).not.toThrow();
    // Not thenable: `await import(...)` and `await fs.promises` must not hang.
    expect((loaded.default as unknown as { then?: unknown }).then).toBeUndefined();
  });

  it('throws a clear error when called or constructed, naming the function', async () => {
    const loaded = await import('../../../src/worker/shims/unavailable.ts');
    expect(() => loaded.vmc()).toThrow(/vmc is not available in the Mail Lab browser worker/);
    expect(() => new (loaded.XMLParser as unknown as new () => unknown)()).toThrow(/XMLParser is not available/);
    expect(() => loaded.get('https://example.com/')).toThrow(/https\.get is not available/);
    expect(() => loaded.promises.readFile!('x')).toThrow(/fs\.promises\.readFile is not available/);
    expect(() => loaded.default.createServer!()).toThrow(/createServer is not available/);
    expect(() => loaded.convert()).toThrow(expect.objectContaining({ code: 'ERR_MAIL_LAB_UNAVAILABLE' }));
  });

  it('makes libmime fall back from encoding-japanese to iconv-lite, as it is written to', async () => {
    // libmime catches a throwing encodingJapanese.convert() and calls
    // iconv.decode(); the iconv-lite stand-in then decodes ISO-2022-JP.
    const { convert } = await import('../../../src/worker/shims/unavailable.ts');
    const iconvShim = await import('../../../src/worker/shims/iconv-lite.ts');
    const Encoding = require('encoding-japanese') as { convert(data: number[], options: object): number[]; stringToCode(text: string): number[] };
    const jis = Uint8Array.from(Encoding.convert(Encoding.stringToCode('認証結果'), { to: 'JIS', from: 'UNICODE' }));
    let decoded: string;
    try {
      decoded = String(convert(jis, { to: 'UNICODE', from: 'ISO-2022-JP', type: 'string' }));
    } catch {
      decoded = iconvShim.decode(jis, 'ISO-2022-JP');
    }
    expect(decoded).toBe('認証結果');
  });
});
