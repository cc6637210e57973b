// The demo catalogue seed's statements. Raw SQL because the listings are written as plain rows with
// dates relative to the seeding day (current_date + n) and found again by organisation and title.

/** The organisation named `$1`. */
export const ORGANISATION_BY_NAME_SQL = 'SELECT id FROM organisations WHERE legal_name = $1';

/** The listing of organisation `$1` titled `$2`, per kind. */
export const LISTING_BY_TITLE_SQL: Record<'offer' | 'course', string> = {
  offer: `SELECT id FROM offers WHERE organisation_id = $1 AND title = $2`,
  course: `SELECT id FROM courses WHERE organisation_id = $1 AND title = $2`,
};

/** The first five essential skills of occupation `$1`. */
export const ESSENTIAL_SKILLS_SQL = `SELECT skill_uri FROM esco_occupation_skills WHERE occupation_uri = $1 AND relation = 'essential' ORDER BY skill_uri LIMIT 5`;

/** A demo offer (`$1`..`$13`), published now when `isPublished`; its id. */
export const insertDemoOfferSql = (isPublished: boolean): string => {
  const published = isPublished ? 'now()' : 'NULL';
  return `INSERT INTO offers (organisation_id, title, description, occupation_uri, essential_skills, languages, work_mode, comune,
             weekly_hours, shifts, contract, seats, start_date, deadline, accommodations, status, published_at)
           VALUES ($1, $2, $3, $4, $5, '[{"code":"it","cefr":"A2"}]', $6, $7, $8, $9, $10, $11, current_date + 45, current_date + 30, $12, $13, ${published})
           RETURNING id`;
};

/** A demo course (`$1`..`$13`), published now when `isPublished`; its id. */
export const insertDemoCourseSql = (isPublished: boolean): string => {
  const published = isPublished ? 'now()' : 'NULL';
  return `INSERT INTO courses (organisation_id, title, description, skills_taught, target_occupations, work_mode, comune, shifts,
             total_hours, start_date, end_date, deadline, seats, cost, childcare_support, status, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, current_date + 35, current_date + 125, current_date + 28, $10, $11, $12, $13, ${published})
           RETURNING id`;
};
