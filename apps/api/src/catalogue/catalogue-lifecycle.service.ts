import { Injectable } from '@nestjs/common';
import type { CatalogueKind } from '@ponte/jobs';
import { Course, Offer, Organisation, Publication } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { Principal } from '../common/context/principal';
import { conflict, notFound, ProblemException, validationProblem } from '../common/problem/problem';
import { todayInMilan } from './catalogue-dates';
import { CatalogueJobs } from './catalogue-jobs.service';
import { catalogueWriterOf } from './catalogue-scope';

export const ENTITY_OF = { offer: Offer, course: Course } as const;
type Entity = Offer | Course;

/** Which organisation kinds publish which kind of record. */
export const PUBLISHER_KINDS: Record<CatalogueKind, readonly Organisation['kind'][]> = {
  offer: ['company', 'union'],
  course: ['training_body', 'union'],
};

export interface SeatsOutcome {
  version: number;
  seatsFilled: number;
  status: string;
  /** True when this hire or enrolment filled the last seat and closed the record. */
  closed: boolean;
}

/** draft → published → closed, duplication and seat filling, shared by offers and courses. */
@Injectable()
export class CatalogueLifecycle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: CatalogueJobs,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Locks the caller organisation's record for a write; anything else is 404. */
  async lockOwn<T extends Entity>(kind: CatalogueKind, id: string, principal: Principal, manager: EntityManager): Promise<T> {
    const record = await manager.findOne(ENTITY_OF[kind] as new () => T, {
      where: { id, organisationId: catalogueWriterOf(principal) } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!record) throw notFound();
    return record;
  }

  /** Companies post offers, training bodies courses, unions both; others get 403. */
  async assertPublisherKind(kind: CatalogueKind, principal: Principal, manager: EntityManager): Promise<string> {
    const organisationId = catalogueWriterOf(principal);
    const organisation = await manager.findOne(Organisation, { where: { id: organisationId }, select: { id: true, kind: true } });
    if (!organisation || !PUBLISHER_KINDS[kind].includes(organisation.kind)) {
      throw new ProblemException({ status: 403, type: 'forbidden', detailKey: 'catalogue.wrongOrganisationKind' });
    }
    return organisationId;
  }

  async publish(kind: CatalogueKind, id: string, principal: Principal): Promise<Entity> {
    return this.transition(kind, id, principal, 'publish', async (record, manager) => {
      if (record.status !== 'draft') throw this.illegal(record, 'published');
      // 409 with currentState unless vetted; reads the organisation FOR SHARE so a suspension waits for us.
      await this.organisations.assertCanPublish(record.organisationId, manager);
      if (record.deadline < todayInMilan()) {
        throw validationProblem([{ field: 'deadline', code: 'dateInPast', params: { date: record.deadline } }]);
      }
      record.status = 'published';
      record.publishedAt = new Date();
    });
  }

  async close(kind: CatalogueKind, id: string, principal: Principal): Promise<Entity> {
    return this.transition(kind, id, principal, 'close', async (record) => {
      if (record.status !== 'published') throw this.illegal(record, 'closed');
      record.status = 'closed';
      record.closedAt = new Date();
      record.closedReason = 'manual';
    });
  }

  /** A new draft with the same content; dates are kept so the partner reviews them before publishing. */
  async duplicate(kind: CatalogueKind, id: string, principal: Principal): Promise<Entity> {
    const copy = await this.dataSource.transaction(async (manager) => {
      const source = await this.lockOwn(kind, id, principal, manager);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the copy gets its own identity
      const { id: _id, createdAt: _c, updatedAt: _u, ...content } = source as Entity & Publication;
      const draft = manager.create(ENTITY_OF[kind] as new () => Entity, {
        ...content,
        status: 'draft',
        version: 1,
        seatsFilled: 0,
        publishedAt: null,
        closedAt: null,
        closedReason: null,
        createdBy: principal.userId,
      });
      const saved = await manager.save(draft);
      await this.audit.record(
        { action: `${kind}.duplicate`, targetType: kind, targetId: saved.id, organisationId: saved.organisationId, details: { sourceId: id } },
        manager,
      );
      return saved;
    });
    await this.jobs.changed({ kind, id: copy.id, version: copy.version, status: copy.status, deadline: copy.deadline });
    return copy;
  }

  /**
   * One more seat taken (a hire on an offer, an enrolment on a course). Filling the last seat
   * closes a published record. With `manager`, runs inside the caller's transaction.
   */
  async recordFilled(kind: CatalogueKind, id: string, manager?: EntityManager): Promise<SeatsOutcome> {
    const run = async (m: EntityManager): Promise<SeatsOutcome & { deadline: string }> => {
      const record = await m.findOne(ENTITY_OF[kind] as new () => Entity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw notFound();
      if (record.status === 'draft') throw this.illegal(record, 'filled');
      if (record.seatsFilled >= record.seats) {
        throw conflict('catalogue.noSeatsLeft', { seats: record.seats }, { seats: record.seats, seatsFilled: record.seatsFilled });
      }
      record.seatsFilled += 1;
      record.version += 1;
      const closed = record.status === 'published' && record.seatsFilled >= record.seats;
      if (closed) {
        record.status = 'closed';
        record.closedAt = new Date();
        record.closedReason = 'seats_filled';
      }
      await m.save(record);
      await this.audit.record(
        {
          action: closed ? `${kind}.close` : `${kind}.seat_filled`,
          targetType: kind,
          targetId: id,
          organisationId: record.organisationId,
          details: { seatsFilled: record.seatsFilled, seats: record.seats, version: record.version, ...(closed ? { reason: 'seats_filled' } : {}) },
        },
        m,
      );
      return { version: record.version, seatsFilled: record.seatsFilled, status: record.status, closed, deadline: record.deadline };
    };
    const { deadline, ...outcome } = manager ? await run(manager) : await this.dataSource.transaction(run);
    // Inside a caller's transaction the worker may run first: it retries until this version is visible.
    await this.jobs.changed({ kind, id, version: outcome.version, status: outcome.status, deadline }, manager);
    return outcome;
  }

  private async transition(
    kind: CatalogueKind,
    id: string,
    principal: Principal,
    verb: 'publish' | 'close',
    apply: (record: Entity, manager: EntityManager) => Promise<void>,
  ): Promise<Entity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const record = await this.lockOwn<Entity>(kind, id, principal, manager);
      await apply(record, manager);
      record.version += 1;
      const result = await manager.save(record);
      await this.audit.record(
        { action: `${kind}.${verb}`, targetType: kind, targetId: id, organisationId: record.organisationId, details: { version: record.version, status: record.status } },
        manager,
      );
      return result;
    });
    await this.jobs.changed({ kind, id, version: saved.version, status: saved.status, deadline: saved.deadline });
    return saved;
  }

  private illegal(record: Entity, to: string) {
    return conflict('catalogue.illegalTransition', { from: record.status, to }, { currentState: record.status });
  }
}
