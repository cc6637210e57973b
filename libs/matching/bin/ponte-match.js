#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step): ts-node in transpile-only mode.
'use strict';
require('../ts-in-place')('tsconfig.lib.json');
require('../src/cli/main').run();
