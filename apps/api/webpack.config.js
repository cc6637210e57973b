const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [{ entryName: 'cli', entryPath: 'apps/api/src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      // The built-in reference set is read at run time by the seeder (dist/apps/api/reference-seed).
      assets: ['./src/assets', { input: 'apps/api/src/reference/seed-data', glob: 'reference-seed.json', output: 'reference-seed' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // Documents DTOs in the OpenAPI from their types and class-validator rules, which the
      // fuzz tests of the built API read to generate hostile bodies.
      transformers: [
        {
          name: '@nestjs/swagger/plugin',
          options: { classValidatorShim: true, introspectComments: true, dtoFileNameSuffix: ['.dto.ts'] },
        },
      ],
    }),
  ],
};
