#!/usr/bin/env node
// Runs bench/query.ts in place (ts-node, transpile-only): CPU time per query only.
'use strict';
require('../ts-in-place')('tsconfig.bench.json');
// --against <another copy of libs/matching>: the A/B of ab.ts.
require(process.argv.includes('--against') ? './ab.ts' : './query.ts').main(process.argv.slice(2));
