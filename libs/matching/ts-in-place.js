// Runs this library's TypeScript in place (ts-node, transpile-only, no build step): the one
// registration its launchers share (bin/ponte-match.js, bench/*.js, eval/run.js).
'use strict';
const path = require('node:path');

/** Registers ts-node for this library, compiling with its `tsconfig` (a file name in libs/matching). */
module.exports = function inPlace(tsconfig) {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(__dirname, tsconfig),
    compilerOptions: { module: 'commonjs' },
  });
};
