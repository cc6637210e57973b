import type { ProposalState } from '@ponte/domain';
import type { Page, Timestamp } from './wire';

/**
 * In-app notifications as their reader sees them: a kind, a link and what names the proposal to
 * the reader (her code, the listing's title, the step). Never her home comune, names or free
 * text: the portal renders the sentence from these.
 */

/** What to notify, by kind (the stored rows hold these too, libs/persistence notification.entity.ts). */
export const NOTIFICATION_KINDS = [
  /** Partner users: a new proposal reached their organisation. */
  'proposal_received',
  /** Partner users: the counsellor recorded an interview, outcome or identity disclosure. */
  'proposal_updated',
  /** Partner users: the counsellor withdrew a proposal (never for revocations: those vanish). */
  'proposal_withdrawn',
  /** The counsellor: the partner answered (viewed, interested, declined, interview, outcome). */
  'proposal_answered',
  /** The counsellor: a 3- or 6-month follow-up is due. */
  'follow_up_due',
  /** The counsellor: new offers above MATCH_NOTIFY_THRESHOLD for a profile of hers (target: the profile). */
  'new_matches',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A notification, or a group of repeats (same kind, same target). */
export interface PonteNotification {
  id: string;
  kind: NotificationKind;
  /** profile: new matches for a profile of the counsellor. */
  targetType: 'proposal' | 'profile';
  targetId: string;
  /** Path in the caller's portal, e.g. `/proposals/<id>`. */
  link: string;
  /** Profile target: her pseudonym code (the only profile datum a notification shows). */
  pseudonymCode?: string | null;
  /** Proposal: the code the reader knows her by (partners: candidate code; staff: pseudonym code). */
  code?: string | null;
  /** Proposal: the title of its offer or course ... */
  title?: string | null;
  /** ... and which of the two it is. */
  listingKind?: 'offer' | 'course' | null;
  /** Proposal: the step the newest notification of the group announced. */
  step?: ProposalState | null;
  /** How many notifications this item groups. */
  count: number;
  /** When the newest of the group was written. */
  createdAt: Timestamp;
  /** Null while any of the group is unread. */
  readAt: Timestamp | null;
}

export interface NotificationPage extends Page<PonteNotification> {
  /** Unread items (groups) of the caller, whatever the filter. */
  unread: number;
}

/** What marking as read answers: how many were marked. */
export interface MarkedRead {
  updated: number;
}
