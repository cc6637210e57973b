export * from './lib/matching';
