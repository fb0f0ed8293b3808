// The reading of TypeScript sources for vite-plugin-one-language.ts: the
// ESTree nodes the build's parser gives, and the bilingual shapes found in
// them (helpers by their parameters, tuples by their labels, declared names).

/** An ESTree node as this.parse gives it, with the TypeScript nodes too. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

export type Parse = (code: string) => Node;

/** Where the kept and the dropped language stand in a helper's parameters, or a tuple's elements. */
export interface Positions {
  en: number;
  de: number;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [field, value] of Object.entries(node)) {
    if (field === 'parent') continue;
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) found.push(item);
    if (isNode(value)) found.push(value);
  }
  return found;
}

export function walk(node: Node, visit: (node: Node, parent: Node | null) => void, parent: Node | null = null): void {
  visit(node, parent);
  for (const child of children(node)) walk(child, visit, node);
}

export function keyName(property: Node): string | null {
  const key = property['key'] as Node | undefined;
  if (!key) return null;
  if (key.type === 'Identifier') return key['name'] as string;
  if (key.type === 'Literal' && typeof key['value'] === 'string') return key['value'];
  return null;
}

/** The positions of `en` and `de` among a function's parameters, if it is a bilingual helper. */
export function helperPositions(fn: Node): Positions | null {
  const names = (fn['params'] as Node[]).map((param) => (param.type === 'Identifier' ? (param['name'] as string) : null));
  const en = names.indexOf('en');
  return en >= 0 && names[en + 1] === 'de' ? { en, de: en + 1 } : null;
}

export function isFunction(node: Node | null | undefined): node is Node {
  return isNode(node) && ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(node.type);
}

/** Helpers declared at a module's top level (or exported there), by local name. */
export function topLevelHelpers(program: Node): Map<string, Positions> {
  const helpers = new Map<string, Positions>();
  for (let statement of program['body'] as Node[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement['declaration']) statement = statement['declaration'] as Node;
    if (statement.type === 'FunctionDeclaration' && statement['id']) {
      const positions = helperPositions(statement);
      if (positions) helpers.set((statement['id'] as Node)['name'] as string, positions);
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as Node[]) {
        const init = declarator['init'] as Node | undefined;
        const id = declarator['id'] as Node;
        const positions = isFunction(init) ? helperPositions(init) : null;
        if (positions && id.type === 'Identifier') helpers.set(id['name'] as string, positions);
      }
    }
  }
  return helpers;
}

type Tuple = Positions & { length: number };

/** The tuples labelled en and de in a type, as written there or through the named types it refers to. */
function tuplesIn(type: Node, named: ReadonlyMap<string, Tuple[]>): Tuple[] {
  const found: Tuple[] = [];
  walk(type, (node) => {
    if (node.type === 'TSTupleType') {
      const labels = (node['elementTypes'] as Node[]).map((element) => (element.type === 'TSNamedTupleMember' ? ((element['label'] as Node)['name'] as string) : null));
      const en = labels.indexOf('en');
      if (en >= 0 && labels.includes('de')) found.push({ en, de: labels.indexOf('de'), length: labels.length });
    }
    const name = node.type === 'TSTypeReference' ? (node['typeName'] as Node)['name'] : undefined;
    if (typeof name === 'string') found.push(...(named.get(name) ?? []));
  });
  return found;
}

/** The variable initialisers whose declared type holds a bilingual tuple, with the tuples' shapes. */
export function bilingualTupleRegions(program: Node): { start: number; end: number; tuples: Tuple[] }[] {
  const types: Node[] = [];
  walk(program, (node) => {
    if (node.type === 'TSTypeAliasDeclaration' || node.type === 'TSInterfaceDeclaration') types.push(node);
  });
  // Types refer to types: settle until no name gains a tuple.
  const named = new Map<string, Tuple[]>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of types) {
      const name = (type['id'] as Node)['name'] as string;
      const tuples = tuplesIn((type['typeAnnotation'] ?? type['body']) as Node, named);
      if (tuples.length > (named.get(name)?.length ?? 0)) {
        named.set(name, tuples);
        changed = true;
      }
    }
  }
  const regions: { start: number; end: number; tuples: Tuple[] }[] = [];
  walk(program, (node) => {
    const annotation = node.type === 'VariableDeclarator' ? ((node['id'] as Node)['typeAnnotation'] as Node | null) : null;
    const init = node['init'] as Node | null;
    if (!annotation || !init) return;
    const tuples = tuplesIn(annotation, named);
    if (tuples.length > 0) regions.push({ start: init.start, end: init.end, tuples });
  });
  return regions;
}

/** The names a node declares (variables, functions, classes, parameters, imports, catch clauses). */
export function declaredNames(node: Node): { name: string; node: Node }[] {
  const ids: Node[] = [];
  const patterns = (pattern: Node | null | undefined): void => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') ids.push(pattern);
    else if (pattern.type === 'ObjectPattern') for (const property of pattern['properties'] as Node[]) patterns((property['value'] ?? property['argument']) as Node);
    else if (pattern.type === 'ArrayPattern') for (const element of pattern['elements'] as (Node | null)[]) patterns(element);
    else if (pattern.type === 'RestElement') patterns(pattern['argument'] as Node);
    else if (pattern.type === 'AssignmentPattern') patterns(pattern['left'] as Node);
    else if (pattern.type === 'TSParameterProperty') patterns(pattern['parameter'] as Node);
  };
  if (node.type === 'VariableDeclarator') patterns(node['id'] as Node);
  if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node['id']) ids.push(node['id'] as Node);
  if (isFunction(node)) for (const param of node['params'] as Node[]) patterns(param);
  if (node.type === 'CatchClause') patterns(node['param'] as Node | null);
  if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') ids.push(node['local'] as Node);
  return ids.map((id) => ({ name: id['name'] as string, node: id }));
}

/** Whether an identifier reads a binding (not a property name, a declaration, an import or a callee). */
export function isValueUse(node: Node, parent: Node | null): boolean {
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent['callee'] === node) return false;
  if (parent.type === 'MemberExpression' && parent['property'] === node && !parent['computed']) return false;
  if (parent.type === 'Property' && parent['key'] === node && !parent['shorthand']) return false;
  if ((parent.type === 'VariableDeclarator' || parent.type === 'FunctionDeclaration') && parent['id'] === node) return false;
  if (parent.type.startsWith('Import') || parent.type.startsWith('Export') || parent.type.startsWith('TS')) return false;
  if (parent.type === 'LabeledStatement' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') return false;
  return true;
}
