import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@ponte/config';
import { isPartnerRole } from '@ponte/domain';
import type { QueueName } from '@ponte/jobs';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { QUEUE_NAMES } from '../jobs/dto/failed-jobs-query.dto';
import type { TodoItem, TodoView } from './dto/todo.view';
import type { CalendarInterview } from './interview-calendar';
import { COORDINATOR_TODO_SQL, COUNSELLOR_TODO_SQL, interviewsSql, PARTNER_TODO_SQL } from './todo.sql';

/** Days before the retention sweep archives an inactive profile that count as "about to expire". */
export const ARCHIVE_WARNING_DAYS = 30;
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
    const [row] = await this.dataSource.query(COUNSELLOR_TODO_SQL, [networkIds, nearArchiveDays, this.config.MATCH_NOTIFY_THRESHOLD]);
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
    const [row] = await this.dataSource.query(PARTNER_TODO_SQL, [organisationId]);
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
    const [row] = await this.dataSource.query(COORDINATOR_TODO_SQL);
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
    return this.dataSource.query(interviewsSql(partner), [partner ? principal.organisationId : principal.networkIds]);
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
