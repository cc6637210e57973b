import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@ponte/config';
import { isPartnerRole } from '@ponte/domain';
import type { QueueName } from '@ponte/jobs';
import { inNetworks, partnerVisible } from '@ponte/persistence';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { QUEUE_NAMES } from '../jobs/dto/failed-jobs-query.dto';
import type { TodoItem, TodoView } from './dto/todo.view';
import type { CalendarInterview } from './interview-calendar';

/** Days before the retention sweep archives an inactive profile that count as "about to expire". */
export const ARCHIVE_WARNING_DAYS = 30;
/** An answer or a strong match is "new" for this long. */
const RECENT = "interval '14 days'";
const ROME_TODAY = "(now() AT TIME ZONE 'Europe/Rome')::date";
/** Monday 00:00 of this week in Rome, as a timestamptz. */
const ROME_WEEK_START = "(date_trunc('week', now() AT TIME ZONE 'Europe/Rome') AT TIME ZONE 'Europe/Rome')";
const PARTNER_MOVES = "('partner_admin', 'partner_member')";
const CODES = 10;

/**
 * Each role's to-do list: counts, links into its portal and codes, computed in SQL within the
 * caller's scope (a counsellor's networks, an organisation's visible proposals, own listings
 * and vetting questions, the coordinators' whole area; organisations waiting to answer a
 * question are not theirs to vet yet). No name, contact or free text leaves here.
 */
