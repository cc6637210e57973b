export { toEngineProfile, toEngineOffer, toEngineCourse, toEngineTarget } from './lib/engine-inputs';
export { loadMatchInputs } from './lib/match-inputs';
export type { MatchInputs } from './lib/match-inputs';
export { evaluateMatch } from './lib/match-verdict';
export type { MatchVerdict } from './lib/match-verdict';
export { MatchCache, poolInRange } from './lib/match-cache';
export type { BeforeBlocking, MatchCacheOptions, CatalogueSnapshot, ListingVersion, ListingVersions } from './lib/match-cache';
export { MatchPrecomputer } from './lib/match-precompute';
export type { PrecomputeOptions, PrecomputeReport } from './lib/match-precompute';
