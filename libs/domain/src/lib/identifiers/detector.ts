import { scanStreetAddresses } from './addresses';
import { scanDocumentNumbers, scanLicencePlates } from './documents';
import { scanPersonNames } from './names';
import { placeTokenIndices } from './places';
import { scanSocialHandles } from './social';
import {
  scanCodiciFiscali,
  scanDatesOfBirth,
  scanEmails,
  scanIbans,
  scanPhones,
} from './structured';
import { tokenize } from './tokens';
import { closedSpacingView, identityView, normalisedView, numberWordsView, originalSpan, type TextView } from './views';
import type {
  DetectorOptions,
  IdentifierFinding,
  IdentifierKind,
} from './types';

/**
 * Finds text that looks like a direct identifier of a person, so that the API can refuse a
 * free-text field with 422 naming the kind found (ARCHITECTURE.md, safety rule 1). Pure and
 * synchronous; runs in Node and in browsers (the portals warn while the counsellor types).
 *
 * The text is read as a person reads it (views.ts): normalised (normalise.ts: no-break and
 * other spaces, zero-width and format characters, full-width and Arabic-Indic digits, the
 * full-width ＠), with letter-spacing closed up, and with numbers written in words as digits.
 * Findings are spans of the text given. The API stores text already normalised, so what it
 * checked is what it shows.
 *
 * Findings never overlap: when two do, the more specific kind wins (an e-mail over the name
 * inside it, a date over the phone-looking digits of "03-12-1985"), then the longer span.
 *
 * Known limits (false negatives are possible; the counsellor remains responsible):
 * - names: only first names in the built-in list are recognised without an introduction
 *   ("mi chiamo", "si chiama", "sig.ra"); a given name alone, a surname alone, two given names
 *   without a surname ("Anna Maria"), names written all in lower case, and names split by a
 *   line break are not flagged; an upper-case surname before a first name ("ROSSI MARIA") only
 *   at the start of a line;
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
 *   such as 08.30-12.30); foreign numbers need their + or 00 prefix; numbers in words are
 *   read in Italian (cardinals up to 9999 as one word each) and English digits;
 * - IBANs: only countries in the built-in table; codici fiscali written with spaces need a
 *   valid check letter;
 * - documents: only Italian shapes are recognised without a document word; foreign ones
 *   need the word ("passaporto n. …"); licence plates only in the format since 1994 or after
 *   "targa";
 * - social handles: an @handle, a profile link of a listed site, or a handle-shaped name
 *   (with a digit, an underscore or an inner dot) after a platform name; a plain name after
 *   "Instagram" is not flagged.
 */

const PRIORITY: Readonly<Record<IdentifierKind, number>> = {
  email: 10,
  social_handle: 9,
  iban: 8,
  codice_fiscale: 7,
  document_number: 6,
  licence_plate: 5,
  date_of_birth: 4,
  phone: 3,
  street_address: 2,
  person_name: 1,
};

/** Every scanner on one reading of the text; spans of that reading. */
function scan(text: string, referenceYear: number): IdentifierFinding[] {
  const tokens = tokenize(text);
  const places = placeTokenIndices(text, tokens);
  return [
    ...scanEmails(text),
    ...scanSocialHandles(text),
    ...scanIbans(text),
    ...scanCodiciFiscali(text),
    ...scanDocumentNumbers(text),
    ...scanLicencePlates(text),
    ...scanDatesOfBirth(text, referenceYear),
    ...scanPhones(text),
    ...scanStreetAddresses({ text, tokens }),
    ...scanPersonNames({ text, tokens, places }),
  ];
}

/** The readings of a text: as given (normalised), letter-spacing closed up, numbers in words as digits. */
function views(text: string): TextView[] {
  const normalised = normalisedView(text);
  const base = normalised.text === text ? identityView(text) : normalised;
  return [base, closedSpacingView(base), numberWordsView(base)].filter((view, i) => i === 0 || view.text !== base.text);
}

export function detectIdentifiers(
  text: string,
  options: DetectorOptions = {},
): IdentifierFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const candidates = views(text).flatMap((view) =>
    scan(view.text, referenceYear)
      .map((f) => ({ kind: f.kind, ...originalSpan(view, f.start, f.end) }))
      .filter((f) => f.start < f.end),
  );
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
