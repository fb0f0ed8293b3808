// One analysis worker per page language (issue 18: a worker of at most
// 150 KB gzip). Every prose text in src/core is written in both languages,
// and the worker used to carry both; a page shows one. This plugin, in the
// worker build only, rewrites the core's sources so the worker for language
// L carries L's prose alone: wherever the other language's text stands, L's
// text is put in its place (never an empty string, so a slip can never show
// a blank). The page and the CLI are built without it and keep both.
//
// The bilingual shapes it knows, by the convention the core follows:
// - an object literal with the keys `en` and `de` (LocalizedText, and
//   tables such as `{ name, en, de }`);
// - a call to a bilingual helper: a function whose parameters include `en`
//   directly followed by `de` (`text(en, de)`, `finding(code, level, en,
//   de)`), declared in the module or imported from another module under
//   the scope;
// - an array literal in the value of a variable whose declared type holds a
//   tuple with elements labelled `en` and `de` (`readonly [en: string, de:
//   string]`), directly or through a type or interface of the same module
//   (`Record<string, Rule>`), when it has the tuple's length and both
//   elements are string or template literals.
// Anything else that looks bilingual fails the build with its place: a
// variable or parameter named `en` or `de` outside a helper (prose collected
// per language, which cannot be followed), an object with only one of the
// two keys, a computed, method or accessor `en`/`de`, a helper used other
// than by calling it, called with a spread or too few arguments, declared
// twice in one module, or imported as a namespace.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { bilingualTupleRegions, declaredNames, helperPositions, isFunction, isValueUse, keyName, topLevelHelpers, walk, type Node, type Parse, type Positions } from './vite-plugin-one-language-ast.ts';

export type Language = 'en' | 'de';

const OTHER: Record<Language, Language> = { en: 'de', de: 'en' };

/** A place where the dropped language's text is replaced by the kept one's. */
interface Edit {
  start: number;
  end: number;
  /** The source range whose (rewritten) text takes its place. */
  keep: { start: number; end: number };
  /** What precedes the kept text, e.g. "de: " for a shorthand property. */
  prefix: string;
}

export interface OneLanguageOptions {
  /** Which module ids are rewritten (their path, without a query). */
  scope: RegExp;
  /**
   * The language to keep. Absent: read from the worker bundle's entry,
   * whose file name ends in `-en.ts` or `-de.ts`; an entry naming neither
   * is a worker for both languages and is left as it is.
   */
  language?: Language;
  /** Reads a module's source to find the helpers it exports (default: from the disk). */
  readSource?: (file: string) => string;
}

export class BilingualShapeError extends Error {}

function lineOf(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length;
}

/** The rewriting of one bundle's modules, for one kept language. */
export class OneLanguageRewriter {
  readonly #keep: Language;
  readonly #parse: Parse;
  readonly #scope: RegExp;
  readonly #readSource: (file: string) => string;
  /** Each module's exported helpers, by exported name: read once per file. */
  readonly #exports = new Map<string, Map<string, Positions>>();

  constructor(keep: Language, parse: Parse, scope: RegExp, readSource: (file: string) => string = (file) => readFileSync(file, 'utf8')) {
    this.#keep = keep;
    this.#parse = parse;
    this.#scope = scope;
    this.#readSource = readSource;
  }

