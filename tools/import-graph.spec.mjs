// The import rules of issue 22: no import circle but TypeORM entity pairs (an entity and the
// entities it relates to name each other), and no folder importing back from a folder that
// depends on it, such as a registry importing its features while they import its types.
import { importGraph, listProjects, stronglyConnected } from './import-graph.mjs';

const graphs = listProjects().map((project) => importGraph(project));
const isEntity = (file) => file.endsWith('.entity.ts');

/** Upward folder arrows still to turn around, per project; each named with why it is here. */
const KNOWN_UPWARD = {};

/** Import circles still to break (other than entity pairs), each as its files joined by ' ⇄ '. */
const KNOWN_CIRCLES = [];

describe('import graph', () => {
  it('finds the strongly connected components of a graph', () => {
    const next = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set()],
    ]);
    const components = stronglyConnected(['a', 'b', 'c', 'd'], next).map((c) => c.sort().join(''));
    expect(components.sort()).toEqual(['abc', 'd']);
  });

  it('sees the projects and their imports', () => {
    const api = graphs.find((g) => g.project === 'api');
    expect(api.production).toContain('apps/api/src/main.ts');
    expect(api.arrows).toContainEqual({ from: 'apps/api/src/main.ts', to: 'apps/api/src/app/create-app.ts' });
    expect(graphs.map((g) => g.project)).toEqual(expect.arrayContaining(['api', 'worker', 'persistence', 'domain', 'network-portal']));
  });

  it('has no import circle except between ORM entities', () => {
    const circles = graphs.flatMap((g) => g.circles).filter((files) => !files.every(isEntity)).map((files) => files.join(' ⇄ '));
    expect(circles.filter((circle) => !KNOWN_CIRCLES.includes(circle))).toEqual([]);
  });

  it('has no folder importing back from a folder that depends on it (a registry from its features)', () => {
    const unlisted = graphs.flatMap((g) => g.upwardFolderArrows.filter((arrow) => !(KNOWN_UPWARD[g.project] ?? []).includes(arrow)).map((arrow) => `${g.project}: ${arrow}`));
    expect(unlisted).toEqual([]);
  });

  it('keeps test support out of the source of the server apps and the libraries, and the builds out of test support', () => {
    // Test support lives in <project>/test/, outside the build; Jest's setup file (src/test-setup.ts) is the runner's.
    const root = (g) => listProjects().find((p) => p.name === g.project).root;
    const checked = graphs.filter((g) => g.project === 'api' || g.project === 'worker' || root(g).startsWith('libs/'));
    expect(checked.map((g) => g.project)).toEqual(expect.arrayContaining(['domain', 'matching', 'ui', 'persistence']));
    expect(checked.flatMap((g) => g.testOnlyInSource).filter((file) => !file.endsWith('/src/test-setup.ts'))).toEqual([]);
    const sourceRoot = (g) => listProjects().find((p) => p.name === g.project).sourceRoot;
    expect(graphs.flatMap((g) => g.production.filter((file) => !file.startsWith(`${sourceRoot(g)}/`)))).toEqual([]);
  });

  it('lists no exception that has already gone', () => {
    const circles = new Set(graphs.flatMap((g) => g.circles).map((files) => files.join(' ⇄ ')));
    const upward = new Set(graphs.flatMap((g) => g.upwardFolderArrows.map((arrow) => `${g.project}: ${arrow}`)));
    const listed = Object.entries(KNOWN_UPWARD).flatMap(([project, arrows]) => arrows.map((arrow) => `${project}: ${arrow}`));
    expect(KNOWN_CIRCLES.filter((circle) => !circles.has(circle))).toEqual([]);
    expect(listed.filter((arrow) => !upward.has(arrow))).toEqual([]);
  });
});
