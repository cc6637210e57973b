import type { FollowUpMonths } from '@ponte/domain';

/**
 * JOBS.followUp.remind: a delayed job per checkpoint, due 3 or 6 months after a hire or an
 * enrolment. The id makes a re-enqueue by the sweep a no-op while the job is still in Redis.
 */
export interface FollowUpReminderJob {
  proposalId: string;
  months: FollowUpMonths;
}
export const followUpJobId = (proposalId: string, months: number): string => `follow-up-${proposalId}-m${months}`;

/** Scheduler id of the repeatable JOBS.followUp.sweep (re-enqueues reminders Redis lost). */
export const SWEEP_FOLLOW_UPS_SCHEDULER = 'follow-up-sweep';
