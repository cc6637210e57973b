#!/usr/bin/env node
// Entry point of `nx run matching:bench`: runs the TypeScript benchmark in place (ts-node,
// transpile-only). Options: --profiles N --offers N --courses N --queries N --baseline N --threads N
'use strict';
require('../ts-in-place')('tsconfig.bench.json');
require('./main')
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
