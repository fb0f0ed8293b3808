// The confusables table is loaded only when a check meets a character
// outside ASCII: the skeleton of ASCII text needs only the seven mappings of
// ASCII sources, held here to the table itself. Its own test file, so the
// table starts unloaded (each file runs in a fresh process); the tests run
// in order: a failing load first, then one that is not needed, then one that is.

import { describe, expect, it } from 'vitest';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { ASCII_PROTOTYPES, loadConfusables, loadedPrototypes, skeleton, withConfusables } from '../../../src/core/headers/uts39-skeleton.ts';
import { fieldsOf } from './header-fields.ts';

const NOW = '2026-11-27T12:00:00Z';
const ASCII = Array.from({ length: 0x80 }, (_, codePoint) => String.fromCharCode(codePoint));
const realTable = () => import('../../../src/core/headers/confusables-table.ts');
const missingChunk = './no-such-confusables-chunk.ts';
const failingImport = () => import(/* @vite-ignore */ missingChunk);

function recordingLoader() {
  const calls: string[] = [];
  return { calls, loader: () => (calls.push('load'), realTable()) };
}

describe('the confusables table, on need', () => {
  it('says so when the table is needed and fails to load, and still explains every field', async () => {
    const fields = fieldsOf('From: "P\u0430yPal" <service@p\u0430ypal.com>\nSubject: hello');
    const explained = await explainHeaders(fields, { now: NOW, loaders: { confusables: failingImport } });
    expect(explained.headers.map((header) => header.entry)).toEqual(['from', 'subject']);
    const problem = explained.problems.find((item) => item.code === 'header-knowledge-not-loaded');
    expect(problem?.text.en).toMatch(/\(confusables\)/);
    expect(problem?.text.de).toMatch(/\(confusables\)/);
    expect(loadedPrototypes()).toBeNull();
  });

  it('is not loaded for a message whose names and domains are ASCII, look-alike digits included', async () => {
    const { calls, loader } = recordingLoader();
    const fields = fieldsOf('From: "PayPal Service" <service@paypa1.com>\nReply-To: help@rnicrosoft.example\nSubject: hello');
    const explained = await explainHeaders(fields, { now: NOW, loaders: { confusables: loader } });
    expect(calls).toEqual([]);
    expect(explained.problems.map((item) => item.code)).not.toContain('header-knowledge-not-loaded');
    // paypa1 imitates paypal through the ASCII mapping 1 → l alone.
    expect(explained.headers[0]!.findings.map((item) => item.code)).toContain('confusable-domain');
  });

  it('is loaded for a domain outside ASCII, and then gives the table’s findings', async () => {
    const { calls, loader } = recordingLoader();
    const check = await withConfusables(() => skeleton('p\u0430ypal'), loader);
    expect(calls).toEqual(['load']);
    expect(check).toEqual({ result: 'paypal', loaded: true });
  });

  it('maps every ASCII character as the table does: the ASCII mappings are the table’s own, and NFD and ignorables leave ASCII as it is', async () => {
    expect(await loadConfusables(realTable)).toBe(true);
    const table = loadedPrototypes()!;
    for (const char of ASCII) {
      const codePoint = char.codePointAt(0)!;
      expect(ASCII_PROTOTYPES.get(codePoint), `U+${codePoint.toString(16)}`).toEqual(table.get(codePoint));
      expect(char.normalize('NFD')).toBe(char);
      expect(/\p{Default_Ignorable_Code_Point}/u.test(char)).toBe(false);
    }
    expect(ASCII_PROTOTYPES.size).toBe(7);
    expect(skeleton(ASCII.join(''))).toBe(ASCII.map((char) => ASCII_PROTOTYPES.get(char.codePointAt(0)!)?.text ?? char).join(''));
  });
});
