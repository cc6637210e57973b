import { languageSkillRows, type ConceptFactRow, type LanguageSkillRow } from '@ponte/matching';
import type { EntityManager } from 'typeorm';

/**
 * What the engine weighs skills by, over the whole of ESCO whatever part of it a caller loads:
 * how many occupations list each skill (its specificity), how many concepts lie below each group
 * (the credit of the broader tier), which skills are language skills and which transversal. The
 * stored matches and a single pair's explanation then score alike. Without `uris`, every concept
 * (the match cache); with them, only those (one pair: indexed lookups).
 */
export async function loadConceptFacts(manager: EntityManager, uris?: readonly string[]): Promise<ConceptFactRow[]> {
  if (uris) {
    return manager.query(
      `SELECT c.uri AS "conceptUri",
              (SELECT count(*) FROM esco_occupation_skills o WHERE o.skill_uri = c.uri)::int AS occupations,
              (SELECT count(*) FROM esco_skill_ancestors a WHERE a.ancestor_uri = c.uri)::int AS descendants
       FROM esco_concepts c WHERE c.uri = ANY($1::text[]) AND c.kind IN ('skill', 'skill_group') ORDER BY c.uri`,
      [uris],
    );
  }
  return manager.query(
    `SELECT c.uri AS "conceptUri", COALESCE(o.n, 0)::int AS occupations, COALESCE(d.n, 0)::int AS descendants
     FROM esco_concepts c
     LEFT JOIN (SELECT skill_uri, count(*) AS n FROM esco_occupation_skills GROUP BY skill_uri) o ON o.skill_uri = c.uri
     LEFT JOIN (SELECT ancestor_uri, count(*) AS n FROM esco_skill_ancestors GROUP BY ancestor_uri) d ON d.ancestor_uri = c.uri
     WHERE c.kind IN ('skill', 'skill_group') AND (o.n IS NOT NULL OR d.n IS NOT NULL)
     ORDER BY c.uri`,
  );
}

/** ESCO's language skills ("speak Italian", ...) from their English preferred labels. */
export async function loadLanguageSkills(manager: EntityManager, uris?: readonly string[]): Promise<LanguageSkillRow[]> {
  const labels: { uri: string; label: string }[] = await manager.query(
    `SELECT l.uri, l.label FROM esco_labels l JOIN esco_concepts c ON c.uri = l.uri
     WHERE c.kind = 'skill' AND l.language = 'en' AND l.label_kind = 'preferred'
       AND l.label ~ '^(speak |write |understand written |understand spoken |interact verbally in )?[A-Z][a-z]+$'
       ${uris ? 'AND l.uri = ANY($1::text[])' : ''}
     ORDER BY l.uri`,
    uris ? [uris] : [],
  );
  return languageSkillRows(labels);
}

/** Skills of ESCO reuse level "transversal": the least specific, whatever ESCO links them to. */
export async function loadTransversalSkills(manager: EntityManager, uris?: readonly string[]): Promise<string[]> {
  const rows: { uri: string }[] = await manager.query(
    `SELECT uri FROM esco_concepts WHERE kind = 'skill' AND reuse_level = 'transversal'
       ${uris ? 'AND uri = ANY($1::text[])' : ''} ORDER BY uri`,
    uris ? [uris] : [],
  );
  return rows.map((r) => r.uri);
}
