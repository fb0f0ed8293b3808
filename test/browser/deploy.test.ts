// The built site deployed as a static host would serve it: under a
// sub-path (/tools/mail-lab/) with the response headers of the build's own
// `_headers` file, whose policy then binds the worker too. A sample and a
// case over the local DoH server must still analyse, with every request
// inside the sub-path or to the resolver, and no policy violation.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { DIST } from './harness.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

const BASE = '/tools/mail-lab/';

/** The headers of the `/*` rule of a Netlify-style `_headers` file. */
function headersOf(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) break;
    headers[match[1]!.toLowerCase()] = match[2]!;
  }
  return headers;
}

let browser: Browser;
let site: StaticServer;
let doh: DohServer;
const headers = headersOf(`${DIST}_headers`);

beforeAll(async () => {
  [browser, site, doh] = await Promise.all([launchChromium(), startStaticServer(DIST, { base: BASE, headers }), startDohServer()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), doh?.close()]);
});

/** A page that collects what the console says about the policy. */
async function openSite(): Promise<{ page: Page; violations: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.url}${BASE}`);
  return { page, violations, requests };
}

describe(`the site under ${BASE} with its _headers`, () => {
  it('the _headers policy is the page policy plus what only the worker needs', () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(`${DIST}index.html`, 'utf8'))?.[1];
    expect(meta).toBeDefined();
    const directives = (policy: string) => new Map(policy.split(/;\s*/).map((part) => [part.split(' ')[0]!, part]));
    const page = directives(meta!);
    const header = directives(headers['content-security-policy']!);
    for (const [name, value] of page) {
      if (name === 'connect-src') expect(header.get(name)).toMatch(/^connect-src 'self' https: /);
      else expect(header.get(name)).toBe(value);
    }
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    // Nothing runs WebAssembly, so neither policy allows compiling it.
    expect(headers['content-security-policy']).not.toContain('wasm');
  });

  it('analyses a sample, loading everything from inside the sub-path', async () => {
    const { page, violations, requests } = await openSite();
    await page.getByLabel('Sample:').selectOption('normal');
    await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
    expect(await page.locator('[data-verdict="DMARC"] [data-result]').getAttribute('data-result')).toBe('pass');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(`${site.url}${BASE}`))).toEqual([]);
    expect(site.requests.some((path) => /^\/tools\/mail-lab\/assets\/entry-[\w-]+\.js$/.test(path))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the worker, bound by the header policy, still asks the chosen DoH resolver', async () => {
    const fixture = readCase(`${OWN_CASES}spf-include-pass`);
    doh.setZone(fixture.zone);
    const { page, violations } = await openSite();
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('custom');
    await page.getByLabel('DNS-over-HTTPS URL').fill(doh.url);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('Raw message').fill(new TextDecoder().decode(fixture.message));
    const asked = doh.requests.length;
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-verdict="SPF"] [data-result]').waitFor();
    expect(doh.requests.length).toBeGreaterThan(asked);
    expect(violations).toEqual([]);
    await page.close();
  });
});
