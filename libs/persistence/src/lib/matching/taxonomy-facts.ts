import { languageSkillRows, type ConceptFactRow, type LanguageSkillRow } from '@ponte/matching';
import type { EntityManager } from 'typeorm';

/**
 * What the engine weighs skills by, over the whole of ESCO whatever part of it a caller loads:
 * how many occupations list each skill (its specificity) and how many concepts lie below each
 * group (the credit of the broader tier), and which skills are language skills. The stored
 * matches and a single pair's explanation then score alike.
 */
export async function loadConceptFacts(manager: EntityManager, uris?: readonly string[]): Promise<ConceptFactRow[]> {
  const only = uris ? 'AND c.uri = ANY($1::text[])' : '';
  return manager.query(
    `SELECT c.uri AS "conceptUri", COALESCE(o.n, 0)::int AS occupations, COALESCE(d.n, 0)::int AS descendants
     FROM esco_concepts c
     LEFT JOIN (SELECT skill_uri, count(*) AS n FROM esco_occupation_skills GROUP BY skill_uri) o ON o.skill_uri = c.uri
     LEFT JOIN (SELECT ancestor_uri, count(*) AS n FROM esco_skill_ancestors GROUP BY ancestor_uri) d ON d.ancestor_uri = c.uri
     WHERE c.kind IN ('skill', 'skill_group') AND (o.n IS NOT NULL OR d.n IS NOT NULL) ${only}
     ORDER BY c.uri`,
    uris ? [uris] : [],
  );
}

/** ESCO's language skills ("speak Italian", ...) from their English preferred labels. */
export async function loadLanguageSkills(manager: EntityManager): Promise<LanguageSkillRow[]> {
  const labels: { uri: string; label: string }[] = await manager.query(
    `SELECT l.uri, l.label FROM esco_labels l JOIN esco_concepts c ON c.uri = l.uri
     WHERE c.kind = 'skill' AND l.language = 'en' AND l.label_kind = 'preferred'
       AND l.label ~ '^(speak |write |understand written |understand spoken |interact verbally in )?[A-Z][a-z]+$'
     ORDER BY l.uri`,
  );
  return languageSkillRows(labels);
}

/** Skills of ESCO reuse level "transversal": the least specific, whatever ESCO links them to. */
export async function loadTransversalSkills(manager: EntityManager): Promise<string[]> {
  const rows: { uri: string }[] = await manager.query(
    `SELECT uri FROM esco_concepts WHERE kind = 'skill' AND reuse_level = 'transversal' ORDER BY uri`,
  );
  return rows.map((r) => r.uri);
}
