import type { SearchQuery } from './search-engine';
import { box, compileCounted, type Compiled, dimensionFilters, distanceTo, facets, isCountable, ITEMS, Params } from './postgres-search-sql';

/**
 * How many matches a search with words, occupations or skills reads at most: the newest ones.
 * Reading every match cost a heap visit (and a rank) per match: 6,000 for a common word on
 * 52,000 listings, ten times as many on 520,000. Beyond it the answer says `capped` (the page
 * shows "più di 500" / "more than 500") and its facets count these newest matches. At 520,000
 * listings 95% of the searches with words reach it; reading 1,000 cost them 45.7 ms of PostgreSQL
 * CPU at p95, reading 500 about half (issue 23).
 */
export const MATCH_CAP = 500;

/**
 * Ages in days bounding the slices a search with words reads newest first, then the rest. Each
 * slice is a bitmap of its matches sorted by date; reading stops with the slice that fills the
 * cap, so a common word reads a day or two of listings. Without strong filters the bitmap is the
 * word index's and the date index's together. Older slices would each build a bitmap of most of
 * the date index: what the first ones leave is read as one.
 */
const SLICES = [1, 2, 4, 8, 16];

/**
 * The slices under a strong filter: the bitmap is the word index's alone, testing the slice's
 * publication quarters of a day or days with the words and filters (migrations
 * SearchDayTags1765840000000, SearchQuarterTags1765840000100). A common word within 30 km of
 * Milano fills the cap within hours.
 */
const TAGGED_SLICES = [0.25, 1, 2, 4, 8, 16];

/**
 * Under a strong filter, the older slices are read one by one only when the newest (6 hours)
 * holds at least this share of the cap (then the first 16 days hold about twice the cap): at
 * fewer, scanning the word index once per slice cost more than reading every older match at once.
 */
const DENSE_NEWEST_SHARE = 32;

/** The newest listing's time, or now: read from the date index. */
const NEWEST = 'greatest(now(), (SELECT max(n.published_at) FROM search_documents n))';

/**
 * The publication tags from the time `oldest` to the time `newest`, by quarters of a day for a
 * slice shorter than a day, else by days: one value computed once, which the word index tests
 * with the words and filters.
 */
function publicationTags(oldest: string, newest: string, days: number): string {
  const [tag, unit] = days < 1 ? ['q:', 'ponte_publication_quarter'] : ['d:', 'ponte_publication_day'];
  return `ARRAY(SELECT '${tag}' || g FROM generate_series(${unit}(${oldest}), ${unit}(${newest})) g)`;
}

/** Words shorter than this are never expanded: three letters resemble too many words. */
const MIN_TYPO_WORD = 4;
/** Nearest lexicon words tried for a word the lexicon does not know. */
const MAX_EXPANSIONS = 3;
/** Lexicon words a word the lexicon does not know may be the beginning of (typed as it is searched), shortest first. */
const MAX_COMPLETIONS = 4;

export function compileSearch(query: SearchQuery, cap = MATCH_CAP): Compiled {
  return isCountable(query) ? compileCounted(query) : compileMatched(query, cap);
}

/**
 * The query's words (unaccented, lower case, gender-inclusive forms written out) as the CTE `q`
 * holding one tsquery: every word must match, as itself (Italian or English stem) or, when the
 * lexicon does not know it, as a lexicon word it begins or may misspell. Stop words of either
 * language ("di", "per", "the") are left out unless the text holds nothing else: the other
 * language keeps them as words no Italian text holds. In the statement, not a round trip before it.
 */
export const wordsQuery = (text: string) => `words AS MATERIALIZED (
      SELECT u.n, numnode(plainto_tsquery('italian', u.w)) = 0 OR numnode(plainto_tsquery('english', u.w)) = 0 AS stop,
             -- CASE evaluates the trigram searches only for an unknown word: they cost milliseconds
             -- per word, most words are known, and their near words would be discarded anyway.
             CASE WHEN k.known OR length(u.w) < ${MIN_TYPO_WORD} THEN ARRAY[u.w]
                  ELSE ARRAY[u.w] || ARRAY(SELECT l.word FROM search_lexicon l WHERE l.word LIKE u.w || '%'
                                           ORDER BY length(l.word), l.word LIMIT ${MAX_COMPLETIONS})
                       || ARRAY(SELECT l.word FROM search_lexicon l WHERE l.word % u.w
                                ORDER BY similarity(l.word, u.w) DESC, l.word LIMIT ${MAX_EXPANSIONS}) END AS terms
      -- unnest (estimated at a few rows, unlike regexp_split_to_table's 1000) and OFFSET 0 keep the
      -- known-word check a primary-key probe per word instead of a hashed scan of the lexicon.
      FROM unnest(regexp_split_to_array(lower(ponte_search_words(${text})), '[^a-z0-9]+')) WITH ORDINALITY AS u(w, n)
      CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = u.w) AS known OFFSET 0) k
      WHERE u.w <> ''),
    q AS MATERIALIZED (
      -- tsquery text: the stems come quoted from plainto_tsquery, so reading it back stems nothing again.
      SELECT coalesce(string_agg('(' || g.alternatives || ')', ' & ' ORDER BY g.n), '')::tsquery AS tsq FROM (
        SELECT w.n, (SELECT string_agg(a.alternative, ' | ') FROM (
                       SELECT (plainto_tsquery('italian', t) || plainto_tsquery('english', t))::text AS alternative
                       FROM unnest(w.terms) t) a WHERE a.alternative <> '') AS alternatives
        FROM words w WHERE NOT w.stop OR NOT EXISTS (SELECT 1 FROM words o WHERE NOT o.stop)) g
      WHERE g.alternatives IS NOT NULL)`;

