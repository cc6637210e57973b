// Finds response shapes declared outside their one home, libs/contracts: a portal or libs/ui
// interface whose name is a contract's, or whose fields are those of a contract or of an API
// view (a hand copy of what the API answers). Read with the TypeScript parser, not run.
import ts from 'typescript';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the browser tiers keep their code: none of it may declare what the API answers. */
export const CLIENT_ROOTS = ['apps/network-portal/src', 'apps/partner-portal/src', 'libs/ui/src'];
export const CONTRACT_ROOT = 'libs/contracts/src';
export const API_ROOT = 'apps/api/src';

/** Below this many fields two shapes alike by chance (`{ id, name }`) say nothing. */
const MIN_FIELDS = 4;

export function sourceFiles(root, dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(root, path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Interfaces, object type aliases and classes of a file: name, exported, own fields, heritage. */
export function declaredShapes(root, path) {
  const source = ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, true);
  const shapes = [];
  const fieldsOf = (members) =>
    members.filter((m) => (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && m.name && !ts.isComputedPropertyName(m.name)).map((m) => m.name.getText(source));
  const heritageOf = (node) => (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source).replace(/^.*\./, '')));
  const exported = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
  for (const node of source.statements) {
    const at = { path, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 };
    if (ts.isInterfaceDeclaration(node)) {
      shapes.push({ ...at, kind: 'interface', name: node.name.text, exported: exported(node), fields: fieldsOf(node.members), heritage: heritageOf(node) });
    } else if (ts.isTypeAliasDeclaration(node)) {
      const fields = ts.isTypeLiteralNode(node.type) ? fieldsOf(node.type.members) : [];
      shapes.push({ ...at, kind: 'type', name: node.name.text, exported: exported(node), fields, heritage: [] });
    } else if (ts.isClassDeclaration(node) && node.name) {
      shapes.push({ ...at, kind: 'class', name: node.name.text, exported: exported(node), fields: fieldsOf(node.members), heritage: heritageOf(node) });
    }
  }
  return shapes;
}

/** Each shape's fields with those it inherits from shapes of the same set (by name). */
function withInherited(shapes) {
  const byName = new Map(shapes.map((s) => [s.name, s]));
  const all = (shape, seen = new Set()) => {
    if (seen.has(shape.name)) return [];
    seen.add(shape.name);
    return [...shape.fields, ...shape.heritage.flatMap((h) => (byName.has(h) ? all(byName.get(h), seen) : []))];
  };
  return shapes.map((s) => ({ ...s, key: [...new Set(all(s))].sort().join(',') }));
}

const declaredIn = (root, dirs) => dirs.flatMap((dir) => sourceFiles(root, dir)).flatMap((path) => declaredShapes(root, path));
const collect = (root, dirs) => withInherited(declaredIn(root, dirs));

/** Every client declaration that repeats a contract (by name or fields) or an API view (by fields). */
export function duplicatedShapes(root) {
  const contracts = collect(root, [CONTRACT_ROOT]);
  const views = collect(root, [API_ROOT]).filter((s) => s.kind !== 'type' || s.fields.length > 0);
  const contractNames = new Set(contracts.filter((c) => c.exported).map((c) => c.name));
  const known = new Map();
  for (const s of [...contracts, ...views]) if (s.key.split(',').length >= MIN_FIELDS && !known.has(s.key)) known.set(s.key, s);
  // A client shape may extend a contract (`extends Page<T>`): its inherited fields count too.
  const clients = declaredIn(root, CLIENT_ROOTS);
  const ownPaths = new Set(clients.map((c) => c.path));
  return withInherited([...declaredIn(root, [CONTRACT_ROOT]), ...clients]).filter((s) => ownPaths.has(s.path)).flatMap((shape) => {
    const twin = known.get(shape.key);
    const where = `${shape.path}:${shape.line} ${shape.name}`;
    if (shape.kind !== 'class' && contractNames.has(shape.name)) return [`${where} is named as a contract`];
    if (twin && shape.kind !== 'class') return [`${where} repeats the fields of ${twin.path}:${twin.line} ${twin.name}`];
    return [];
  });
}

/** The `*.models.ts` files of the browser tiers: the hand copies' old home. */
export function modelFiles(root) {
  return CLIENT_ROOTS.flatMap((dir) => sourceFiles(root, dir)).filter((path) => /\.models\.ts$/.test(path));
}
