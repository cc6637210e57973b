import type {
  Accommodation,
  ContractType,
  CourseCost,
  OrganisationKind,
  PublicationStatus,
  Shift,
  WorkMode,
} from '@ponte/domain';
import type { Timestamp } from './wire';

/** Offers and courses as their organisation (and the counsellors) read them. */

export type CatalogueKind = 'offer' | 'course';

export interface LanguageRequirement {
  /** ISO 639-1, lower case. */
  code: string;
  cefr: string;
}

/** What offers and courses share: identity, owner, lifecycle and the version the matcher checks. */
export interface Publication {
  id: string;
  status: PublicationStatus;
  version: number;
  title: string;
  description: string;
  languages: LanguageRequirement[];
  minEqf: number | null;
  workMode: WorkMode;
  comune: string | null;
  shifts: Shift[];
  seats: number;
  seatsFilled: number;
  /** YYYY-MM-DD */
  deadline: string;
  publishedAt: Timestamp | null;
  closedAt: Timestamp | null;
  closedReason: 'manual' | 'deadline' | 'seats_filled' | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  organisation: { id: string; name: string; kind: OrganisationKind };
}

export interface Offer extends Publication {
  occupationUri: string | null;
  essentialSkills: string[];
  optionalSkills: string[];
  weeklyHours: number;
  contract: ContractType;
  startDate: string | null;
  accommodations: Accommodation[];
}

export interface Course extends Publication {
  skillsTaught: string[];
  targetOccupations: string[];
  schedule: string | null;
  totalHours: number;
  weeklyHours: number | null;
  startDate: string;
  endDate: string;
  cost: CourseCost;
  certification: string | null;
  childcareSupport: boolean;
}