/**
 * The query's filters on kind, contract, work mode, organisation kind and shifts as tests of the
 * document's `filter_tags` (migration SearchFilterTags1765700000000), which the word index
 * answers with the words: a document the filters drop is never read from the table.
 */
function tagFilters(p: Params, query: SearchQuery): string[] {
  const parts: string[] = [];
  const anyOf = (prefix: string, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(`d.filter_tags && ${p.add(values.map((value) => prefix + value))}::text[]`);
  };
  anyOf('k:', query.kinds);
  anyOf('c:', query.contracts);
  anyOf('w:', query.workModes);
  anyOf('o:', query.organisationKinds);
  anyOf('s:', query.shifts);
  if (query.remote !== undefined) anyOf('w:', query.remote ? ['remote', 'hybrid'] : ['on_site']);
  return parts;
}

/**
 * Whether a filter keeps few of a word's matches, so that the word index tests it. The kind, on
 * site (remote: false), companies and shifts each keep a third or more of them: they are tested
 * on the rows the slices read. A radius, contracts, occupations, skills and the rarer work modes
 * and organisation kinds keep few.
 */
function hasStrongFilter(query: SearchQuery): boolean {
  const without = (values: readonly string[] | undefined, common: string) => Boolean(values?.length && !values.includes(common));
  return Boolean(
    query.near || query.contracts?.length || query.occupationUris?.length || query.skillUris?.length || query.remote === true ||
      without(query.workModes, 'on_site') || without(query.organisationKinds, 'company'),
  );
}

/**
 * Words, occupations or skills: the newest matches up to the cap are read, slice by slice, and
 * the total, the facets and the page come from them. Relevance puts the listings whose title
 * holds every word first (`title_tsv`, migration SearchTitleWords1765550200000), then the newest.
 */
