import type {
  Accommodation,
  AgeBand,
  CefrLevel,
  CommuteMean,
  ConsentBasis,
  ConsentKind,
  ContractType,
  ProfileStatus,
  Shift,
  SkillAcquisition,
  SkillLevel,
} from '@ponte/domain';

/** Profiles as apps/api/src/profiles/dto returns and accepts them. Held in memory only. */

export interface ProfileSkill {
  uri: string;
  level: SkillLevel;
  acquiredThrough: SkillAcquisition[];
  comment?: string | null;
}

export interface ProfileLanguage {
  code: string;
  cefr: CefrLevel;
}

export interface Exclusion {
  comune: string;
  radiusKm: number;
}

export interface SafetyConstraints {
  exclusions: Exclusion[];
  blockedOrganisations: string[];
}

export interface ProfileSummary {
  id: string;
  pseudonymCode: string;
  networkId: string;
  counsellorId: string;
  ageBand: AgeBand;
  homeComune: string;
  status: ProfileStatus;
  skillCount: number;
  matchingConsent: boolean;
  lastActivityAt: string;
  version: number;
}

/** The fields a counsellor edits (create and update bodies share them). */
export interface ProfileFields {
  counsellorId?: string;
  ageBand: AgeBand;
  homeComune: string;
  eqfLevel: number | null;
  targetOccupations: string[];
  skills: ProfileSkill[];
  languages: ProfileLanguage[];
  weeklyHours: number;
  shifts: Shift[];
  earliestStart: string | null;
  maxCommuteKm: number;
  commuteMeans: CommuteMean[];
  contracts: ContractType[];
  accommodations: Accommodation[];
  notes: string | null;
}

export interface Profile extends ProfileFields {
  id: string;
  pseudonymCode: string;
  networkId: string;
  counsellorId: string;
  safety: SafetyConstraints;
  status: ProfileStatus;
  archivedAt: string | null;
  lastActivityAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateProfileBody extends ProfileFields, Partial<SafetyConstraints> {
  networkId?: string;
}

export interface CreatedProfile {
  id: string;
  pseudonymCode: string;
  version: number;
}

export interface ProfileQuery {
  page: number;
  pageSize: number;
  status?: ProfileStatus[];
  skill?: string;
  comune?: string;
  counsellorId?: string;
  networkId?: string;
  lastActivityFrom?: string;
  lastActivityTo?: string;
  code?: string;
  sort?: string;
}

export interface Consent {
  id: string;
  profileId: string;
  kind: ConsentKind;
  organisationId: string | null;
  basis: ConsentBasis;
  recordedBy: string;
  recordedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  active: boolean;
}

export interface RecordConsentBody {
  kind: ConsentKind;
  organisationId?: string;
  basis: ConsentBasis;
}

export const ERASURE_REQUEST_REASONS = [
  'woman_request',
  'counsellor_decision',
  'created_in_error',
  'duplicate',
] as const;
export type ErasureRequestReason = (typeof ERASURE_REQUEST_REASONS)[number];
