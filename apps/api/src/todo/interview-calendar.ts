import type { Language } from '../common/i18n/language';

/** One arranged interview as the calendar shows it: no name, place, link or contact. */
export interface CalendarInterview {
  proposalId: string;
  /** The code the caller knows her by: the pseudonym code (counsellors) or the organisation's candidate code (partners). */
  code: string;
  title: string;
  /** Local wall-clock time in Europe/Rome, `YYYYMMDDTHHMMSS`. */
  romeStart: string;
}

const SUMMARY: Record<Language, string> = { it: 'Colloquio', en: 'Interview' };
/** Interviews are recorded with a start time only; calendars get a one-hour slot. */
const DURATION = 'PT1H';

/** Europe/Rome since 1996: CET, CEST from the last Sunday of March to the last Sunday of October. */
const ROME_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Rome',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folds content lines longer than 75 octets (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char, 'utf8') > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** An iCalendar file of the interviews, times in Europe/Rome with the zone defined inline. */
export function interviewCalendar(interviews: CalendarInterview[], language: Language, now: Date = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ponte//Colloqui//IT', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...ROME_TIMEZONE];
  for (const interview of interviews) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:interview-${interview.proposalId}@ponte`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=Europe/Rome:${interview.romeStart}`,
      `DURATION:${DURATION}`,
      `SUMMARY:${text(`${SUMMARY[language]} ${interview.code} — ${interview.title}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
