export * from './lib/jobs';
