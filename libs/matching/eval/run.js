#!/usr/bin/env node
// Entry point of the matching evaluation (`nx run matching:eval`, and part of `npm run bench`):
// runs the TypeScript in place (ts-node, transpile-only). Options: --cases N --seed S --report
'use strict';
require('../ts-in-place')('tsconfig.bench.json');
require('./main')
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
