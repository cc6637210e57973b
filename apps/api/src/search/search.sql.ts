// The search's statement: organisations not vetted that still have listings to hide from the index.

/** Organisations not vetted (suspended) that still have published listings. */
export const UNVETTED_WITH_LISTINGS_SQL = `SELECT o.id FROM organisations o WHERE o.status <> 'vetted' AND (
         EXISTS (SELECT 1 FROM offers f WHERE f.organisation_id = o.id AND f.status = 'published') OR
         EXISTS (SELECT 1 FROM courses c WHERE c.organisation_id = o.id AND c.status = 'published'))`;
