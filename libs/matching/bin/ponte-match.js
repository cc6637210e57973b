#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step): ts-node in transpile-only mode.
'use strict';
const path = require('node:path');

require('ts-node').register({
  transpileOnly: true,
  project: path.join(__dirname, '..', 'tsconfig.lib.json'),
  compilerOptions: { module: 'commonjs' },
});
require('../src/cli/main').run();
