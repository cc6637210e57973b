// The organisations' statements: a shared row lock, and list reads of a few columns with the
// accent-free search (`ponte_unaccent`, the index's expression).

/** Organisation `$1`'s status, locked against a vetting decision until commit. */
export const SHARE_ORGANISATION_STATUS_SQL = `SELECT status FROM organisations WHERE id = $1 FOR SHARE`;

/** Organisations `$1`, by name. */
export const ORGANISATIONS_BY_ID_SQL = `SELECT id, legal_name AS name, kind, status, vat_number AS "vatNumber", tax_code AS "taxCode"
         FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY lower(legal_name), id`;

/** Organisations that may be vetted whose name contains `$1` (accents and case aside) or whose VAT number or tax code starts with `$2`; exact codes first, then names that start with `$1`. */
export const SEARCH_ORGANISATIONS_SQL = `SELECT id, legal_name AS name, kind, status, vat_number AS "vatNumber", tax_code AS "taxCode"
       FROM organisations
       WHERE status IN ('pending', 'vetted', 'suspended')
         AND (ponte_unaccent(lower(legal_name)) LIKE '%' || ponte_unaccent(lower($1)) || '%'
              OR ($2 ~ '^[0-9A-Z]{3,16}$' AND (vat_number LIKE $2 || '%' OR upper(tax_code) LIKE $2 || '%')))
       ORDER BY (vat_number = $2 OR upper(tax_code) = $2) DESC,
                ponte_unaccent(lower(legal_name)) LIKE ponte_unaccent(lower($1)) || '%' DESC,
                lower(legal_name), id
       LIMIT $3`;

/** Whether VAT number `$1` or e-mail `$2` (lower case) is already registered. */
export const REGISTRATION_TAKEN_SQL = `SELECT EXISTS (SELECT 1 FROM organisations WHERE vat_number = $1) AS vat_taken, EXISTS (SELECT 1 FROM users WHERE lower(email) = $2) AS email_taken`;
