// @ponte/matching: the pure matching engine (no I/O). Node-only file loaders live in ./node.
export * from './lib/model';
export {
  OFFER_WEIGHTS,
  COURSE_WEIGHTS,
  ESSENTIAL_WEIGHT,
  OPTIONAL_WEIGHT,
  BROADER_CREDIT,
  CLEARLY_BETTER_FIT,
  OFFER_MAX_POINTS,
  COURSE_MAX_POINTS,
  specificityOf,
  groupCreditOf,
  DEFAULT_REACH_THRESHOLD,
  DEFAULT_NEAR_THRESHOLD,
  type SkillTier,
  type OccupationFit,
  type ContractFit,
  type OfferPoints,
  type CoursePoints,
  type SkillMatch,
  type OfferExplanation,
  type CourseExplanation,
  type CourseTowards,
  type OfferMatch,
  type CourseMatch,
} from './lib/score';
export { createContext, type MatchContext } from './lib/context';
export { parseCsv, parseCsvRows } from './lib/csv';
export {
  ComuneIndex,
  buildComuneIndex,
  builtInComuni,
  haversineKm,
  type ComuneRow,
} from './lib/geo';
export {
  Taxonomy,
  buildTaxonomy,
  emptyTaxonomy,
  type TaxonomyRows,
  type TaxonomyOptions,
  type BroaderRelationRow,
  type OccupationRow,
  type OccupationSkillRow,
  type ConceptFactRow,
} from './lib/taxonomy';
export {
  languageOfSkillLabel,
  languageSkillRows,
  type LanguageSkillRow,
} from './lib/languages';
export {
  prepareCatalogue,
  type Catalogue,
  type CatalogueInput,
} from './lib/catalogue';
export { prepareProfile, type PreparedProfile } from './lib/prepare';
export {
  rankForProfile,
  matchAll,
  explainOfferMatch,
  type RankOptions,
  type RankResult,
  type PairVerdict,
} from './lib/rank';
export {
  rankProfilesForOffer,
  prepareProfiles,
  type ProfilePool,
  type ProfileMatch,
  type ReverseResult,
} from './lib/reverse';
export {
  pathwaysForTarget,
  skillGapsUnlockingOffers,
  type PathwayTarget,
  type Pathway,
  type PathwayResult,
  type PathwayOptions,
  type SkillGap,
  type SkillGapResult,
} from './lib/pathways';
export {
  packOfferExplanation,
  unpackOfferExplanation,
  type PackedOfferExplanation,
} from './lib/stored-explanation';
export {
  SAFETY_REASONS,
  blocks,
  exclusionZone,
  safetyCheck,
  safetyReason,
  zoneExcludes,
  type ExclusionZone,
  type SafetyConstraints,
  type SafetyPlace,
  type SafetyReason,
} from './lib/safety';
export {
  cardConceptUris,
  freezeCard,
  labelCard,
  projectCard,
  type CardExplanation,
  type CardProfile,
  type CardSnapshot,
  type CardVerdict,
  type ConceptLabel,
  type CourseCardExplanation,
  type LabelledCard,
  type OfferCardExplanation,
} from './lib/candidate-card';
