#!/usr/bin/env node
// Entry point of `nx run matching:bench`: runs the TypeScript benchmark in place (ts-node,
// transpile-only). Options: --profiles N --offers N --courses N --queries N --baseline N --threads N
'use strict';
const path = require('node:path');

require('ts-node').register({
  transpileOnly: true,
  project: path.join(__dirname, '..', 'tsconfig.bench.json'),
  compilerOptions: { module: 'commonjs' },
});
require('./main')
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
