/** The home page's to-do list: counts, a link into the caller's portal and codes only (never a name or a contact). */

/** What a counsellor has to do now, over the proposals and profiles of her networks. */
export const COUNSELLOR_TODO = ['answersReceived', 'interviewsThisWeek', 'followUpsDue', 'profilesNearArchive', 'strongMatches'] as const;
/** What an organisation has to do now: the steering committee's questions, proposals (as candidate cards), its own listings. */
export const PARTNER_TODO = ['vettingQuestions', 'proposalsToAnswer', 'interviewsToArrange', 'interviewsUpcoming', 'outcomesToRecord', 'listingsClosingSoon', 'listingsFull'] as const;
/** What the steering committee has to do now. */
export const COORDINATOR_TODO = ['organisationsToVet', 'failedJobs', 'networksWithoutStaff'] as const;

export type TodoKey = (typeof COUNSELLOR_TODO)[number] | (typeof PARTNER_TODO)[number] | (typeof COORDINATOR_TODO)[number];
export type TodoSide = 'counsellor' | 'partner' | 'coordinator';

export interface TodoLink {
  /** A route of the caller's portal, e.g. `/proposals`. */
  path: string;
  query?: Record<string, string>;
}

/** One line of the list: a count, where to act, and at most 10 codes. */
export interface TodoItem {
  key: TodoKey;
  count: number;
  link: TodoLink;
  /** Pseudonym codes (counsellors), the organisation's own candidate codes (partners) or network codes (coordinators), soonest first. */
  codes?: string[];
}

export interface TodoList {
  side: TodoSide;
  items: TodoItem[];
  /** The caller's interviews as an iCalendar file (a path under /api). */
  calendar?: string;
}
