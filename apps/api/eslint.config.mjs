import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // POST routes take an Idempotency-Key: the API's own `Post` mounts the interceptor on each.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/common/idempotency/post.decorator.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['Post'],
              message: "Import Post from common/idempotency/post.decorator: it takes the route's Idempotency-Key.",
            },
          ],
        },
      ],
    },
  },
];
