import type { Timestamp } from './wire';

/**
 * ESCO concepts and ISTAT comuni as the pickers and read-only views read them. Labels are in the
 * reader's language, English where a concept has none yet (`labelLanguage` says which).
 */

export interface Comune {
  /** ISTAT code. */
  istatCode: string;
  name: string;
  lat: number;
  lon: number;
  /** ISTAT 2011 census. */
  population: number | null;
}

/** What names a comune: the pickers need no more (the partner portal ships a list of these). */
export type ComuneRef = Pick<Comune, 'istatCode' | 'name'>;

export interface ConceptLabel {
  uri: string;
  /** skill | skill_group | occupation | isco_group */
  kind: string;
  label: string;
  labelLanguage: string;
  /** ESCO/ISCO code. */
  code: string | null;
}

/** How an autocomplete text matched a label. */
export type LabelMatch = 'exact' | 'prefix' | 'word' | 'contains' | 'fuzzy';

/** One autocomplete suggestion for an ESCO concept. */
export interface ConceptSuggestion extends ConceptLabel {
  /** The label the text matched (preferred or alternative, maybe another language). */
  matchedLabel: string;
  match: LabelMatch;
  /** Occupations: ISCO unit group. */
  iscoGroup: string | null;
  /** Skills: skill/competence or knowledge. */
  skillType: string | null;
}

/** One concept in full: an occupation with its ESCO skills, a skill with its broader ones. */
export interface ConceptDetail extends ConceptLabel {
  /** Alternative labels in the label language. */
  alternativeLabels: string[];
  iscoGroup: string | null;
  skillType: string | null;
  reuseLevel: string | null;
  /** Skills: direct broader skills and groups. */
  broader: ConceptLabel[];
  /** Occupations. */
  essentialSkills: ConceptLabel[];
  optionalSkills: ConceptLabel[];
}

export interface ConceptCounts {
  skills: number;
  skillGroups: number;
  occupations: number;
  iscoGroups: number;
}

/** GET /reference/status: what reference data is loaded (coordinators). */
export interface ReferenceStatus {
  concepts: ConceptCounts;
  occupationSkills: number;
  skillBroader: number;
  comuni: number;
  /** Per language: concepts with a preferred label in it (the others show in English), labels in it. */
  languages: { language: string; concepts: ConceptCounts; labels: number }[];
  /** The last imports, newest first; `sources`: the files read, e.g. occupations_it.csv. */
  imports: { finishedAt: Timestamp; sources: string[]; changedRows: number; durationMs: number }[];
}
