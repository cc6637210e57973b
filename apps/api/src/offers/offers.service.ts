import { Injectable } from '@nestjs/common';
import { Offer } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { commonProblems, changedKeys, lockedFieldProblems, nullProblems } from '../catalogue/catalogue-validation';
import { CatalogueJobs } from '../catalogue/catalogue-jobs.service';
import { CatalogueLifecycle } from '../catalogue/catalogue-lifecycle.service';
import { CatalogueReads } from '../catalogue/catalogue-reads.service';
import { EscoField, ReferenceCheck } from '../catalogue/reference-check';
import { Page, pageOf } from '../common/pagination/page-query.dto';
import { conflict, FieldProblem, validationProblem } from '../common/problem/problem';
import { CreateOfferDto, OfferQuery, UpdateOfferDto } from './dto/offer.dto';
import { OfferView } from './offer.view';

/** Fields a published offer may still change: none of them alters who fits it. */
export const OFFER_PUBLISHED_EDITABLE = ['title', 'description', 'seats', 'deadline', 'startDate', 'accommodations'] as const;
const REQUIRED = ['title', 'description', 'essentialSkills', 'workMode', 'weeklyHours', 'shifts', 'contract', 'seats', 'deadline'] as const;

type OfferContent = Omit<Offer, 'id' | 'organisationId' | 'status' | 'version' | 'seatsFilled' | 'publishedAt' | 'closedAt' | 'closedReason' | 'createdBy' | 'createdAt' | 'updatedAt'>;

function contentOf(dto: CreateOfferDto): OfferContent {
  return {
    title: dto.title,
    description: dto.description,
    occupationUri: dto.occupationUri ?? null,
    essentialSkills: dto.essentialSkills,
    optionalSkills: dto.optionalSkills ?? [],
    languages: (dto.languages ?? []).map(({ code, cefr }) => ({ code, cefr })),
    minEqf: dto.minEqf ?? null,
    workMode: dto.workMode,
    comune: dto.comune ?? null,
    weeklyHours: dto.weeklyHours,
    shifts: dto.shifts,
    contract: dto.contract,
    seats: dto.seats,
    startDate: dto.startDate ?? null,
    deadline: dto.deadline,
    accommodations: dto.accommodations ?? [],
  };
}

/** Protected-placement vacancies: create and edit (lifecycle moves are in CatalogueLifecycle). */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly references: ReferenceCheck,
    private readonly lifecycle: CatalogueLifecycle,
    private readonly reads: CatalogueReads,
    private readonly jobs: CatalogueJobs,
  ) {}

  async create(principal: Principal, dto: CreateOfferDto): Promise<OfferView> {
    const content = contentOf(dto);
    const saved = await this.dataSource.transaction(async (manager) => {
      const organisationId = await this.lifecycle.assertPublisherKind('offer', principal, manager);
      await this.validate({ ...content, seatsFilled: 0 }, () => true, manager);
      const offer = await manager.save(manager.create(Offer, { ...content, organisationId, createdBy: principal.userId }));
      await this.audit.record({ action: 'offer.create', targetType: 'offer', targetId: offer.id, organisationId, details: { version: offer.version } }, manager);
      return offer;
    });
    return this.get(principal, saved.id);
  }

  async update(principal: Principal, id: string, dto: UpdateOfferDto): Promise<OfferView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const offer = await this.lifecycle.lockOwn<Offer>('offer', id, principal, manager);
      if (offer.status === 'closed') throw conflict('catalogue.closedNotEditable', {}, { currentState: offer.status });
      const nulls = nullProblems(dto, REQUIRED);
      if (nulls.length) throw validationProblem(nulls);
      const patch: Partial<OfferContent> = { ...dto };
      if (dto.languages) patch.languages = dto.languages.map(({ code, cefr }) => ({ code, cefr }));
      const changed = changedKeys(offer as OfferContent, patch);
      if (changed.length === 0) return offer;
      if (offer.status === 'published') {
        const locked = lockedFieldProblems(changed, OFFER_PUBLISHED_EDITABLE);
        if (locked.length) throw validationProblem(locked);
      }
      for (const key of changed) (offer as unknown as Record<string, unknown>)[key] = patch[key] ?? null;
      await this.validate(offer, (field) => changed.includes(field as keyof OfferContent), manager);
      offer.version += 1;
      const result = await manager.save(offer);
      await this.audit.record(
        { action: 'offer.update', targetType: 'offer', targetId: id, organisationId: offer.organisationId, details: { fields: changed, version: offer.version } },
        manager,
      );
      return result;
    });
    await this.jobs.changed({ kind: 'offer', id, version: saved.version, status: saved.status, deadline: saved.deadline });
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<OfferView> {
    return this.reads.get('offer', id, principal);
  }

  async list(principal: Principal, query: OfferQuery): Promise<Page<OfferView>> {
    const { items, total } = await this.reads.list('offer', principal, query);
    return pageOf(items, total, query);
  }

  /** Every rule at once, so the partner fixes the whole form in one go. */
  private async validate(offer: OfferContent & { seatsFilled: number }, changed: (field: string) => boolean, manager: EntityManager): Promise<void> {
    const esco: EscoField[] = [
      ...(offer.occupationUri && changed('occupationUri') ? [{ field: 'occupationUri', uri: offer.occupationUri, kind: 'occupation' as const }] : []),
      ...(changed('essentialSkills') ? offer.essentialSkills.map((uri, i) => ({ field: `essentialSkills[${i}]`, uri, kind: 'skill' as const })) : []),
      ...(changed('optionalSkills') ? offer.optionalSkills.map((uri, i) => ({ field: `optionalSkills[${i}]`, uri, kind: 'skill' as const })) : []),
    ];
    const essential = new Set(offer.essentialSkills);
    const problems: FieldProblem[] = [
      ...commonProblems(offer, changed),
      ...offer.optionalSkills.flatMap((uri, i) =>
        essential.has(uri) ? [{ field: `optionalSkills[${i}]`, code: 'alsoEssential', params: { value: uri } }] : [],
      ),
      ...(await this.references.escoProblems(esco, manager)),
      ...(changed('comune') ? await this.references.comuneProblems('comune', offer.comune, manager) : []),
    ];
    if (problems.length) throw validationProblem(problems);
  }
}