@Injectable()
export class TodoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forCaller(principal: Principal): Promise<TodoView> {
    if (principal.role === 'counsellor') return { side: 'counsellor', items: await this.counsellor(principal.networkIds), calendar: '/api/todo/interviews.ics' };
    if (isPartnerRole(principal.role)) return { side: 'partner', items: await this.partner(principal.organisationId), calendar: '/api/todo/interviews.ics' };
    return { side: 'coordinator', items: await this.coordinator() };
  }

  private async counsellor(networkIds: string[]): Promise<TodoItem[]> {
    const nearArchiveDays = Math.max(0, this.config.RETENTION_INACTIVE_DAYS - ARCHIVE_WARNING_DAYS);
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM proposals p WHERE ${inNetworks('$1')} AND p.state <> 'withdrawn'
            AND EXISTS (SELECT 1 FROM proposal_history h WHERE h.proposal_id = p.id AND h.actor_role IN ${PARTNER_MOVES}
                          AND h.state <> 'viewed' AND h.at >= now() - ${RECENT})) AS "answersReceived",
         (SELECT coalesce(array_agg(code ORDER BY at), '{}') FROM (
            SELECT r.pseudonym_code AS code, p.interview_at AS at FROM proposals p JOIN profiles r ON r.id = p.profile_id
            WHERE ${inNetworks('$1')} AND p.state = 'interview_arranged'
              AND p.interview_at >= ${ROME_WEEK_START} AND p.interview_at < ${ROME_WEEK_START} + interval '7 days') w) AS "interviewsThisWeek",
         (SELECT count(*)::int FROM proposal_follow_ups f JOIN proposals p ON p.id = f.proposal_id
            WHERE ${inNetworks('$1')} AND f.outcome IS NULL AND f.due_at <= now()) AS "followUpsDue",
         (SELECT count(*)::int FROM profiles r WHERE ${inNetworks('$1', 'r')} AND r.status IN ('active', 'paused')
            AND r.last_activity_at < now() - make_interval(days => $2::int)) AS "profilesNearArchive",
         (SELECT count(*)::int FROM matches m JOIN profiles r ON r.id = m.profile_id
            WHERE ${inNetworks('$1', 'r')} AND r.status = 'active' AND m.score >= $3
              AND m.computed_at >= now() - ${RECENT}) AS "strongMatches"`,
      [networkIds, nearArchiveDays, this.config.MATCH_NOTIFY_THRESHOLD],
    );
    const interviews: string[] = row.interviewsThisWeek;
    return [
      { key: 'answersReceived', count: row.answersReceived, link: { path: '/proposals' } },
      { key: 'interviewsThisWeek', count: interviews.length, link: { path: '/proposals', query: { state: 'interview_arranged' } }, codes: interviews.slice(0, CODES) },
      { key: 'followUpsDue', count: row.followUpsDue, link: { path: '/proposals', query: { state: 'hired' } } },
      { key: 'profilesNearArchive', count: row.profilesNearArchive, link: { path: '/profiles' } },
      { key: 'strongMatches', count: row.strongMatches, link: { path: '/profiles' } },
    ];
  }

  private async partner(organisationId: string | null): Promise<TodoItem[]> {
    const visible = partnerVisible('$1');
    // Full: still published with every seat taken, or closed by its last seat in the recent past.
    const listings = (table: string) => `
      (SELECT count(*)::int FROM ${table} l WHERE l.organisation_id = $1 AND l.status = 'published'
         AND l.deadline >= ${ROME_TODAY} AND l.deadline <= ${ROME_TODAY} + 7) AS "${table}ClosingSoon",
      (SELECT count(*)::int FROM ${table} l WHERE l.organisation_id = $1 AND l.seats_filled >= l.seats
         AND (l.status = 'published' OR (l.closed_reason = 'seats_filled' AND l.closed_at >= now() - ${RECENT}))) AS "${table}Full"`;
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM organisation_information_requests r WHERE r.organisation_id = $1 AND r.answer IS NULL) AS "vettingQuestions",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state IN ('proposed', 'viewed')) AS "proposalsToAnswer",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state = 'interested') AS "interviewsToArrange",
         (SELECT coalesce(array_agg(code ORDER BY at), '{}') FROM (
            SELECT p.card->>'candidateCode' AS code, p.interview_at AS at FROM proposals p
            WHERE ${visible} AND p.state = 'interview_arranged' AND p.interview_at >= now()) u) AS "interviewsUpcoming",
         (SELECT count(*)::int FROM proposals p WHERE ${visible} AND p.state = 'interview_arranged' AND p.interview_at < now()) AS "outcomesToRecord",
         ${listings('offers')},
         ${listings('courses')}`,
      [organisationId],
    );
    const upcoming: string[] = row.interviewsUpcoming;
    // One link for both kinds of listing: the offers page when the organisation has offers.
    const listingPath = row.coursesClosingSoon + row.coursesFull > 0 && row.offersClosingSoon + row.offersFull === 0 ? '/courses' : '/offers';
    return [
      { key: 'vettingQuestions', count: row.vettingQuestions, link: { path: '/organisation' } },
      { key: 'proposalsToAnswer', count: row.proposalsToAnswer, link: { path: '/proposals' } },
      { key: 'interviewsToArrange', count: row.interviewsToArrange, link: { path: '/proposals', query: { state: 'interested' } } },
      { key: 'interviewsUpcoming', count: upcoming.length, link: { path: '/proposals', query: { state: 'interview_arranged' } }, codes: upcoming.slice(0, CODES) },
      { key: 'outcomesToRecord', count: row.outcomesToRecord, link: { path: '/proposals', query: { state: 'interview_arranged' } } },
      { key: 'listingsClosingSoon', count: row.offersClosingSoon + row.coursesClosingSoon, link: { path: listingPath } },
      { key: 'listingsFull', count: row.offersFull + row.coursesFull, link: { path: listingPath } },
    ];
  }

  private async coordinator(): Promise<TodoItem[]> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM organisations o WHERE o.status = 'pending' AND NOT EXISTS (
            SELECT 1 FROM organisation_information_requests r WHERE r.organisation_id = o.id AND r.answer IS NULL)) AS "organisationsToVet",
         (SELECT coalesce(array_agg(n.code ORDER BY n.code), '{}') FROM networks n WHERE NOT EXISTS (
            SELECT 1 FROM network_memberships m JOIN users u ON u.id = m.user_id
            WHERE m.network_id = n.id AND u.role = 'counsellor' AND u.disabled_at IS NULL)) AS "networksWithoutStaff"`,
    );
    const failed = await Promise.all(QUEUE_NAMES.map((name) => this.queue(name).getFailedCount()));
    const unstaffed: string[] = row.networksWithoutStaff;
    return [
      { key: 'organisationsToVet', count: row.organisationsToVet, link: { path: '/vetting' } },
      { key: 'failedJobs', count: failed.reduce((sum, n) => sum + n, 0), link: { path: '/jobs' } },
      { key: 'networksWithoutStaff', count: unstaffed.length, link: { path: '/staff' }, codes: unstaffed.slice(0, CODES) },
    ];
  }

  /** Arranged interviews from a month ago on: her networks' (counsellor) or the organisation's visible ones (partner). */
  async interviews(principal: Principal): Promise<CalendarInterview[]> {
    const partner = isPartnerRole(principal.role);
    const scope = partner ? partnerVisible('$1') : inNetworks('$1');
    const code = partner ? "p.card->>'candidateCode'" : '(SELECT r.pseudonym_code FROM profiles r WHERE r.id = p.profile_id)';
    return this.dataSource.query(
      `SELECT p.id AS "proposalId", ${code} AS code, coalesce(o.title, c.title) AS title,
              to_char(p.interview_at AT TIME ZONE 'Europe/Rome', 'YYYYMMDD"T"HH24MISS') AS "romeStart"
       FROM proposals p LEFT JOIN offers o ON o.id = p.offer_id LEFT JOIN courses c ON c.id = p.course_id
       WHERE ${scope} AND p.state = 'interview_arranged' AND p.interview_at >= now() - interval '30 days'
       ORDER BY p.interview_at, p.id`,
      [partner ? principal.organisationId : principal.networkIds],
    );
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
