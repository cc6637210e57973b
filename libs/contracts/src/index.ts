export * from './lib/wire';
export * from './lib/explanation';
export * from './lib/card';
export * from './lib/matches';
export * from './lib/proposals';
export * from './lib/organisations';
export * from './lib/catalogue';
export * from './lib/shortlists';
