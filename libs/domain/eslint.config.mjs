import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Shared with the browser portals: no Node built-ins, no I/O.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'buffer', 'util'],
              message: '@ponte/domain runs in browsers too.',
            },
          ],
        },
      ],
    },
  },
];
