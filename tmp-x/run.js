require('tsconfig-paths').register({ baseUrl: '.', paths: require('../tsconfig.base.json').compilerOptions.paths });
require('ts-node').register({ transpileOnly: true, project: 'apps/api/bench/tsconfig.json', compilerOptions: { module: 'commonjs', moduleResolution: 'node10' } });
require('./' + process.argv[2]);
