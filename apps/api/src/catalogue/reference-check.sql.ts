// The catalogue's reference checks: probes of the ESCO and ISTAT tables (no entities).

/** The kind of each known concept among uris `$1`. */
export const CONCEPT_KINDS_SQL = 'SELECT uri, kind FROM esco_concepts WHERE uri = ANY($1::text[])';

/** Whether `$1` is a comune. */
export const COMUNE_EXISTS_SQL = 'SELECT 1 FROM comuni WHERE istat_code = $1';

/** Comune `$1`'s coordinates. */
export const COMUNE_PLACE_SQL = 'SELECT lat, lon FROM comuni WHERE istat_code = $1';
