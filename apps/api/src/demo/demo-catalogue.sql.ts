// The showcase listings' inserts. Raw SQL because their dates are relative to the seeding day
// (now() and current_date minus the planned days), computed by PostgreSQL from the plan's numbers.

/** Written `$1` days ago; published a day later when `$2`; closed (manually) yesterday when `$3`. */
const publication = `now() - make_interval(days => $1), now() - make_interval(days => $1), CASE WHEN $2 THEN now() - make_interval(days => $1 - 1) END,
      CASE WHEN $3 THEN now() - interval '1 day' END, CASE WHEN $3 THEN 'manual' END`;

/** A showcase offer (`$1`..`$3` its dates, `$4`..`$19`); its id. */
export const INSERT_SHOWCASE_OFFER_SQL = `INSERT INTO offers (created_at, updated_at, published_at, closed_at, closed_reason, organisation_id, title, description, occupation_uri,
               essential_skills, optional_skills, languages, work_mode, comune, weekly_hours, shifts, contract, seats, start_date, deadline, accommodations, status)
             VALUES (${publication}, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, current_date + $17::int + 15, current_date + $17::int, $18, $19)
             RETURNING id`;

/** A showcase course (`$1`..`$3` its dates, `$4`..`$18`); its id. */
export const INSERT_SHOWCASE_COURSE_SQL = `INSERT INTO courses (created_at, updated_at, published_at, closed_at, closed_reason, organisation_id, title, description, skills_taught,
               target_occupations, languages, work_mode, comune, shifts, total_hours, start_date, end_date, deadline, seats, cost, childcare_support, status)
             VALUES (${publication}, $4, $5, $6, $7, $8, '[{"code":"it","cefr":"A2"}]', $9, $10, $11, $12, current_date + $13::int,
               current_date + $13::int + $14::int * 7, current_date + $13::int - 7, $15, $16, $17, $18) RETURNING id`;
