import type { CatalogueKind } from '@ponte/jobs';
import type { Course, Offer } from '@ponte/persistence';
import type { FieldProblem } from '../common/problem/problem';
import type { LanguageRequirementDto } from './dto/catalogue-fields';
import type { EscoField } from './reference-check';

/** What an author writes of an offer or a course (lifecycle, owner and bookkeeping are the server's). */
export type ContentOf<T extends Offer | Course> = Omit<
  T,
  'id' | 'organisationId' | 'status' | 'version' | 'seatsFilled' | 'publishedAt' | 'closedAt' | 'closedReason' | 'createdBy' | 'createdAt' | 'updatedAt'
>;

/** The shape every create body has (each kind adds its own fields). */
export interface CatalogueBody {
  languages?: LanguageRequirementDto[];
}

/**
 * One kind's own rules, kept in its feature folder; the shared editing (ownership, the
 * published lock, the common checks, audit and jobs) is CatalogueEditor's.
 */
export interface CatalogueRules<T extends Offer | Course, Create extends CatalogueBody> {
  kind: CatalogueKind;
  entity: new () => T;
  /** Fields an update may not clear with `null`. */
  required: readonly string[];
  /** Fields a published record may still change: none of them alters who fits it. */
  publishedEditable: readonly string[];
  contentOf(dto: Create): ContentOf<T>;
  /** The ESCO references to check, those that changed only. */
  escoFields(content: ContentOf<T>, changed: (field: string) => boolean): EscoField[];
  /** Rules across this kind's own fields. */
  ownProblems(content: ContentOf<T>): FieldProblem[];
}
