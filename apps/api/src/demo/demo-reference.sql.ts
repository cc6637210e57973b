// The showcase's reads of the reference data. Raw SQL because they read a few columns of the
// reference tables, which have no entity.

/** Every comune with its position, by code. */
export const DEMO_COMUNI_SQL = 'SELECT istat_code AS code, name, lat, lon FROM comuni ORDER BY istat_code';

/** The essential and optional skills of occupations `$1`, sorted. */
export const DEMO_OCCUPATION_SKILLS_SQL = `SELECT occupation_uri AS occupation, skill_uri AS skill, relation FROM esco_occupation_skills
     WHERE occupation_uri = ANY($1) ORDER BY occupation_uri, skill_uri`;
