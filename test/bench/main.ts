// `npm run bench`: speed and size, measured against references in the same
// run so the figures compare across machines. Not a test: it prints and
// writes test-results/bench.json, and never fails on a number.
//
// 1. A 10 MB message with an RSA and an Ed25519 signature, authenticated
//    by the built worker in Chromium, against the same pipeline in Node on
//    native crypto, and against mailauth's own authenticate() in Node.
// 2. The longest main-thread task while the page analyses that message.
// 3. Bundle sizes (gzip): the worker at start and its chunks loaded on
//    need, what the page needs to paint, and the header knowledge each
//    fixture message and sample loads (catalogue-chunks.ts).
// 4. The Received parser on 1 MB of hostile fields against 1 MB of
//    ordinary ones: linear time shows as a ratio near 1.
// 5. Share link sizes for 10 KB, 100 KB and 1 MB messages.
// 6. The denial-of-service inputs of issue 10 under the verification
//    limits, as a ratio to an ordinary fixture message.
// 7. The mail-lab command: start-up, batches with --jobs, peak memory
//    (cli-bench.ts).
// 8. The DNS critical path of every fixture case and sample, each answer
//    50 ms away (dns-critical-path.ts), and the figures of issue 18 beside
//    their goals (issue-18-goals.ts).
// 9. The worker's own SHA-1, SHA-256 and Ed25519 against node:crypto's in
//    the same process (crypto-speed.ts).

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { buildLargeMessage } from './large-message.ts';
import { measureInChromium } from './chromium-bench.ts';
import { measureReceivedParse } from './received-parse.ts';
import { measureShareLinks, printShareSizes } from './share-size.ts';
import { measureLimitedInputs, printLimitedInputs } from './limited-inputs.ts';
import { measureCli, printCliBench } from './cli-bench.ts';
import { measureCriticalPaths, printCriticalPaths, summarizeCriticalPaths } from './dns-critical-path.ts';
import { issue18Goals } from './issue-18-goals.ts';
import { measureCatalogueChunks, printCatalogueChunks, summarizeByKind } from './catalogue-chunks.ts';
import { measureCryptoSpeed, printCryptoSpeed } from './crypto-speed.ts';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeRuns(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/**
 * The chunks the worker's entry names, and the ones they name in turn: the
 * bounce diagnosis, sharing, what-if and Check a domain, each loaded by
 * import() only when a message or a call needs it.
 */
function chunksNamedBy(folder: string, entry: string): string[] {
  const found = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const code = readFileSync(`${folder}${queue.pop()!}`, 'utf8');
    for (const [, file] of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      if (file === entry || found.has(file!) || !existsSync(`${folder}${file}`)) continue;
      found.add(file!);
      queue.push(file!);
    }
  }
  return [...found].sort();
}

