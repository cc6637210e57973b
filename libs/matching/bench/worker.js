// A worker thread of the full recomputation (see full.ts).
'use strict';
require('../ts-in-place')('tsconfig.bench.json');
require('./full').work();