  /** The helpers a module in the scope exports, following `export … from`. */
  exportedHelpers(file: string, seen: Set<string> = new Set()): Map<string, Positions> {
    const known = this.#exports.get(file);
    if (known) return known;
    const exported = new Map<string, Positions>();
    if (seen.has(file) || !this.#scope.test(file)) return exported;
    seen.add(file);
    const program = this.#parse(this.#readSource(file));
    const local = topLevelHelpers(program);
    for (const statement of program['body'] as Node[]) {
      if (statement.type !== 'ExportNamedDeclaration') continue;
      const declaration = statement['declaration'] as Node | null;
      if (declaration) {
        const name = (declaration['id'] as Node | undefined)?.['name'] as string | undefined;
        const positions = name === undefined ? undefined : local.get(name);
        if (name !== undefined && positions) exported.set(name, positions);
        for (const declarator of (declaration['declarations'] as Node[] | undefined) ?? []) {
          const name = (declarator['id'] as Node)['name'] as string;
          const positions = local.get(name);
          if (positions) exported.set(name, positions);
        }
      }
      const source = statement['source'] as Node | null;
      const from = source ? this.exportedHelpers(resolve(dirname(file), source['value'] as string), seen) : local;
      for (const specifier of (statement['specifiers'] as Node[] | undefined) ?? []) {
        const positions = from.get((specifier['local'] as Node)['name'] as string);
        if (positions) exported.set((specifier['exported'] as Node)['name'] as string, positions);
      }
    }
    this.#exports.set(file, exported);
    return exported;
  }

  /** The module's code with the dropped language replaced; null when it has nothing bilingual. */
  rewrite(code: string, file: string): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
    const program = this.#parse(code);
    const fail = (node: Node, why: string): never => {
      throw new BilingualShapeError(`${file}:${lineOf(code, node.start)}: ${why} — the ${this.#keep} worker would carry both languages (see vite-plugin-one-language.ts for the shapes it knows).`);
    };
    const helpers = topLevelHelpers(program);
    const helperParams = new Set<Node>();
    const declared = new Map<string, number>();
    const edits: Edit[] = [];
    const drop = OTHER[this.#keep];

    // First pass: the helpers in reach (nested ones and imports too), then
    // every declared name, and the values typed with bilingual tuples.
    walk(program, (node) => {
      if (isFunction(node)) {
        const positions = helperPositions(node);
        if (positions) for (const param of node['params'] as Node[]) helperParams.add(param);
      }
      if (node.type === 'VariableDeclarator' && isFunction(node['init'] as Node | undefined) && (node['id'] as Node).type === 'Identifier') {
        const positions = helperPositions(node['init'] as Node);
        if (positions) helpers.set((node['id'] as Node)['name'] as string, positions);
      }
      if (node.type === 'FunctionDeclaration' && node['id']) {
        const positions = helperPositions(node);
        if (positions) helpers.set((node['id'] as Node)['name'] as string, positions);
      }
      if (node.type === 'ImportDeclaration' && (node['importKind'] ?? 'value') === 'value') {
        const source = (node['source'] as Node)['value'] as string;
        if (!source.startsWith('.')) return;
        const exported = this.exportedHelpers(resolve(dirname(file), source));
        for (const specifier of node['specifiers'] as Node[]) {
          if (specifier.type === 'ImportNamespaceSpecifier' && exported.size > 0) fail(specifier, `a namespace import of a module with bilingual helpers (${[...exported.keys()].join(', ')})`);
          if (specifier.type !== 'ImportSpecifier') continue;
          const imported = specifier['imported'] as Node;
          const positions = exported.get((imported['name'] ?? imported['value']) as string);
          if (positions) helpers.set((specifier['local'] as Node)['name'] as string, positions);
        }
      }
    });
    const tupleRegions = bilingualTupleRegions(program);
    walk(program, (node) => {
      for (const name of declaredNames(node)) {
        declared.set(name.name, (declared.get(name.name) ?? 0) + 1);
        if ((name.name === 'en' || name.name === 'de') && !helperParams.has(name.node)) fail(name.node, `"${name.name}" declared outside a bilingual helper's parameters (prose collected per language cannot be followed; build it from {en, de} values)`);
      }
    });
    for (const name of helpers.keys()) if ((declared.get(name) ?? 0) > 1) fail(program, `the bilingual helper "${name}" is declared more than once in the module, so its calls cannot be told apart`);

    const replace = (dropped: Node, kept: Node, prefix = '') => edits.push({ start: dropped.start, end: dropped.end, keep: { start: kept.start, end: kept.end }, prefix });
    walk(program, (node, parent) => {
      if (node.type === 'ObjectExpression') {
        const byKey = new Map<string, Node>();
        for (const property of node['properties'] as Node[]) {
          const name = keyName(property);
          if (name !== 'en' && name !== 'de') continue;
          if (property['computed'] || property['kind'] !== 'init' || property['method']) fail(property, `a computed, method or accessor "${name}"`);
          byKey.set(name, property);
        }
        const kept = byKey.get(this.#keep);
        const dropped = byKey.get(drop);
        if (byKey.size === 1) fail(node, `an object with "${[...byKey.keys()][0]}" but not the other language`);
        if (kept && dropped) replace(dropped, kept['value'] as Node, `${drop}: `);
      }
      if (node.type === 'CallExpression' && (node['callee'] as Node).type === 'Identifier') {
        const positions = helpers.get((node['callee'] as Node)['name'] as string);
        if (!positions) return;
        const args = node['arguments'] as Node[];
        if (args.some((arg) => arg.type === 'SpreadElement') || args.length <= positions.de) fail(node, 'a bilingual helper called with a spread or without both texts');
        replace(args[positions[drop]]!, args[positions[this.#keep]]!);
      }
      if (node.type === 'Identifier' && helpers.has(node['name'] as string) && isValueUse(node, parent)) fail(node, `the bilingual helper "${node['name'] as string}" used other than by calling it`);
      if (node.type === 'ArrayExpression') {
        const elements = node['elements'] as (Node | null)[];
        const region = tupleRegions.find((candidate) => candidate.start <= node.start && node.end <= candidate.end);
        for (const tuple of region?.tuples ?? []) {
          const en = elements[tuple.en];
          const de = elements[tuple.de];
          const literal = (element: Node | null | undefined) => element && ((element.type === 'Literal' && typeof element['value'] === 'string') || element.type === 'TemplateLiteral');
          if (elements.length === tuple.length && literal(en) && literal(de)) {
            replace(this.#keep === 'en' ? de! : en!, this.#keep === 'en' ? en! : de!);
            break;
          }
        }
      }
    });
    if (edits.length === 0) return null;
    return applyEdits(code, edits, file);
  }
}

/**
 * Applies the edits: each dropped range gets the kept range's text, itself
 * rewritten (a kept English text may hold a nested {en, de}). Edits inside
 * a dropped range vanish with it.
 */
function applyEdits(code: string, edits: Edit[], file: string) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: Edit[] = [];
  for (const edit of sorted) {
    const last = outer[outer.length - 1];
    if (last && edit.start < last.end) continue;
    outer.push(edit);
  }
  const render = (start: number, end: number): string => {
    let text = '';
    let at = start;
    for (const edit of outer) {
      if (edit.start < start || edit.end > end) continue;
      text += code.slice(at, edit.start) + edit.prefix + render(edit.keep.start, edit.keep.end);
      at = edit.end;
    }
    return text + code.slice(at, end);
  };
  const magic = new MagicString(code);
  for (const edit of outer) magic.overwrite(edit.start, edit.end, edit.prefix + render(edit.keep.start, edit.keep.end));
  return { code: magic.toString(), map: magic.generateMap({ hires: true, source: file }) };
}

/** The language a worker bundle is built for, from its entry's file name. */
export function languageOfEntry(inputs: readonly string[]): Language | null {
  const languages = new Set(inputs.map((input) => /-(en|de)\.ts$/.exec(input.split('?')[0]!)?.[1] as Language | undefined).filter((found) => found !== undefined));
  if (languages.size > 1) throw new Error(`one worker bundle with entries for two languages: ${inputs.join(', ')}`);
  return [...languages][0] ?? null;
}

export function oneLanguage(options: OneLanguageOptions): Plugin {
  let rewriter: OneLanguageRewriter | null = null;
  return {
    name: 'mail-lab-one-language',
    // Before TypeScript is stripped: the tuple labels are types.
    enforce: 'pre',
    buildStart(input) {
      const entries = Array.isArray(input.input) ? input.input : Object.values(input.input ?? {});
      const keep = options.language ?? languageOfEntry(entries as string[]);
      rewriter = keep ? new OneLanguageRewriter(keep, (code) => this.parse(code, { lang: 'ts' }) as unknown as Node, options.scope, options.readSource) : null;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!rewriter || !file.endsWith('.ts') || !options.scope.test(file)) return null;
      try {
        return rewriter.rewrite(code, file);
      } catch (error) {
        if (error instanceof BilingualShapeError) this.error(error.message);
        throw error;
      }
    },
  };
}