function bundleSizes(dist: string) {
  const assets = readdirSync(`${dist}assets`);
  // One worker per page language (vite-plugin-one-language.ts); a page
  // loads one of them, and the larger is what a page may have to load.
  const workers = (['en', 'de'] as const).map((language) => {
    const file = assets.find((name) => new RegExp(`^entry-${language}-[\\w-]+\\.js$`).test(name));
    if (!file) throw new Error(`the build has no worker for ${language} (dist/assets/entry-${language}-*.js)`);
    return { language, file, gzip: gzipSize(`${dist}assets/${file}`) };
  });
  const largest = workers.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const workerOnNeed = Object.fromEntries(chunksNamedBy(`${dist}assets/`, largest.file).map((file) => [file, gzipSize(`${dist}assets/${file}`)]));
  const html = readFileSync(`${dist}index.html`, 'utf8');
  // What the page loads before it can paint: the HTML, its entry script and
  // the stylesheet; the worker is fetched only when an analysis starts.
  const firstPaint = [...html.matchAll(/(?:src|href)="\.?\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return {
    // What the worker loads to start and to analyse an ordinary message: the larger language's.
    workerGzip: largest.gzip,
    workerGzipByLanguage: Object.fromEntries(workers.map((worker) => [worker.language, worker.gzip])),
    workerOnNeedGzip: workerOnNeed,
    firstPaintGzip: firstPaint.reduce((sum, file) => sum + gzipSize(`${dist}assets/${file}`), 0) + gzipSync(html).length,
    firstPaintFiles: firstPaint,
  };
}

async function main(): Promise<void> {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  await build({ logLevel: 'warn' });
  const message = buildLargeMessage();
  console.log(`message: ${(message.bytes.length / 1e6).toFixed(2)} MB, signed rsa-sha256 (2048) and ed25519-sha256`);

  const nodeRuns = await timeRuns(async () => {
    const analysis = await analyze(message.bytes, {
      resolver: createLookupSession(createZoneSource(message.zone)).resolver,
      now: message.now,
      envelope: message.envelope,
    });
    if (analysis.dkim.some((signature) => signature.result !== 'pass')) throw new Error('the bench message must verify in Node');
  });

  const { authenticate } = await import('mailauth');
  const mailauthRuns = await timeRuns(async () => {
    // mailauth's typings narrow the answers to strings; ours include MX objects, as Node's do.
    const resolver = createLookupSession(createZoneSource(message.zone)).resolver as NonNullable<Parameters<typeof authenticate>[1]>['resolver'];
    await authenticate(Buffer.from(message.bytes), { resolver, ip: message.envelope.ip, helo: message.envelope.helo, sender: message.envelope.mailFrom, mta: 'bench' });
  });

  const large = buildLargeMessage(50_000_000);
  console.log(`and ${(large.bytes.length / 1e6).toFixed(2)} MB for responsiveness`);
  const chromium = await measureInChromium(dist, message, large, RUNS);
  const sizes = bundleSizes(dist);
  const catalogueChunks = await measureCatalogueChunks(dist);
  const receivedParse = measureReceivedParse();
  const shareLinks = await measureShareLinks();
  const limitedInputs = await measureLimitedInputs();
  const cli = await measureCli();
  const criticalPaths = await measureCriticalPaths();
  const cryptoSpeed = measureCryptoSpeed();
  const results = {
    date: new Date().toISOString(),
    messageBytes: message.bytes.length,
    nodePipelineMs: median(nodeRuns),
    nodeMailauthMs: median(mailauthRuns),
    workerMs: median(chromium.workerRuns),
    workerColdStartMs: chromium.coldStartMs,
    workerFirstAnalysisMs: chromium.firstAnalysisMs,
    ratioWorkerToNode: median(chromium.workerRuns) / median(nodeRuns),
    ratioWorkerToMailauth: median(chromium.workerRuns) / median(mailauthRuns),
    ratioPipelineToMailauth: median(nodeRuns) / median(mailauthRuns),
    longestMainThreadTaskMs: chromium.longestTaskMs,
    pageAnalysisMs: chromium.pageAnalysisMs,
    pasteLongestTaskMs: chromium.pasteLongestTaskMs,
    pasteAnalysisMs: chromium.pasteAnalysisMs,
    large: { messageBytes: large.bytes.length, ...chromium.large },
    ...sizes,
    catalogueChunks: { ...summarizeByKind(catalogueChunks), messages: catalogueChunks },
    receivedParse,
    receivedParseHostileToOrdinary: receivedParse.hostile.parseAllMs / receivedParse.ordinary.parseAllMs,
    shareLinks,
    limitedInputs,
    cli,
    dnsCriticalPath: { summary: summarizeCriticalPaths(criticalPaths), messages: criticalPaths },
    cryptoSpeed,
  };

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.table({
    'Node, our pipeline (native crypto)': `${results.nodePipelineMs.toFixed(0)} ms`,
    'Node, mailauth authenticate()': `${results.nodeMailauthMs.toFixed(0)} ms`,
    'Chromium worker, our pipeline': `${results.workerMs.toFixed(0)} ms`,
    'worker / Node pipeline': `${results.ratioWorkerToNode.toFixed(2)}x`,
    'worker / mailauth on Node': `${results.ratioWorkerToMailauth.toFixed(2)}x`,
    'Node pipeline / mailauth on Node': `${results.ratioPipelineToMailauth.toFixed(2)}x`,
    'worker cold start (new Worker to ping)': `${results.workerColdStartMs.toFixed(0)} ms`,
    'worker first analysis (new Worker to verdict, 10 MB)': `${results.workerFirstAnalysisMs.toFixed(0)} ms`,
    'page: open file to verdict, 10 MB': `${results.pageAnalysisMs.toFixed(0)} ms`,
    'longest main-thread task (file)': `${results.longestMainThreadTaskMs.toFixed(0)} ms`,
    'page: paste to verdict, 10 MB': `${results.pasteAnalysisMs.toFixed(0)} ms`,
    'longest main-thread task (paste)': `${results.pasteLongestTaskMs.toFixed(0)} ms`,
    'page: open 50 MB to verdict': `${chromium.large.openMs.toFixed(0)} ms, longest task ${chromium.large.openLongestTaskMs.toFixed(0)} ms`,
    'page: paste 50 MB to verdict': `${chromium.large.pasteMs.toFixed(0)} ms, longest task ${chromium.large.pasteLongestTaskMs.toFixed(0)} ms`,
    'worker bundle at start (gzip)': `${kb(results.workerGzip)} (goal ≤ 150 KB; the larger of English ${kb(results.workerGzipByLanguage['en']!)} and German ${kb(results.workerGzipByLanguage['de']!)})`,
    'worker chunks loaded on need (gzip)': Object.entries(results.workerOnNeedGzip).map(([file, bytes]) => `${file.replace(/-[\w]+\.js$/, '')} ${kb(bytes)}`).join(', '),
    'JS+CSS+HTML before first paint (gzip)': `${kb(results.firstPaintGzip)} (goal ≤ 45 KB)`,
    'Received parser, 1 MB hostile': `${receivedParse.hostile.parseAllMs} ms (${receivedParse.hostile.fields} fields)`,
    'Received parser, 1 MB ordinary': `${receivedParse.ordinary.parseAllMs} ms (${receivedParse.ordinary.fields} fields)`,
    'hostile / ordinary': `${results.receivedParseHostileToOrdinary.toFixed(2)}x`,
  });
  printCatalogueChunks(catalogueChunks);
  printShareSizes(shareLinks);
  printLimitedInputs(limitedInputs);
  printCliBench(cli);
  printCriticalPaths(criticalPaths);
  printCryptoSpeed(cryptoSpeed);
  console.log('issue 18, each figure beside its goal:');
  console.table(issue18Goals({ ...results, dns: results.dnsCriticalPath.summary }));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
}

await main();
