import type { EscoConceptKind, EscoSkillRelation } from '@ponte/persistence';

/** Labels of one concept in one language, as read from a pack. */
export interface LabelSet {
  language: string;
  preferred: string | null;
  alternatives: string[];
  /**
   * A complete set replaces the stored labels of this concept in this language (an ESCO
   * pack lists them all); a partial one (a file of preferred labels only) only adds.
   */
  complete: boolean;
}

export interface ConceptRecord {
  uri: string;
  kind: EscoConceptKind;
  code: string | null;
  iscoGroup: string | null;
  skillType: string | null;
  reuseLevel: string | null;
  labels: LabelSet[];
  /**
   * Read from a language pack of another ESCO version (e.g. the v1.0.8 Italian occupations over
   * the v1.1.1 base): it adds labels to a concept a base pack loaded, and never creates a
   * concept nor changes its code, ISCO group or type (those moved between versions).
   */
  labelsOnly?: boolean;
}

export interface BroaderRecord {
  skillUri: string;
  broaderUri: string;
}

export interface OccupationSkillRecord {
  occupationUri: string;
  skillUri: string;
  relation: EscoSkillRelation;
}

export interface ComuneRecord {
  istatCode: string;
  name: string;
  lat: number;
  lon: number;
  population: number | null;
}

/** What the summary reports on, one row each. */
export type SummaryEntity =
  | 'comuni'
  | 'skills'
  | 'skillGroups'
  | 'occupations'
  | 'iscoGroups'
  | 'labels'
  | 'skillBroader'
  | 'skillAncestors'
  | 'occupationSkills';

/** A record the reader could not use, with a stable reason code for the summary. */
export interface RejectedRow {
  entity: SummaryEntity;
  reason: string;
  /** file:line or a URI; shown in the summary's first examples. */
  where: string;
}

export type ReferenceRecord =
  | { type: 'concept'; value: ConceptRecord }
  | { type: 'broader'; value: BroaderRecord }
  | { type: 'occupationSkill'; value: OccupationSkillRecord }
  | { type: 'comune'; value: ComuneRecord }
  | { type: 'rejected'; value: RejectedRow };

/**
 * Something the importer can read: a file of an ESCO pack, the Italian ISCO labels, the
 * comuni, or the built-in seed set. `size` lets the progress bar measure bytes.
 */
export interface ReferenceSource {
  /** Human name for progress and summary, e.g. `skills_en.csv`. */
  name: string;
  /** Relation files replace the stored relations of their kind (they are full snapshots). */
  snapshotOf?: 'broader' | 'occupationSkill';
  size: number;
  /** Contributes to the import fingerprint (content hash, never a path). */
  fingerprint(): Promise<string>;
  /** Records, reporting bytes consumed so far. */
  read(onBytes: (bytes: number) => void): AsyncIterable<ReferenceRecord>;
}
