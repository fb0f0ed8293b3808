// The JavaScript of the npm package (`npm run build:package`, and `npm pack`
// through prepack): the `mail-lab` command and the library entry, compiled
// for Node with every dependency bundled in, so the package installs with
// nothing to download and starts without tsx or a module search through
// node_modules. The page has its own build in vite.config.ts.

import { defineConfig } from 'vite';

export const PACKAGE_OUT_DIR = 'dist-package';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: PACKAGE_OUT_DIR,
    // Old hashed chunks would otherwise ship in the tarball; the declarations (tsc) are written after.
    emptyOutDir: true,
    target: 'node22',
    // Smaller source is less to parse at every start (the start-up budget is 150 ms).
    minify: true,
    sourcemap: process.env['SOURCEMAP'] === '1',
    // The bundled packages' licences, as their MIT/ISC/BSD terms ask.
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
    rollupOptions: {
      input: { 'mail-lab': 'src/cli/bin.ts', index: 'src/lib/index.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Beside the entries: the worker threads load bin.js by its URL.
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
