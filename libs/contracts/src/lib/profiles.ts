import type {
  Accommodation,
  AgeBand,
  CefrLevel,
  CommuteMean,
  ConsentBasis,
  ConsentKind,
  ContractType,
  ErasureReason,
  ProfileStatus,
  Shift,
  SkillAcquisition,
  SkillLevel,
} from '@ponte/domain';
import type { Timestamp } from './wire';

/** A woman's profile and her consents, as the counsellors of her network read and edit them. */

export interface ProfileSkill {
  /** ESCO skill URI. */
  uri: string;
  level: SkillLevel;
  acquiredThrough: SkillAcquisition[];
  /** Free text: scanned for identifiers and sealed at rest (safety rule 1). */
  comment?: string | null;
}

export interface ProfileLanguage {
  /** ISO 639-1 (or 639-3) code. */
  code: string;
  cefr: CefrLevel;
}

/** No offer within `radiusKm` of this comune (safety rule 2). */
export interface Exclusion {
  /** ISTAT code. */
  comune: string;
  radiusKm: number;
}

export interface SafetyConstraints {
  exclusions: Exclusion[];
  /** Organisations she is never matched or proposed to. */
  blockedOrganisations: string[];
}

/** What a counsellor sees of a profile in a list: no notes, no free text. */
export interface ProfileSummary {
  id: string;
  pseudonymCode: string;
  networkId: string;
  counsellorId: string;
  ageBand: AgeBand;
  homeComune: string;
  status: ProfileStatus;
  skillCount: number;
  /** An active matching consent is on record. */
  matchingConsent: boolean;
  lastActivityAt: Timestamp;
  version: number;
}

/** The fields a counsellor edits (the create and update bodies take them). */
export interface ProfileFields {
  /** Defaults to the caller. */
  counsellorId?: string;
  ageBand: AgeBand;
  /** ISTAT code of the home comune (never shown to partners). */
  homeComune: string;
  eqfLevel: number | null;
  targetOccupations: string[];
  skills: ProfileSkill[];
  languages: ProfileLanguage[];
  weeklyHours: number;
  shifts: Shift[];
  /** YYYY-MM-DD */
  earliestStart: string | null;
  maxCommuteKm: number;
  commuteMeans: CommuteMean[];
  contracts: ContractType[];
  accommodations: Accommodation[];
  /** Counsellor notes, sealed at rest, shown only to counsellors of the network. */
  notes: string | null;
}

/** The full profile (notes opened), for counsellors of its network only. */
export interface Profile extends ProfileFields {
  id: string;
  pseudonymCode: string;
  networkId: string;
  counsellorId: string;
  safety: SafetyConstraints;
  status: ProfileStatus;
  archivedAt: Timestamp | null;
  lastActivityAt: Timestamp;
  /** Bumped by every change; matches are valid only for the current version. */
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The fields a creation must send; the others default (empty lists, null). */
type RequiredOnCreate = 'ageBand' | 'homeComune' | 'weeklyHours' | 'shifts' | 'maxCommuteKm';

/** POST /profiles. `networkId`: one of the caller's networks, required when she has several. */
export type CreateProfileBody = Partial<Omit<ProfileFields, RequiredOnCreate>> &
  Pick<ProfileFields, RequiredOnCreate> &
  Partial<SafetyConstraints> & { networkId?: string };

/** PATCH /profiles/:id: an absent field is unchanged, a list is replaced whole, null clears. */
export type ProfileUpdate = Partial<ProfileFields> & { status?: ProfileStatus };

/** What a creation answers: ids only (idempotent answers may be stored). */
export interface CreatedProfile {
  id: string;
  pseudonymCode: string;
  version: number;
}

export const PROFILE_SORTS = ['-lastActivityAt', 'lastActivityAt', '-createdAt', 'createdAt', 'pseudonymCode', '-pseudonymCode'] as const;
export type ProfileSort = (typeof PROFILE_SORTS)[number];

/** Filters of the caller's networks' profiles; the API never widens beyond them. */
export interface ProfileQuery {
  page: number;
  pageSize: number;
  status?: ProfileStatus[];
  /** ESCO skill URI the profile has. */
  skill?: string;
  /** ISTAT code of the home comune. */
  comune?: string;
  counsellorId?: string;
  /** One of the caller's networks (default: all of them). */
  networkId?: string;
  /** ISO 8601, included. */
  lastActivityFrom?: string;
  /** ISO 8601, excluded. */
  lastActivityTo?: string;
  /** Pseudonym code prefix; case, spaces and dashes do not matter. */
  code?: string;
  sort?: ProfileSort;
}

/** Why a counsellor erases a profile; `retention` is reserved to the scheduled sweep. */
export const ERASURE_REQUEST_REASONS = ['woman_request', 'counsellor_decision', 'created_in_error', 'duplicate'] as const satisfies readonly ErasureReason[];
export type ErasureRequestReason = (typeof ERASURE_REQUEST_REASONS)[number];

/** A consent as recorded (safety rule 4): explicit, scoped to an organisation where it shares, revocable. */
export interface Consent {
  id: string;
  profileId: string;
  kind: ConsentKind;
  /** Required for share_card and disclose_identity; null for matching. */
  organisationId: string | null;
  basis: ConsentBasis;
  recordedBy: string;
  recordedAt: Timestamp;
  revokedAt: Timestamp | null;
  revokedBy: string | null;
  active: boolean;
}

export interface RecordConsentBody {
  kind: ConsentKind;
  organisationId?: string;
  /** How the woman gave it. */
  basis: ConsentBasis;
}
