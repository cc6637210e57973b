import { Injectable } from '@nestjs/common';
import type { EscoConceptKind } from '@ponte/persistence';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem/problem';
import type { ComuneView, ConceptDetailView, ConceptLabelView, ConceptLookupView } from './dto/reference-views';
import { ReferenceCache } from './reference-cache';
import { ALTERNATIVE_LABELS_SQL, BROADER_SKILLS_SQL, COMUNE_SQL, CONCEPT_SQL, OCCUPATION_SKILLS_SQL, PREFERRED_LABELS_SQL } from './reference-lookup.sql';

const ESCO_BASE = 'http://data.europa.eu/esco/';
const PATH_OF: Partial<Record<EscoConceptKind, string>> = { skill: 'skill/', occupation: 'occupation/' };

interface LabelRow {
  uri: string;
  kind: string;
  code: string | null;
  label: string;
  language: string;
}

/**
 * Labels for stored URIs (the portals show what profiles, offers and courses reference) and
 * the detail of one skill or occupation, in the caller's language with English as fallback.
 */
@Injectable()
export class ReferenceLookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: ReferenceCache,
  ) {}

  /** Labels of these URIs (unknown ones left out), from memory while the reference tables are unchanged. */
  private async labels(uris: string[], language: string): Promise<ConceptLabelView[]> {
    if (uris.length === 0) return [];
    const known = await this.cache.many(`label|${language}`, uris, async (missing) => {
      const rows: LabelRow[] = await this.dataSource.query(
        PREFERRED_LABELS_SQL,
        [missing, language],
      );
      return new Map(rows.map((row) => [row.uri, { uri: row.uri, kind: row.kind, code: row.code, label: row.label, labelLanguage: row.language.trim() }]));
    });
    return uris.flatMap((uri) => {
      const view = known.get(uri);
      return view ? [{ ...view }] : [];
    });
  }

  async lookup(uris: string[], language: string): Promise<ConceptLookupView> {
    const unique = [...new Set(uris)];
    const items = await this.labels(unique, language);
    const found = new Set(items.map((item) => item.uri));
    return { items, unknown: unique.filter((uri) => !found.has(uri)) };
  }

  /** A skill or occupation by the last segment of its URI (`/skills/<uuid>`); 404 when unknown. */
  async detail(kind: 'skill' | 'occupation', id: string, language: string): Promise<ConceptDetailView> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
    const uri = `${ESCO_BASE}${PATH_OF[kind]}${id.toLowerCase()}`;
    const [concept] = await this.dataSource.query(
      CONCEPT_SQL,
      [uri, kind],
    );
    if (!concept) throw notFound();
    const [own] = await this.labels([uri], language);
    const alternatives: { label: string }[] = await this.dataSource.query(
      ALTERNATIVE_LABELS_SQL,
      [uri, own.labelLanguage],
    );
    const broader: { uri: string }[] =
      kind === 'skill' ? await this.dataSource.query(BROADER_SKILLS_SQL, [uri]) : [];
    const skills: { uri: string; relation: string }[] =
      kind === 'occupation'
        ? await this.dataSource.query(OCCUPATION_SKILLS_SQL, [uri])
        : [];
    const related = await this.labels([...broader.map((b) => b.uri), ...skills.map((s) => s.uri)], language);
    const byUri = new Map(related.map((r) => [r.uri, r]));
    const pick = (list: { uri: string }[]) =>
      list
        .map((r) => byUri.get(r.uri))
        .filter((r): r is ConceptLabelView => r !== undefined)
        .sort((a, b) => a.label.localeCompare(b.label));
    return {
      ...own,
      alternativeLabels: alternatives.map((a) => a.label),
      iscoGroup: concept.isco_group,
      skillType: concept.skill_type,
      reuseLevel: concept.reuse_level,
      broader: pick(broader),
      essentialSkills: pick(skills.filter((s) => s.relation === 'essential')),
      optionalSkills: pick(skills.filter((s) => s.relation === 'optional')),
    };
  }

  async comune(istatCode: string): Promise<ComuneView> {
    if (!/^\d{6}$/.test(istatCode)) throw notFound();
    const [row] = await this.dataSource.query(
      COMUNE_SQL,
      [istatCode],
    );
    if (!row) throw notFound();
    return row;
  }
}
