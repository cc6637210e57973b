// A worker thread of the full recomputation (see full.ts).
'use strict';
const path = require('node:path');

require('ts-node').register({
  transpileOnly: true,
  project: path.join(__dirname, '..', 'tsconfig.bench.json'),
  compilerOptions: { module: 'commonjs' },
});
require('./full').work();
