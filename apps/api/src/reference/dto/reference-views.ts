import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LabelMatch } from '@ponte/contracts';
import type * as contract from '@ponte/contracts';

/** One autocomplete suggestion for an ESCO concept. */
export class ConceptSuggestion implements contract.ConceptSuggestion {
  @ApiProperty() uri!: string;
  @ApiProperty({ enum: ['skill', 'skill_group', 'occupation', 'isco_group'] }) kind!: string;
  @ApiProperty({ description: "Preferred label in the requested language, else English" }) label!: string;
  @ApiProperty({ example: 'en' }) labelLanguage!: string;
  @ApiProperty({ description: 'The label the text matched (preferred or alternative, maybe another language)' }) matchedLabel!: string;
  @ApiProperty({ enum: ['exact', 'prefix', 'word', 'contains', 'fuzzy'] }) match!: LabelMatch;
  @ApiPropertyOptional({ nullable: true, description: 'ESCO/ISCO code' }) code!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Occupations: ISCO unit group' }) iscoGroup!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Skills: skill/competence or knowledge' }) skillType!: string | null;
}

export class ComuneView implements contract.Comune {
  @ApiProperty({ example: '015146' }) istatCode!: string;
  @ApiProperty({ example: 'Milano' }) name!: string;
  @ApiProperty() lat!: number;
  @ApiProperty() lon!: number;
  @ApiPropertyOptional({ nullable: true, description: 'ISTAT 2011 census' }) population!: number | null;
}

export class ConceptLabelView implements contract.ConceptLabel {
  @ApiProperty() uri!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() label!: string;
  @ApiProperty() labelLanguage!: string;
  @ApiPropertyOptional({ nullable: true }) code!: string | null;
}

export class ConceptLookupView {
  @ApiProperty({ type: [ConceptLabelView] }) items!: ConceptLabelView[];
  @ApiProperty({ type: [String], description: 'URIs not in the loaded reference data' }) unknown!: string[];
}

export class ConceptDetailView extends ConceptLabelView implements contract.ConceptDetail {
  @ApiProperty({ type: [String], description: 'Alternative labels in the label language' }) alternativeLabels!: string[];
  @ApiPropertyOptional({ nullable: true }) iscoGroup!: string | null;
  @ApiPropertyOptional({ nullable: true }) skillType!: string | null;
  @ApiPropertyOptional({ nullable: true }) reuseLevel!: string | null;
  @ApiProperty({ type: [ConceptLabelView], description: 'Skills: direct broader skills and groups' }) broader!: ConceptLabelView[];
  @ApiProperty({ type: [ConceptLabelView], description: 'Occupations: essential skills' }) essentialSkills!: ConceptLabelView[];
  @ApiProperty({ type: [ConceptLabelView], description: 'Occupations: optional skills' }) optionalSkills!: ConceptLabelView[];
}

export class SuggestionList<T> {
  items!: T[];
}

export class ConceptCountsView implements contract.ConceptCounts {
  @ApiProperty() skills!: number;
  @ApiProperty() skillGroups!: number;
  @ApiProperty() occupations!: number;
  @ApiProperty() iscoGroups!: number;
}

export class ReferenceLanguageView {
  @ApiProperty({ example: 'it' }) language!: string;
  @ApiProperty({ type: ConceptCountsView, description: 'Concepts with a preferred label in this language (the others show in English)' })
  concepts!: ConceptCountsView;
  @ApiProperty({ description: 'Labels in this language, preferred and alternative' }) labels!: number;
}

export class ReferenceImportView {
  @ApiProperty() finishedAt!: string;
  @ApiProperty({ type: [String], description: 'Files read, e.g. occupations_it.csv (labels)' }) sources!: string[];
  @ApiProperty() changedRows!: number;
  @ApiProperty() durationMs!: number;
}

export class ReferenceStatusView implements contract.ReferenceStatus {
  @ApiProperty({ type: ConceptCountsView }) concepts!: ConceptCountsView;
  @ApiProperty() occupationSkills!: number;
  @ApiProperty() skillBroader!: number;
  @ApiProperty() comuni!: number;
  @ApiProperty({ type: [ReferenceLanguageView] }) languages!: ReferenceLanguageView[];
  @ApiProperty({ type: [ReferenceImportView], description: 'The last imports, newest first' }) imports!: ReferenceImportView[];
}
