// The one-language worker build (vite-plugin-one-language.ts): small
// modules bundled by rolldown with the plugin, as the worker build runs it,
// then run, so the test sees both what is left of the other language and
// that the code still works.

import { describe, expect, it } from 'vitest';
import { rolldown, type Plugin } from 'rolldown';
import { oneLanguage, type Language } from '../vite-plugin-one-language.ts';

const ROOT = '/project/src/';
const SCOPE = /\/project\/src\/core\//;

/** Modules held in memory, by their path under /project/src/. */
function memory(files: Record<string, string>): Plugin {
  return {
    name: 'memory',
    resolveId(source, importer) {
      if (!importer) return source;
      return new URL(source, `file://${importer}`).pathname;
    },
    load(id) {
      const path = id.slice(ROOT.length);
      if (!(path in files)) throw new Error(`no module ${id}`);
      return files[path];
    },
  };
}

async function bundle(files: Record<string, string>, options: { entry?: string; language?: Language } = {}): Promise<string> {
  const entry = options.entry ?? 'core/main.ts';
  const built = await rolldown({
    input: ROOT + entry,
    plugins: [oneLanguage({ scope: SCOPE, ...(options.language ? { language: options.language } : {}), readSource: (file) => files[file.slice(ROOT.length)]! }), memory(files)],
  });
  const { output } = await built.generate({ format: 'esm' });
  await built.close();
  return output[0].code;
}

async function run(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<Record<string, unknown>>;
}

const HELPER = `
export interface LocalizedText { en: string; de: string }
/** A bilingual helper by the convention: parameters en, de. */
export function text(en: string, de: string): LocalizedText {
  return { en, de };
}
export const finding = (code: string, en: string, de: string) => ({ code, text: text(en, de) });
`;

const MAIN = `
import { text, finding as noted } from './catalogue.ts';
type Meaning = readonly [score: number, en: string, de: string];
const RULES: Record<string, Meaning> = { BAYES: [1.5, 'Bayes filter.', 'Bayes-Filter.'] };
const PAIR = ['SCL', 'BCL'];
const where = (listed: boolean) => (listed ? text('a list', 'eine Liste') : { en: 'a gateway', de: 'ein Gateway' });
export const report = (count: number) => ({
  greeting: { en: \`Hello, \${count} times\`, de: \`Hallo, \${count}-mal\` },
  nested: text(\`outer \${where(true).en}\`, \`außen \${where(true).de}\`),
  rule: RULES['BAYES'],
  finding: noted('x-1', 'Found.', 'Gefunden.'),
  pair: PAIR,
});
`;

describe('one language in the worker build', () => {
  it('keeps only English in the English build, in every shape, and the code still runs', async () => {
    const code = await bundle({ 'core/catalogue.ts': HELPER, 'core/main.ts': MAIN }, { language: 'en' });
    expect(code).not.toMatch(/Hallo|Liste|Gateway|Bayes-Filter|Gefunden|außen/);
    const { report } = await run(code);
    expect((report as (count: number) => unknown)(3)).toEqual({
      greeting: { en: 'Hello, 3 times', de: 'Hello, 3 times' },
      nested: { en: 'outer a list', de: 'outer a list' },
      rule: [1.5, 'Bayes filter.', 'Bayes filter.'],
      finding: { code: 'x-1', text: { en: 'Found.', de: 'Found.' } },
      // A pair of strings that is no bilingual tuple stays as it is.
      pair: ['SCL', 'BCL'],
    });
  });

  it('keeps only German in the German build, the language read from the entry file name', async () => {
    const entry = "import { report } from '../core/main.ts';\nexport { report };\n";
    const code = await bundle({ 'core/catalogue.ts': HELPER, 'core/main.ts': MAIN, 'worker/entry-de.ts': entry }, { entry: 'worker/entry-de.ts' });
    expect(code).not.toMatch(/Hello|a list|a gateway|Bayes filter\.|Found\./);
    const { report } = await run(code);
    expect((report as (count: number) => { greeting: unknown; rule: unknown }) (2)).toMatchObject({ greeting: { en: 'Hallo, 2-mal', de: 'Hallo, 2-mal' }, rule: [1.5, 'Bayes-Filter.', 'Bayes-Filter.'] });
  });

  it('leaves a worker whose entry names no language, and modules outside the scope, with both languages', async () => {
    const outside = "export const both = { en: 'English', de: 'Deutsch' };\n";
    const code = await bundle({ 'worker/entry.ts': "export { both } from './outside.ts';\n", 'worker/outside.ts': outside }, { entry: 'worker/entry.ts' });
    expect(code).toContain('Deutsch');
    const scoped = await bundle({ 'core/main.ts': "export { both } from '../worker/outside.ts';\n", 'worker/outside.ts': outside }, { language: 'en' });
    expect(scoped).toContain('Deutsch');
  });

  const unknownShapes: [string, string, RegExp][] = [
    ['prose collected per language', "const en: string[] = ['a'];\nconst de: string[] = ['b'];\nexport const joined = { en: en.join(), de: de.join() };\n", /"en" declared outside/],
    ['an object with one language', "export const problem = { message: 'Empty.', de: 'Leer.' };\n", /"de" but not the other/],
    ['a computed language key', "export const t = { en: 'a', ['de']: 'b' };\n", /computed, method or accessor "de"/],
    ['a helper passed as a value', `import { text } from './catalogue.ts';\nexport const makers = [text];\n`, /used other than by calling it/],
    ['a helper called with a spread', `import { text } from './catalogue.ts';\nconst both = ['a', 'b'] as const;\nexport const t = text(...both);\n`, /spread or without both texts/],
    ['a namespace import of helpers', `import * as catalogue from './catalogue.ts';\nexport const t = catalogue.text('a', 'b');\n`, /namespace import/],
    ['a helper name declared twice', "export function one() { const say = (en: string, de: string) => ({ en, de }); return say('a', 'b'); }\nexport function two() { const say = (n: number) => n; return say(1); }\n", /declared more than once/],
    ['an accessor for a language', "export const t = { en: 'a', get de() { return 'b'; } };\n", /computed, method or accessor "de"/],
  ];
  for (const [what, source, message] of unknownShapes) {
    it(`fails the build on ${what}`, async () => {
      await expect(bundle({ 'core/catalogue.ts': HELPER, 'core/main.ts': source }, { language: 'en' })).rejects.toThrow(message);
    });
  }
});
