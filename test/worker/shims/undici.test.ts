// The `undici` stand-in: mailauth's BIMI module builds an Agent at load time
// and fetches with a `dispatcher` option.
import { afterEach, describe, expect, it, vi } from 'vitest';
import undiciDefault, * as undici from '../../../src/worker/shims/undici.ts';

describe('undici', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('constructs an Agent as lib/bimi/index.js does when it loads', async () => {
    const agent = new undici.Agent({ connect: { rejectUnauthorized: true, timeout: 5000 } });
    await expect(agent.close()).resolves.toBeUndefined();
    expect(undiciDefault.Agent).toBe(undici.Agent);
  });

  it('passes fetch calls to the global fetch at call time', async () => {
    const calls: unknown[][] = [];
    vi.stubGlobal('fetch', async (...args: unknown[]) => {
      calls.push(args);
      return new Response('ok');
    });
    const response = await undici.fetch('https://example.com/vmc.pem', { dispatcher: new undici.Agent() } as RequestInit);
    expect(await response.text()).toBe('ok');
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('https://example.com/vmc.pem');
  });
});
