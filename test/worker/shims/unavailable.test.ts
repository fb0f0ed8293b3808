// The stand-in for modules mailauth loads but must never call in the
// browser: loading and destructuring work, calling throws a clear error.
import { describe, expect, it } from 'vitest';

describe('unavailable', () => {
  it('loads, and every name mailauth destructures at load time is there', async () => {
    const loaded = await import('../../../src/worker/shims/unavailable.ts');
    // lib/bimi/index.js: const { vmc } = require('@postalsys/vmc');
    // lib/bimi/validate-svg.js: const { XMLParser } = require('fast-xml-parser');
    // lib/mta-sts.js, lib/tools.js: https.get / https.request, tls.checkServerIdentity
    for (const name of ['vmc', 'XMLParser', 'get', 'request', 'checkServerIdentity', 'readFile'] as const) {
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
    expect(() => loaded.readFile()).toThrow(expect.objectContaining({ code: 'ERR_MAIL_LAB_UNAVAILABLE' }));
  });

});