export function compileMatched(query: SearchQuery, cap = MATCH_CAP): Compiled {
  const p = new Params();
  const exclude = query.excludeOrganisationIds?.length ? p.add(query.excludeOrganisationIds) : undefined;
  const where: string[] = [
    // Suspension hides at once, whatever the index still holds: one hashed pass over the few
    // organisations not vetted (ids are never null, so NOT IN is safe).
    `d.organisation_id NOT IN (SELECT h.id FROM hidden h)`,
  ];
  // Strong filters keep few of a word's matches: the word index tests them with the words and
  // the slice's days (filter_tags), so that no row they drop is read, and a broad one (a radius
  // around Milano) with a common word reads about the cap, not every match (tens of thousands).
  // Weak filters are tested on each row read.
  const selective = hasStrongFilter(query);
  // With filters, the words are a value computed once (an InitPlan), not a join, so that the
  // word index always tests them with the filters.
  const tsq = selective ? '(SELECT q.tsq FROM q)' : 'q.tsq';
  let q = `q AS MATERIALIZED (SELECT ''::tsquery AS tsq)`;
  let inTitle = 'false';
  const text = query.text?.trim();
  if (text) {
    q = wordsQuery(p.add(text));
    where.push(`d.tsv @@ ${tsq}`);
    inTitle = `d.title_tsv @@ ${tsq}`;
  }
  where.push(...(selective ? tagFilters(p, query) : dimensionFilters(p, query)('d')));
  if (query.occupationUris?.length) where.push(`d.occupation_uris && ${p.add(query.occupationUris)}::text[]`);
  if (query.skillUris?.length) where.push(`d.skill_uris && ${p.add(query.skillUris)}::text[]`);

  let distance = 'NULL::float8';
  let near = '';
  if (query.near) {
    const la = p.add(query.near.lat);
    const lo = p.add(query.near.lon);
    const radius = p.add(query.near.radiusKm);
    // The places within the radius (a few hundred at most, each tested once) and remote listings:
    // the word index keeps only documents at one of them; the exact test below is then implied.
    near = `,
    near AS MATERIALIZED (
      SELECT array_append(array_agg(ponte_place_key(pl.lat, pl.lon)), 'p:remote') AS keys FROM search_places pl
      WHERE ${box('pl', p, query.near)} AND ${distanceTo('pl', la, lo)} <= ${radius}::float8)`;
    where.push('d.filter_tags && (SELECT n.keys FROM near n)');
    distance = `CASE WHEN d.lat IS NULL OR d.work_mode = 'remote' THEN NULL ELSE ${distanceTo('d', la, lo)} END`;
    where.push(`(d.work_mode = 'remote' OR (${box('d', p, query.near)} AND ${distance} <= ${radius}::float8))`);
  }
  const readCap = p.add(cap + 1);
  const ago = (days: number) => `now() - interval '${days} days'`;
  const ages = selective ? TAGGED_SLICES : SLICES;
  const slices = ages.map((days, i) => {
    const bounds = [`d.published_at >= ${ago(days)}`];
    if (i > 0) bounds.push(`d.published_at < ${ago(ages[i - 1])}`);
    // Under a strong filter the word index also keeps only the slice's publication quarters or
    // days (a superset of its bounds); the newest slice reaches the newest listing, even one dated ahead.
    if (selective) bounds.push(`d.filter_tags && ${publicationTags(ago(days), i > 0 ? ago(ages[i - 1]) : NEWEST, days - (i > 0 ? ages[i - 1] : 0))}`);
    return bounds;
  });
  // The oldest slice reads every match the index gives: those of the newer slices, fewer than
  // the cap since it is reached, are dropped by its bound.
  slices.push([`d.published_at < ${ago(ages[ages.length - 1])}`]);
  const slice = (bounds: string[]) => `(SELECT d.id, d.kind, d.contract, d.shifts, d.work_mode, d.organisation_kind, d.comune,
             d.published_at, (${inTitle}) AS in_title, ${distance} AS distance_km
      FROM search_documents d${selective ? '' : ' CROSS JOIN q'}
      WHERE ${[...where, ...bounds].join(' AND ')}
      ORDER BY d.published_at DESC, d.id LIMIT ${readCap}::int)`;
  // The slices run in order and stop once the cap is passed (the LIMIT above their UNION ALL).
  const sliced = (parts: string[]) => `read AS MATERIALIZED (SELECT * FROM (${parts.join('\n      UNION ALL ')}) s LIMIT ${readCap}::int)`;
  let read = sliced(slices.map(slice));
  if (selective) {
    // Each scan of the word index costs about as much as the places of a radius hold (hundreds of
    // pages around Milano) however few it gives: when the newest slice holds few matches, the older
    // ones are read in one scan, all of them, instead of a slice at a time. Gated by a value
    // computed once, the branch not taken never runs.
    const dense = `(SELECT count(*) FROM newest) >= ${readCap}::int / ${DENSE_NEWEST_SHARE}`;
    const gated = (part: string, gate: string) => `(SELECT * FROM ${part} g WHERE ${gate})`;
    read = `newest AS MATERIALIZED ${slice(slices[0])},
    ${sliced([
      '(SELECT * FROM newest)',
      ...slices.slice(1).map((bounds) => gated(slice(bounds), dense)),
      gated(slice([`d.published_at < ${ago(ages[0])}`]), `NOT ${dense}`),
    ])}`;
  }

  const order =
    query.sort === 'distance' && query.near
      ? 'm.distance_km ASC NULLS LAST, m.in_title DESC, m.published_at DESC, m.id'
      : query.sort === 'relevance' && text
        ? 'm.in_title DESC, m.published_at DESC, m.id'
        : 'm.published_at DESC, m.id';
  const limit = p.add(query.pageSize);
  const offset = p.add((query.page - 1) * query.pageSize);

  const sql = `
    WITH ${q}${near},
    hidden AS MATERIALIZED (
      SELECT o.id FROM organisations o WHERE o.status <> 'vetted'${exclude ? `\n      UNION SELECT unnest(${exclude}::uuid[])` : ''}),
    ${read},
    matched AS MATERIALIZED (SELECT * FROM read r ORDER BY r.published_at DESC, r.id LIMIT ${readCap}::int - 1),
    page AS (
      SELECT m.id, m.distance_km, row_number() OVER (ORDER BY ${order}) AS ord
      FROM matched m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT count(*)::int FROM read) = ${readCap}::int AS capped,
      ${ITEMS},
      ${facets('matched', '1')}`;
  return { sql, params: p.values };
}
