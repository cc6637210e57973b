import { Injectable } from '@nestjs/common';
import type { Course, Offer } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { conflict, validationProblem } from '../common/problem/problem';
import { CatalogueJobs } from './catalogue-jobs.service';
import { CatalogueLifecycle } from './catalogue-lifecycle.service';
import { CatalogueBody, CatalogueRules, ContentOf } from './catalogue-rules';
import { changedKeys, commonProblems, lockedFieldProblems, nullProblems } from './catalogue-validation';
import { ReferenceCheck } from './reference-check';

/** Creating and editing offers and courses: one transaction, audited, re-indexed and re-matched after. */
@Injectable()
export class CatalogueEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly references: ReferenceCheck,
    private readonly lifecycle: CatalogueLifecycle,
    private readonly jobs: CatalogueJobs,
  ) {}

  /** A draft of the caller's organisation, which must publish this kind. Returns its id. */
  async create<T extends Offer | Course, C extends CatalogueBody>(rules: CatalogueRules<T, C>, principal: Principal, dto: C): Promise<string> {
    const content = rules.contentOf(dto);
    return this.dataSource.transaction(async (manager) => {
      const organisationId = await this.lifecycle.assertPublisherKind(rules.kind, principal, manager);
      await this.validate(rules, { ...content, seatsFilled: 0 }, () => true, manager);
      const record = await manager.save(manager.create(rules.entity, { ...content, organisationId, createdBy: principal.userId } as T));
      await this.audit.record(
        { action: `${rules.kind}.create`, targetType: rules.kind, targetId: record.id, organisationId, details: { version: record.version } },
        manager,
      );
      return record.id;
    });
  }

  /** Any subset of the fields; `null` clears an optional one; a published record keeps who fits it. */
  async update<T extends Offer | Course, C extends CatalogueBody>(
    rules: CatalogueRules<T, C>,
    principal: Principal,
    id: string,
    dto: Partial<C>,
  ): Promise<void> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const record = await this.lifecycle.lockOwn<T>(rules.kind, id, principal, manager);
      if (record.status === 'closed') throw conflict('catalogue.closedNotEditable', {}, { currentState: record.status });
      const nulls = nullProblems(dto, rules.required);
      if (nulls.length) throw validationProblem(nulls);
      const patch = { ...dto } as Partial<ContentOf<T>> & CatalogueBody;
      if (dto.languages) patch.languages = dto.languages.map(({ code, cefr }) => ({ code, cefr }));
      const changed = changedKeys(record as ContentOf<T>, patch as Partial<ContentOf<T>>);
      if (changed.length === 0) return record;
      if (record.status === 'published') {
        const locked = lockedFieldProblems(changed, rules.publishedEditable);
        if (locked.length) throw validationProblem(locked);
      }
      for (const key of changed) (record as unknown as Record<string, unknown>)[key] = (patch as Record<string, unknown>)[key] ?? null;
      await this.validate(rules, record, (field) => changed.includes(field as keyof ContentOf<T> & string), manager);
      record.version += 1;
      const result = await manager.save(record);
      await this.audit.record(
        {
          action: `${rules.kind}.update`,
          targetType: rules.kind,
          targetId: id,
          organisationId: record.organisationId,
          details: { fields: changed, version: record.version },
        },
        manager,
      );
      return result;
    });
    await this.jobs.changed({ kind: rules.kind, id, version: saved.version, status: saved.status, deadline: saved.deadline });
  }

  /** Every rule at once, so the partner fixes the whole form in one go. */
  private async validate<T extends Offer | Course, C extends CatalogueBody>(
    rules: CatalogueRules<T, C>,
    content: ContentOf<T> & { seatsFilled: number },
    changed: (field: string) => boolean,
    manager: EntityManager,
  ): Promise<void> {
    const problems = [
      ...commonProblems(content, changed),
      ...rules.ownProblems(content),
      ...(await this.references.escoProblems(rules.escoFields(content, changed), manager)),
      ...(changed('comune') ? await this.references.comuneProblems('comune', content.comune, manager) : []),
    ];
    if (problems.length) throw validationProblem(problems);
  }
}
