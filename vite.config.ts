import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { oneLanguage } from './vite-plugin-one-language.ts';

const shim = (file: string) => fileURLToPath(new URL(`./src/worker/shims/${file}`, import.meta.url));

// mailauth is written for Node. In the worker bundle its built-ins are
// replaced by the stand-ins in src/worker/shims (see the README there for
// why each is shaped as it is). Each pattern matches both `node:x` and `x`.
// Off under Vitest: there they would replace node:crypto in the tests too,
// and Node's require() does not go through them anyway, so the shimmed
// path is tested in Chromium against the build.
const WORKER_SHIMS = [
  { find: /^(node:)?crypto$/, replacement: shim('crypto.ts') },
  { find: /^(node:)?buffer$/, replacement: shim('buffer.ts') },
  { find: /^(node:)?stream$/, replacement: shim('stream.ts') },
  { find: /^(node:)?os$/, replacement: shim('os.ts') },
  { find: /^(node:)?dns$/, replacement: shim('dns.ts') },
  { find: /^(node:)?net$/, replacement: shim('net.ts') },
  { find: /^(node:)?(https|http|tls|fs)$/, replacement: shim('unavailable.ts') },
  { find: /^undici$/, replacement: shim('undici.ts') },
  { find: /^libmime$/, replacement: shim('libmime.ts') },
  { find: /^joi$/, replacement: shim('joi.ts') },
  { find: /^tldts$/, replacement: shim('tldts.ts') },
  { find: /^ipaddr\.js$/, replacement: shim('ipaddr.ts') },
  { find: /^punycode\.js$/, replacement: shim('punycode.ts') },
  { find: /^(@postalsys\/vmc|fast-xml-parser)$/, replacement: shim('unavailable.ts') },
];

// Modules a package requires by a relative path that the worker never
// runs, caught by importer (an alias would catch every module of that
// name): mailauth's DKIM signer, which its ARC code needs only to seal
// (src/worker/shims/mailauth-arc-signer.ts).
const UNUSED_PACKAGE_MODULES = [
  { importer: /[\\/]node_modules[\\/]mailauth[\\/]lib[\\/]arc[\\/]/, source: /^\.\.\/dkim\/dkim-signer(\.js)?$/, replacement: 'mailauth-arc-signer.ts' },
];

function withoutUnusedPackageModules(): Plugin {
  return {
    name: 'mail-lab-without-unused-package-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined) return null;
      const unused = UNUSED_PACKAGE_MODULES.find((module) => module.importer.test(importer) && module.source.test(source));
      return unused ? shim(unused.replacement) : null;
    },
  };
}

// Pasted mail is hostile: no inline script or style, no plugins, no frames.
// The page itself fetches nothing; DNS-over-HTTPS runs in the worker, which
// only ever contacts the resolver the user chose.
const PAGE_POLICY: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
};
const policyText = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');
const CONTENT_SECURITY_POLICY = policyText(PAGE_POLICY);

// The same policy as response headers, for hosts that read a `_headers`
// file (Netlify, Cloudflare Pages). A <meta> policy binds the page but not
// its worker, which gets the policy of its own response (CSP3 §4.2.1): so
// the header also covers what the worker alone does — DoH to the chosen
// resolver (any https://, or a resolver on this computer) — while the page
// stays bound by its <meta> too, both policies applying. Neither runs
// WebAssembly: no 'wasm-unsafe-eval'. frame-ancestors (clickjacking) works
// only as a header.
export const HEADER_CONTENT_SECURITY_POLICY = policyText({
  ...PAGE_POLICY,
  'connect-src': "'self' https: http://localhost:* http://127.0.0.1:*",
  'frame-ancestors': "'none'",
});
const HEADERS_FILE = `/*
  Content-Security-Policy: ${HEADER_CONTENT_SECURITY_POLICY}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;

// Only in the build: the dev server injects inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'mail-lab-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
  };
}

// The service worker (src/offline) is built as sw.js beside the page. Once
// every file of the build is written, its list of files and a version (a
// hash over their names and bytes) are written into sw.js: a new build is a
// new sw.js, which is how the browser finds an update. Not kept: the host's
// header file, source maps, and sw.js itself.
const NOT_KEPT_OFFLINE = /(^|\/)(_headers|sw\.js)$|\.map$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function offlineBuild(): Plugin {
  return {
    name: 'mail-lab-offline',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL('./src/offline/service-worker.ts', import.meta.url)), fileName: 'sw.js' });
    },
    writeBundle(options) {
      const out = options.dir!;
      const publicFiles = filesUnder(fileURLToPath(new URL('./public/', import.meta.url))).map((path) => relative('public', relative(process.cwd(), path)));
      const built = filesUnder(out).map((path) => relative(out, path));
      const files = [...new Set([...built, ...publicFiles])].map((file) => file.split('\\').join('/')).filter((file) => !NOT_KEPT_OFFLINE.test(file)).sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update('\0').update(readFileSync(join(out, file)));
      const workerPath = join(out, 'sw.js');
      const code = readFileSync(workerPath, 'utf8');
      if (!code.includes('__BUILD_FILES__') || !code.includes('__BUILD_VERSION__')) throw new Error('sw.js: the placeholders for the file list and version are missing');
      // "./" is the site's own address: a visit to it is answered with index.html.
      const kept = JSON.stringify(['./', ...files]);
      writeFileSync(workerPath, code.replaceAll('__BUILD_FILES__', kept).replaceAll('__BUILD_VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16))));
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [svelte({ configFile: false }), contentSecurityPolicy(), offlineBuild()],
  resolve: { alias: mode === 'test' ? [] : WORKER_SHIMS },
  // Relative asset paths: dist/ works under any path (https://host/tools/mail-lab/).
  base: './',
  // Worker plugins are made afresh for each worker bundle (Vite calls this
  // function once per worker), so each one-language plugin keeps the
  // language of its own bundle's entry: src/worker/entry-en.ts gives the
  // English page's worker, entry-de.ts the German one, each with only its
  // language's prose from src/core (issue 18: worker size). The page, the
  // dev server and the CLI keep both languages.
  worker: { format: 'es', plugins: () => (mode === 'test' ? [] : [withoutUnusedPackageModules(), oneLanguage({ scope: /[\\/]src[\\/]core[\\/]/ })]) },
  // Source maps only when asked (SOURCEMAP=1): a deployed site need not ship its sources twice.
  build: { target: 'es2022', sourcemap: process.env['SOURCEMAP'] === '1', chunkSizeWarningLimit: 1500 },
  // A busy port is an error, not a quiet move to another one the user was not told about.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], exclude: ['test/browser/**'], testTimeout: 30_000, setupFiles: ['test/support/fast-check-seed.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // Every test fails on a console error or warning it did not declare.
          setupFiles: ['test/browser/console-check.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
