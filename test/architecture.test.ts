// The shape of src/ as STYLE.md draws it: ui → worker → core → dns (the
// interface only), cli → core, lib (the package entry) → core and dns. This
// test reads every import under src/ and fails on an arrow that points the
// wrong way, on DOM or Node use in core/ and dns/, and on raw-HTML sinks
// anywhere.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

interface ImportEdge {
  file: string;
  specifier: string;
  typeOnly: boolean;
  /** Resolved path relative to src/, for our own modules. */
  target: string | null;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Source without comments, so a comment that mentions require('x') is not an import. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function importsOf(file: string): ImportEdge[] {
  const text = codeOf(file);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)) : null;
    edges.push({ file: relative(SRC, file), specifier, typeOnly, target });
  };
  for (const match of text.matchAll(IMPORT)) add(match[3]!, Boolean(match[2]));
  for (const match of text.matchAll(DYNAMIC)) add(match[1]!, false);
  return edges;
}

const files = listFiles(SRC);
const edges = files.flatMap(importsOf);
const layerOf = (path: string) => path.split('/')[0]!;

function violations(check: (edge: ImportEdge) => string | null): string[] {
  return edges.map((edge) => {
    const why = check(edge);
    return why ? `${edge.file} imports ${edge.specifier}: ${why}` : null;
  }).filter((v): v is string => v !== null);
}

// core may see of dns only the resolver interface, the zone.json types,
// the address and TXT text forms that answers carry (the record workbench
// reads pasted zone-file TXT with the same reader), and the per-analysis
// cap on questions (a wrapper around the interface).
const DNS_INTERFACE = new Set(['dns/resolver.ts', 'dns/zone-file.ts', 'dns/ip-address.ts', 'dns/query-budget.ts', 'dns/txt-presentation.ts']);

// Plain data the page shows before any analysis runs: the resolver presets,
// the redaction switches and the share presets over them, with their texts,
// the default blocklists, the names of the sender checklist's items, and
// the mail providers' SPF includes the generator offers, and whose fault
// each kind of failed lookup is (the table the page's notice shares with
// the command line).
// No logic beyond naming the preset a set of switches makes, no parsing.
const UI_DATA = new Set(['dns/presets.ts', 'dns/resolver-fault.ts', 'core/share/redaction-switches.ts', 'core/share/share-presets.ts', 'core/sender/blocklists.ts', 'core/sender/item-titles.ts', 'core/sender/common-selectors.ts', 'core/records/spf/spf-providers.ts']);

// The two ends of each worker's comlink boundary: the analysis worker's and
// the record workbench's.
const COMLINK_ENDS = new Set(['worker/client.ts', 'worker/entry.ts', 'worker/records-client.ts', 'worker/records-entry.ts']);
// What the page may import of the worker layer: each worker's client.
const WORKER_CLIENTS = new Set(['worker/client.ts', 'worker/records-client.ts']);

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(edges.length).toBeGreaterThan(50);
  });

  it('core imports only core, the dns interface and mailauth (in the adapter)', () => {
    expect(
      violations((edge) => {
        if (layerOf(edge.file) !== 'core') return null;
        if (edge.target) {
          if (layerOf(edge.target) === 'core') return null;
          return DNS_INTERFACE.has(edge.target) ? null : 'core may only use the dns interface';
        }
        if (edge.specifier.startsWith('mailauth/')) {
          return edge.file === 'core/auth/mailauth-adapter.ts' || edge.file.endsWith('.d.ts') ? null : 'only the mailauth adapter calls mailauth';
        }
        return 'core uses no packages and no Node built-ins';
      }),
    ).toEqual([]);
  });

  it('dns imports nothing outside dns', () => {
    expect(violations((edge) => (layerOf(edge.file) === 'dns' && (edge.target === null || layerOf(edge.target) !== 'dns') ? 'dns stands alone' : null))).toEqual([]);
  });

  it('worker imports core, dns and its own shims; only the clients and entries speak comlink', () => {
    expect(
      violations((edge) => {
        if (layerOf(edge.file) !== 'worker') return null;
        if (edge.target) return ['core', 'dns', 'worker'].includes(layerOf(edge.target)) ? null : 'worker may not reach ui or cli';
        if (edge.specifier === 'comlink') return COMLINK_ENDS.has(edge.file) ? null : 'only the clients and entries import comlink';
        return edge.file.startsWith('worker/shims/') ? null : 'packages belong in the shims';
      }),
    ).toEqual([]);
  });

  it('ui reaches the analysis only through the worker clients', () => {
    expect(
      violations((edge) => {
        if (layerOf(edge.file) !== 'ui' || !edge.target) return null;
        const layer = layerOf(edge.target);
        if (layer === 'ui' || WORKER_CLIENTS.has(edge.target) || UI_DATA.has(edge.target)) return null;
        return edge.typeOnly ? null : 'the ui may import only types from core and worker/api';
      }),
    ).toEqual([]);
  });

  it('offline, the service worker, stands alone: no import at all, and nothing imports it (the page registers sw.js by URL)', () => {
    expect(violations((edge) => (layerOf(edge.file) === 'offline' ? 'the service worker is one self-contained file' : null))).toEqual([]);
    expect(violations((edge) => (edge.target && layerOf(edge.target) === 'offline' && !edge.typeOnly ? 'sw.js is built on its own' : null))).toEqual([]);
  });

  it('cli uses core and dns, never the worker or the ui', () => {
    expect(violations((edge) => (layerOf(edge.file) === 'cli' && edge.target && ['ui', 'worker'].includes(layerOf(edge.target)) ? 'cli runs the core directly' : null))).toEqual([]);
  });

  it('lib, the package entry, exposes core and dns only', () => {
    expect(
      violations((edge) => {
        if (layerOf(edge.file) !== 'lib') return null;
        return edge.target && ['core', 'dns'].includes(layerOf(edge.target)) ? null : 'the library is the core and its resolvers';
      }),
    ).toEqual([]);
  });

  it('core, dns and lib touch neither the DOM nor Node', () => {
    const offenders = files
      .filter((file) => ['core', 'dns', 'lib'].includes(layerOf(relative(SRC, file))) && !file.endsWith('platform.d.ts'))
      .filter((file) => /\b(document|window|localStorage|sessionStorage|navigator|process|Buffer|require)\s*[.(\[]/.test(codeOf(file)))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('nothing renders raw HTML or evaluates strings as code', () => {
    const sinks = /\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
    expect(files.filter((file) => sinks.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file))).toEqual([]);
  });
});
