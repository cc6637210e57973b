import type { MigrationInterface } from 'typeorm';
import { Foundation1764000000000 } from './1764000000000-foundation';
import { Identity1764000100000 } from './1764000100000-identity';
import { AuditLog1764000200000 } from './1764000200000-audit-log';
import { IdempotencyKeys1764000300000 } from './1764000300000-idempotency-keys';
import { Accounts1764001000000 } from './1764001000000-accounts';
import { MailOutbox1764001010000 } from './1764001010000-mail-outbox';
import { OrganisationVetting1764001020000 } from './1764001020000-organisation-vetting';
import { ReferenceData1764002000000 } from './1764002000000-reference-data';
import { ReferenceLabelKind1764002000001 } from './1764002000001-reference-label-kind';
import { ReferenceLabelWords1764002000002 } from './1764002000002-reference-label-words';
import { ReferenceLabelPrefixCovering1764002000003 } from './1764002000003-reference-label-prefix-covering';
import { Catalogue1764002010000 } from './1764002010000-catalogue';
import { SearchDocuments1764002010100 } from './1764002010100-search-documents';
import { SearchLexicon1764002010200 } from './1764002010200-search-lexicon';
import { SearchFacetsIndex1764002010300 } from './1764002010300-search-facets-index';
import { Profiles1764003000000 } from './1764003000000-profiles';
import { Matches1764004000000 } from './1764004000000-matches';
import { Proposals1764005000000 } from './1764005000000-proposals';
import { MatchNotifications1764005040000 } from './1764005040000-match-notifications';
import { SearchIndexState1764009000000 } from './1764009000000-search-index-state';
import { MatchExplanationJson1764009100000 } from './1764009100000-match-explanation-json';
import { MatchStoredExplanation1764009200000 } from './1764009200000-match-stored-explanation';
import { PartnerProposalIndexes1764009310000 } from './1764009310000-partner-proposal-indexes';
import { ListPageIndexes1764009350000 } from './1764009350000-list-page-indexes';
import { CatalogueChanges1764009400000 } from './1764009400000-catalogue-changes';
import { SealedProfileText1765100000000 } from './1765100000000-sealed-profile-text';
import { CandidateCodes1765100000100 } from './1765100000100-candidate-codes';
import { PlausibleEarliestStart1765100000200 } from './1765100000200-plausible-earliest-start';
import { FoldedFilterCounts1765100000300 } from './1765100000300-folded-filter-counts';
import { SearchCells1765550000000 } from './1765550000000-search-cells';
import { SearchCellsCompact1765550100000 } from './1765550100000-search-cells-compact';
import { SearchTitleWords1765550200000 } from './1765550200000-search-title-words';
import { NotificationStep1765450000000 } from './1765450000000-notification-step';
import { InformationRequests1765450000100 } from './1765450000100-information-requests';
import { FitFirstScoring1765600000000 } from './1765600000000-fit-first-scoring';
import { SearchFilterTags1765700000000 } from './1765700000000-search-filter-tags';
import { SearchCellsNoShift1765700000100 } from './1765700000100-search-cells-no-shift';
import { SearchShiftCellsDropped1765800000000 } from './1765800000000-search-shift-cells-dropped';
import { MatchesWithoutOrganisationIndex1765810000000 } from './1765810000000-matches-without-organisation-index';
import { NetworkProfileCounts1765820000000 } from './1765820000000-network-profile-counts';
import { ListingVersionIndex1765830000000 } from './1765830000000-listing-version-index';
import { SearchDayTags1765840000000 } from './1765840000000-search-day-tags';
import { SearchQuarterTags1765840000100 } from './1765840000100-search-quarter-tags';
import { ProposalCardShared1765850000000 } from './1765850000000-proposal-card-shared';
import { ListingChanges1765860000000 } from './1765860000000-listing-changes';

/**
 * Every migration, in order. Bundled apps cannot glob for files, so each new migration
 * (timestamp-named, hand-written SQL) is listed here.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1764000000000,
  Identity1764000100000,
  AuditLog1764000200000,
  IdempotencyKeys1764000300000,
  Accounts1764001000000,
  MailOutbox1764001010000,
  OrganisationVetting1764001020000,
  ReferenceData1764002000000,
  ReferenceLabelKind1764002000001,
  ReferenceLabelWords1764002000002,
  ReferenceLabelPrefixCovering1764002000003,
  Catalogue1764002010000,
  SearchDocuments1764002010100,
  SearchLexicon1764002010200,
  SearchFacetsIndex1764002010300,
  Profiles1764003000000,
  Matches1764004000000,
  Proposals1764005000000,
  MatchNotifications1764005040000,
  SearchIndexState1764009000000,
  MatchExplanationJson1764009100000,
  MatchStoredExplanation1764009200000,
  PartnerProposalIndexes1764009310000,
  ListPageIndexes1764009350000,
  CatalogueChanges1764009400000,
  SealedProfileText1765100000000,
  CandidateCodes1765100000100,
  PlausibleEarliestStart1765100000200,
  FoldedFilterCounts1765100000300,
  NotificationStep1765450000000,
  InformationRequests1765450000100,
  SearchCells1765550000000,
  SearchCellsCompact1765550100000,
  SearchTitleWords1765550200000,
  FitFirstScoring1765600000000,
  SearchFilterTags1765700000000,
  SearchCellsNoShift1765700000100,
  SearchShiftCellsDropped1765800000000,
  MatchesWithoutOrganisationIndex1765810000000,
  NetworkProfileCounts1765820000000,
  ListingVersionIndex1765830000000,
  SearchDayTags1765840000000,
  SearchQuarterTags1765840000100,
  ProposalCardShared1765850000000,
  ListingChanges1765860000000,
];
