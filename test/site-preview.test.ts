// `npm start` serves the build with `vite preview`: when its port is taken
// it must stop and say so, not move to another port the user was not told
// about (strictPort in vite.config.ts).

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('../', import.meta.url));

it('vite preview fails on a busy port', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as { port: number };
  try {
    const child = spawn(`${REPOSITORY}node_modules/.bin/vite`, ['preview', '--port', String(port)], { cwd: REPOSITORY });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain(`Port ${port} is already in use`);
  } finally {
    await new Promise((resolve) => busy.close(resolve));
  }
});
