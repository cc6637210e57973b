// Measures the imports of each Nx project: files, import arrows between them, import circles
// (strongly connected components of more than one file) and the arrows that run back up
// (a folder importing from a folder that already depends on it).
//
//   node tools/import-graph.mjs [project…] [--arrows]
//
// A project's "folders" are the first level under its source (apps/api/src/<folder>,
// libs/x/src/lib/<folder>; a loose file there counts as one); files outside the source (e.g.
// apps/api/test) form folders of their own. Arrows are resolved relative imports within the project, `import type` included;
// `@ponte/*` imports cross projects and are counted apart. The spec (import-graph.spec.mjs)
// holds the rules: no circle but ORM entity pairs, no folder circle.
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(ts|tsx|mts)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', '.angular']);
// What the builds start from: the apps' main (and the API's operator CLI), the libraries' index
// (and the matching engine's Node entry and CLI).
const ENTRY_POINTS = ['main.ts', 'cli.ts', 'index.ts', 'node.ts', 'cli/main.ts'];
const CONFIG_FILE = /^(jest|eslint|webpack|playwright|vite|vitest)\.config\.|^jest\.preset\.|\.d\.ts$/;

/** The Nx projects (apps/*, libs/*) with their root and source folders, relative to the repository. */
export function listProjects(root = ROOT) {
  const projects = [];
  for (const group of ['apps', 'libs']) {
    for (const dir of readdirSync(join(root, group)).sort()) {
      const file = join(root, group, dir, 'project.json');
      if (!existsSync(file)) continue;
      const config = JSON.parse(readFileSync(file, 'utf8'));
      const sourceRoot = config.sourceRoot ?? `${group}/${dir}/src`;
      const entries = ENTRY_POINTS.filter((entry) => existsSync(join(root, sourceRoot, entry)));
      projects.push({ name: config.name, root: `${group}/${dir}`, sourceRoot, entries });
    }
  }
  return projects;
}

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...sourceFiles(path));
    } else if (SOURCE.test(entry.name) && !CONFIG_FILE.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

function resolveRelative(fromFile, specifier) {
  const base = join(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // Compiled-name imports (`./x.js` written for nodenext) name the TypeScript source.
  const withoutJs = base.replace(/\.(m?js)$/, '');
  for (const candidate of [`${withoutJs}.ts`, `${withoutJs}.mts`]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Tarjan's strongly connected components of a graph given as Map<node, Set<node>>. */
export function stronglyConnected(nodes, next) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (start) => {
    // Iterative, so a long import chain cannot overflow the call stack.
    const work = [[start, [...(next.get(start) ?? [])], 0]];
    indices.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, targets] = frame;
      if (frame[2] < targets.length) {
        const target = targets[frame[2]++];
        if (!indices.has(target)) {
          indices.set(target, index);
          low.set(target, index++);
          stack.push(target);
          onStack.add(target);
          work.push([target, [...(next.get(target) ?? [])], 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), indices.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indices.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  };
  for (const node of nodes) if (!indices.has(node)) visit(node);
  return components;
}

/**
 * The import graph of one project. Paths are relative to the repository root.
 * folderOf: apps/api/src/profiles/x.ts → "profiles"; apps/api/test/x.ts → "../test";
 * libs/persistence/src/lib/proposals/x.ts → "lib/proposals"; libs/persistence/src/migrations/x.ts → "migrations".
 * A file loose at the top (apps/api/src/main.ts, libs/matching/src/lib/evaluate.ts) is a folder
 * of its own: loose files are no package, and a subfolder may use one while another uses it.
 */
export function importGraph(project, root = ROOT) {
  const projectDir = join(root, project.root);
  const sourceDir = join(root, project.sourceRoot);
  const areaBase = existsSync(join(sourceDir, 'lib')) ? join(sourceDir, 'lib') : sourceDir;
  const folderOf = (file) => {
    const path = join(root, file);
    const inLib = relative(areaBase, path);
    if (areaBase !== sourceDir && !inLib.startsWith('..')) return `lib/${inLib.split(sep)[0]}`;
    const inSource = relative(sourceDir, path);
    if (!inSource.startsWith('..')) return inSource.split(sep)[0];
    const inProject = relative(projectDir, path).split(sep);
    return `../${inProject.length > 1 ? inProject[0] : '.'}`;
  };
  const files = sourceFiles(projectDir).map((file) => relative(root, file)).sort();
  const known = new Set(files);
  const arrows = new Map(files.map((file) => [file, new Set()]));
  let libraryImports = 0;
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('@ponte/')) libraryImports++;
      if (!fileName.startsWith('.')) continue;
      const target = resolveRelative(join(root, file), fileName);
      const targetFile = target && relative(root, target);
      if (targetFile && known.has(targetFile) && targetFile !== file) arrows.get(file).add(targetFile);
    }
  }
  const arrowList = files.flatMap((from) => [...arrows.get(from)].map((to) => ({ from, to })));
  // Production: what the build's entry points reach. The rest is specs, test support, benches.
  const production = new Set();
  const pending = project.entries.map((entry) => `${project.sourceRoot}/${entry}`).filter((entry) => known.has(entry));
  while (pending.length) {
    const file = pending.pop();
    if (production.has(file)) continue;
    production.add(file);
    pending.push(...arrows.get(file));
  }
  const circles = stronglyConnected(files, arrows)
    .filter((component) => component.length > 1)
    .map((component) => component.sort());

  // Folder level, production only: which folder imports which, weighed in file arrows.
  const productionArrows = arrowList.filter(({ from }) => production.has(from));
  const folderArrows = new Map(); // "a → b" → file arrows
  for (const arrow of productionArrows) {
    const [a, b] = [folderOf(arrow.from), folderOf(arrow.to)];
    if (a === b) continue;
    const key = `${a} → ${b}`;
    if (!folderArrows.has(key)) folderArrows.set(key, []);
    folderArrows.get(key).push(arrow);
  }
  const folders = [...new Set(files.map(folderOf))].sort();
  const folderGraph = (keys) => {
    const next = new Map();
    for (const key of keys) {
      const [a, b] = key.split(' → ');
      if (!next.has(a)) next.set(a, new Set());
      next.get(a).add(b);
    }
    return next;
  };
  const folderCircles = stronglyConnected(folders, folderGraph(folderArrows.keys()))
    .filter((component) => component.length > 1)
    .map((component) => component.sort());
  // The arrows that run back up: while folders form a circle, the lightest folder arrow on one
  // (fewest file arrows; ties by name) is the one against the grain. A registry importing its
  // features is light (one file) against the features' many imports of the shared folder.
  const remaining = new Set(folderArrows.keys());
  const upwardFolderArrows = [];
  for (;;) {
    const componentOf = new Map(stronglyConnected(folders, folderGraph(remaining)).flatMap((component, i) => component.map((f) => [f, i])));
    const onCircle = [...remaining].filter((key) => {
      const [a, b] = key.split(' → ');
      return componentOf.get(a) === componentOf.get(b);
    });
    if (onCircle.length === 0) break;
    onCircle.sort((x, y) => folderArrows.get(x).length - folderArrows.get(y).length || x.localeCompare(y));
    remaining.delete(onCircle[0]);
    upwardFolderArrows.push(onCircle[0]);
  }
  upwardFolderArrows.sort();
  const upward = upwardFolderArrows.flatMap((key) => folderArrows.get(key));
  return {
    project: project.name,
    files,
    production: files.filter((file) => production.has(file)),
    testOnlyInSource: files.filter((file) => !production.has(file) && file.startsWith(`${project.sourceRoot}/`) && !/\.(spec|test)\.tsx?$/.test(file)),
    arrows: arrowList,
    productionArrows,
    folderArrowCount: folderArrows.size,
    libraryImports,
    circles,
    folderCircles,
    upwardFolderArrows,
    upward,
    folderOf,
  };
}

function report(graph, { arrows: listArrows }) {
  const lines = [
    `${graph.project}: ${graph.files.length} files (${graph.production.length} production, ${graph.testOnlyInSource.length} test-only in source), ` +
      `${graph.arrows.length} arrows (${graph.productionArrows.length} production, ${graph.folderArrowCount} between production folders, ${graph.libraryImports} @ponte imports), ` +
      `${graph.circles.length} circles, ${graph.folderCircles.length} folder circles, ${graph.upward.length} upward arrows`,
  ];
  for (const circle of graph.circles) lines.push(`  circle: ${circle.join(' ⇄ ')}`);
  for (const circle of graph.folderCircles) lines.push(`  folder circle: ${circle.join(' ⇄ ')}`);
  if (listArrows) for (const file of graph.testOnlyInSource) lines.push(`  test-only in source: ${file}`);
  for (const key of graph.upwardFolderArrows) lines.push(`  upward: ${key}`);
  if (listArrows) for (const { from, to } of graph.upward) lines.push(`    ${from} → ${to}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const wanted = args.filter((arg) => !arg.startsWith('--'));
  const projects = listProjects().filter((p) => wanted.length === 0 || wanted.includes(p.name));
  for (const project of projects) console.log(report(importGraph(project), { arrows: args.includes('--arrows') }));
}
