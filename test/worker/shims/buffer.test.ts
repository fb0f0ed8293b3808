// The `node:buffer` stand-in: the `buffer` package, reached by file path so
// the build alias for `buffer` cannot loop back to the stand-in.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import bufferDefault, * as bufferShim from '../../../src/worker/shims/buffer.ts';

const require = createRequire(import.meta.url);

describe('buffer', () => {
  it('is the buffer package, not Node\'s Buffer', () => {
    expect(bufferShim.Buffer).toBe(require('buffer/index.js').Buffer);
    expect(bufferShim.Buffer).not.toBe(globalThis.Buffer);
    expect(bufferDefault.Buffer).toBe(bufferShim.Buffer);
  });

  it('has the names mailauth, safe-buffer and readable-stream read', () => {
    const { Buffer } = bufferShim;
    for (const name of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'concat', 'byteLength', 'isBuffer', 'isEncoding'] as const) {
      expect(typeof Buffer[name], name).toBe('function');
    }
    expect(bufferShim.kMaxLength).toBeGreaterThan(0);
    expect(bufferShim.constants.MAX_LENGTH).toBe(bufferShim.kMaxLength);
  });

  it('decodes what mailauth decodes as Node does: base64 signatures and keys, binary and hex', () => {
    const { Buffer } = bufferShim;
    const samples = ['dGVzdA==', 'dGVz dA==\r\n', 'MCowBQYDK2VwAyEA', 'a+b/c-d_e'];
    for (const text of samples) expect(Buffer.from(text, 'base64').toString('hex'), text).toBe(globalThis.Buffer.from(text, 'base64').toString('hex'));
    expect(Buffer.from('302A300506032B6570032100', 'hex').toString('binary')).toBe(globalThis.Buffer.from('302A300506032B6570032100', 'hex').toString('binary'));
  });
});
