import { scanStreetAddresses } from './addresses';
import { scanPersonNames } from './names';
import { placeTokenIndices } from './places';
import {
  scanCodiciFiscali,
  scanDatesOfBirth,
  scanEmails,
  scanIbans,
  scanPhones,
} from './structured';
import { tokenize } from './tokens';
import type {
  DetectorOptions,
  IdentifierFinding,
  IdentifierKind,
} from './types';

/**
 * Finds text that looks like a direct identifier of a person, so that the API can refuse a
 * free-text field with 422 naming the kind found (DESIGN.md, safety rule 1). Pure and
 * synchronous; runs in Node and in browsers (the portals warn while the counsellor types).
 *
 * Findings never overlap: when two do, the more specific kind wins (an e-mail over the name
 * inside it, a date over the phone-looking digits of "03-12-1985"), then the longer span.
 *
 * Known limits (false negatives are possible; the counsellor remains responsible):
 * - names: only first names in the built-in list are recognised without an introduction
 *   ("mi chiamo", "si chiama", "sig.ra"); a given name alone, a surname alone, two given names
 *   without a surname ("Anna Maria"), names written all in lower case, and names split by a
 *   line break are not flagged;
 * - names followed by a capitalised common word are flagged ("Stella Polare"), as are
 *   institutions named after a person when not introduced by a word such as "Ospedale";
 * - addresses: "corso", "largo", "strada", "vicolo" with a lower-case name are not flagged;
 *   addresses without a street word ("Roma 12") are not flagged;
 * - dates: a full date after "dal", "al", "fino al", "entro il" is read as a period, not a
 *   birth date, unless a birth word (nata, nascita, born) precedes it; any other full date
 *   with a possible birth year (1900 to 14 years ago) is flagged, so "il 3 marzo 2010 ha
 *   iniziato" is refused too; bare years are flagged only after a birth word ("nata nel
 *   1985", "classe 1985");
 * - a street word with a capitalised name is flagged without a civic number ("via Padova",
 *   "Piazzale Loreto"), even when it names a workplace rather than a home;
 * - phones: Italian landlines shorter than 9 digits are not flagged (they collide with times
 *   such as 08.30-12.30); foreign numbers need their + or 00 prefix;
 * - IBANs: only countries in the built-in table; codici fiscali written with spaces need a
 *   valid check letter; identifiers spelled out in words or split by unusual characters are
 *   not found.
 */

const PRIORITY: Readonly<Record<IdentifierKind, number>> = {
  email: 7,
  iban: 6,
  codice_fiscale: 5,
  date_of_birth: 4,
  phone: 3,
  street_address: 2,
  person_name: 1,
};

export function detectIdentifiers(
  text: string,
  options: DetectorOptions = {},
): IdentifierFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const tokens = tokenize(text);
  const places = placeTokenIndices(text, tokens);
  const candidates = [
    ...scanEmails(text),
    ...scanIbans(text),
    ...scanCodiciFiscali(text),
    ...scanDatesOfBirth(text, referenceYear),
    ...scanPhones(text),
    ...scanStreetAddresses({ text, tokens }),
    ...scanPersonNames({ text, tokens, places }),
  ];
  candidates.sort(
    (a, b) =>
      PRIORITY[b.kind] - PRIORITY[a.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  // `kept` stays sorted by start and free of overlaps: only the neighbours need checking.
  const kept: IdentifierFinding[] = [];
  for (const c of candidates) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end))
      continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** The first identifier in reading order, or `undefined` when the text is clean. */
export function firstIdentifier(
  text: string,
  options: DetectorOptions = {},
): IdentifierFinding | undefined {
  return detectIdentifiers(text, options)[0];
}
