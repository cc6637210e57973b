#!/usr/bin/env node
// `nx run api:bench`: every apps/api/bench/*.bench.ts in turn (one at a time: two cores), each
// exporting `main(argv)`; `--attach` measures a stack held by load.bench.ts --hold (attach.ts). Runs the TypeScript in place (ts-node, transpile-only, workspace paths).
'use strict';
const { readdirSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', '..');
const base = require(path.join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: base.compilerOptions.paths });
require('ts-node').register({
  transpileOnly: true,
  project: path.join(__dirname, 'tsconfig.json'),
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10' },
});

(async () => {
  if (process.argv.includes('--attach')) return require(path.join(__dirname, 'attach.ts')).main(process.argv.slice(2));
  const only = process.argv.slice(2).filter((a) => a.endsWith('.bench.ts'));
  const argv = process.argv.slice(2).filter((a) => !a.endsWith('.bench.ts'));
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.includes(f))).sort();
  for (const file of files) {
    console.log(`\n== ${file}`);
    await require(path.join(__dirname, file)).main(argv);
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
