/**
 * The straightforward baseline of the precomputation benchmark: one SQL statement per profile
 * that scores EVERY open offer (no index beyond the primary keys, no precompiled catalogue)
 * with the engine's hard filters and components, and stores its top N. Simplified on purpose
 * (see the report): no explanation, no courses, the broader tier without the depth rule.
 */
import { organisationBlockedSql } from '@ponte/persistence';
import type { DataSource } from 'typeorm';

const KM = (a: string, b: string) =>
  `2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(${b}.lat - ${a}.lat) / 2), 2)
     + cos(radians(${a}.lat)) * cos(radians(${b}.lat)) * power(sin(radians(${b}.lon - ${a}.lon) / 2), 2))))`;

const SQL = `
WITH p AS (SELECT * FROM profiles WHERE id = $1),
home AS (SELECT c.lat, c.lon FROM comuni c JOIN p ON c.istat_code = p.home_comune),
held AS (SELECT coalesce(array_agg(skill_uri), '{}') AS uris FROM profile_skills WHERE profile_id = $1),
covered AS (SELECT coalesce(array_agg(a.ancestor_uri), '{}') || min(held.uris) AS uris
            FROM held LEFT JOIN esco_skill_ancestors a ON a.skill_uri = ANY(held.uris)),
targets AS (SELECT c.uri, c.isco_group FROM esco_concepts c JOIN p ON c.uri = ANY(p.target_occupations)),
cand AS (
  SELECT t.*, c.lat, c.lon, CASE WHEN t.work_mode = 'remote' THEN 0 ELSE ${KM('home', 'c')} END AS km
  FROM offers t JOIN organisations o ON o.id = t.organisation_id JOIN comuni c ON c.istat_code = t.comune CROSS JOIN home
  WHERE o.status = 'vetted' AND t.status = 'published' AND t.deadline >= current_date AND t.seats_filled < t.seats),
passing AS (
  SELECT cand.* FROM cand CROSS JOIN p
  WHERE NOT EXISTS (SELECT 1 FROM profile_exclusions e JOIN comuni ec ON ec.istat_code = e.comune
                    WHERE e.profile_id = p.id AND ${KM('ec', 'cand')} <= e.radius_km)
    AND (cand.work_mode = 'remote' OR cand.km <= p.max_commute_km)
    AND NOT ${organisationBlockedSql('p.id', 'cand.organisation_id')}
    AND cand.shifts && p.shifts
    AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(cand.languages) l
                    WHERE NOT EXISTS (SELECT 1 FROM profile_languages pl WHERE pl.profile_id = p.id AND pl.language = l->>'code' AND pl.cefr >= l->>'cefr'))
    AND coalesce(cand.min_eqf, 0) <= coalesce(p.eqf_level, 0)),
skill_rows AS (
  SELECT id, uri, true AS essential FROM passing, unnest(essential_skills) AS uri
  UNION ALL SELECT id, uri, false FROM passing, unnest(optional_skills) AS uri),
skills AS (
  SELECT s.id, sum(CASE WHEN s.essential THEN 2 ELSE 1 END) AS weight,
         sum(CASE WHEN s.essential THEN 2 ELSE 1 END * CASE
               WHEN s.uri = ANY(held.uris) THEN 1
               WHEN EXISTS (SELECT 1 FROM esco_skill_broader b WHERE b.skill_uri = s.uri AND b.broader_uri = ANY(covered.uris)) THEN 0.5
               ELSE 0 END) AS credit
  FROM skill_rows s CROSS JOIN held CROSS JOIN covered GROUP BY s.id),
scored AS (
  SELECT x.id,
    (CASE WHEN s.weight IS NULL THEN 22.5 ELSE 45 * s.credit / s.weight END)
    + (CASE WHEN cardinality(p.target_occupations) = 0 THEN 7.5
            WHEN x.occupation_uri = ANY(p.target_occupations) THEN 15
            WHEN EXISTS (SELECT 1 FROM targets tg JOIN esco_concepts oc ON oc.uri = x.occupation_uri WHERE tg.isco_group = oc.isco_group) THEN 9
            WHEN EXISTS (SELECT 1 FROM targets tg JOIN esco_concepts oc ON oc.uri = x.occupation_uri WHERE left(tg.isco_group, 3) = left(oc.isco_group, 3)) THEN 4.5
            ELSE 0 END)
    + (CASE WHEN x.work_mode = 'remote' THEN 15 WHEN p.max_commute_km = 0 THEN 15 ELSE 15 * greatest(0, 1 - x.km / p.max_commute_km) END)
    + 10 * (0.6 * cardinality(ARRAY(SELECT unnest(x.shifts) INTERSECT SELECT unnest(p.shifts)))::numeric / cardinality(x.shifts)
            + 0.4 * least(x.weekly_hours, p.weekly_hours)::numeric / greatest(x.weekly_hours, p.weekly_hours))
    + (CASE WHEN cardinality(p.contract_preferences) = 0 OR x.contract = ANY(p.contract_preferences) THEN 5 ELSE 0 END)
    + (CASE WHEN cardinality(p.accommodations) = 0 THEN 10
            ELSE 10 * cardinality(ARRAY(SELECT unnest(p.accommodations) INTERSECT SELECT unnest(x.accommodations)))::numeric / cardinality(p.accommodations) END)
    AS score
  FROM passing x CROSS JOIN p LEFT JOIN skills s ON s.id = x.id)
INSERT INTO baseline_matches (profile_id, offer_id, score)
SELECT $1, id, round(score::numeric, 2) FROM scored ORDER BY score DESC, id LIMIT $2`;

export async function baselineForProfile(ds: DataSource, profileId: string, limit: number): Promise<void> {
  // Scoring every pair takes longer than the pool's statement timeout.
  await ds.transaction(async (manager) => {
    await manager.query('SET LOCAL statement_timeout = 0');
    await manager.query(SQL, [profileId, limit]);
  });
}
