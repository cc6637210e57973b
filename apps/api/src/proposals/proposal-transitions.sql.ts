// The transitions' statement: a course's start date as the calendar day, formatted in the database.

/** Course `$1`'s start date as YYYY-MM-DD. */
export const COURSE_START_SQL = `SELECT to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM courses WHERE id = $1`;
