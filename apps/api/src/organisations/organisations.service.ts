import { Injectable } from '@nestjs/common';
import { organisationCanPublish } from '@ponte/domain';
import { Organisation, OrganisationInformationRequest, OrganisationVettingDecision } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { conflict, FieldProblem, notFound, validationProblem } from '../common/problem/problem';
import { ComuneCheck } from '../networks/comune-check.service';
import { OrganisationDirectoryEntry, OrganisationDirectoryQuery } from './dto/organisation-directory.dto';
import { OrganisationQuery, UpdateOrganisationDto } from './dto/organisation-query.dto';
import { editableFieldProblems } from './organisation-rules';
import { OrganisationSummary, OrganisationView, toSummary, toView } from './organisation-view';
import { ORGANISATIONS_BY_ID_SQL, SEARCH_ORGANISATIONS_SQL, SHARE_ORGANISATION_STATUS_SQL } from './organisations.sql';

/** Reading organisations (coordinators: all; partners: their own) and the publication gate. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comuni: ComuneCheck,
    private readonly audit: AuditService,
  ) {}

  /**
   * The gate every publication goes through (offers, courses): 409 `organisation-not-vetted`
   * with `currentState` unless the organisation is vetted. Pass the transaction's manager:
   * the row is read FOR SHARE, so a concurrent suspension waits for the publication to commit
   * (and its matching recompute then withdraws it) instead of racing it.
   */
  async assertCanPublish(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const rows: { status: Organisation['status'] }[] = await manager.query(SHARE_ORGANISATION_STATUS_SQL, [organisationId]);
    const status = rows[0]?.status;
    if (!status) throw notFound();
    if (!organisationCanPublish(status)) {
      throw conflict('problem.organisation-not-vetted.detail', { currentState: status }, { currentState: status });
    }
  }

  async list(query: OrganisationQuery): Promise<Page<OrganisationSummary>> {
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('o').orderBy('o.created_at', 'DESC').addOrderBy('o.id');
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) qb.andWhere('(o.legal_name ILIKE :q OR o.vat_number = :exact)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`, exact: query.q.trim() });
    const { skip, take } = pageWindow(query);
    const [items, total] = await qb.skip(skip).take(take).getManyAndCount();
    return pageOf(items.map(toSummary), total, query);
  }

  /**
   * Counsellors block a woman's abuser's employer in advance, before it publishes anything: every
   * organisation that is or may become active (pending, vetted, suspended; not a refused one) by
   * name (accents and case ignored) or by the start of its partita IVA or codice fiscale. Exact
   * identifiers first, then names that start with the text, then the rest, alphabetically.
   */
  async directory(query: OrganisationDirectoryQuery): Promise<OrganisationDirectoryEntry[]> {
    if (query.ids) {
      // The names of those already blocked, whatever became of them since.
      return this.dataSource.query(
        ORGANISATIONS_BY_ID_SQL,
        [query.ids],
      );
    }
    const text = (query.q ?? '').trim();
    const code = text.replace(/\s+/g, '').toUpperCase();
    const like = text.replace(/[%_\\]/g, '\\$&');
    return this.dataSource.query(
      SEARCH_ORGANISATIONS_SQL,
      [like, code, query.limit ?? 20],
    );
  }

  /** Coordinators: any organisation, with who decided each vetting step. */
  async get(id: string): Promise<OrganisationView> {
    return this.view(id, true);
  }

  /** A partner's own organisation, its status and the reasons of each decision. */
  async mine(principal: Principal): Promise<OrganisationView> {
    if (!principal.organisationId) throw notFound();
    return this.view(principal.organisationId, false);
  }

  async updateMine(principal: Principal, dto: UpdateOrganisationDto): Promise<OrganisationView> {
    if (!principal.organisationId) throw notFound();
    const id = principal.organisationId;
    const current = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!current) throw notFound();
    const problems: FieldProblem[] = editableFieldProblems(current.kind, {
      atecoCode: dto.atecoCode,
      accreditationNumber: dto.accreditationNumber,
      contactPhone: dto.contact?.phone,
    });
    if (dto.seatComune && (await this.comuni.unknown([dto.seatComune])).length) problems.push({ field: 'seatComune', code: 'comuneUnknown', params: { code: dto.seatComune } });
    if (problems.length) throw validationProblem(problems);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Organisation, id, {
        ...(dto.atecoCode !== undefined && { atecoCode: dto.atecoCode }),
        ...(dto.seatComune !== undefined && { seatComune: dto.seatComune }),
        ...(dto.accreditationNumber !== undefined && { accreditationNumber: dto.accreditationNumber.trim() || null }),
        ...(dto.contact && { contactName: dto.contact.name.trim(), contactEmail: dto.contact.email.trim().toLowerCase(), contactPhone: dto.contact.phone?.trim() || null }),
      });
      await this.audit.record({ action: 'organisation.update', targetType: 'organisation', targetId: id, organisationId: id, details: { fields: Object.keys(dto).sort() } }, manager);
    });
    return this.view(id, false);
  }

  private async view(id: string, withDecider: boolean): Promise<OrganisationView> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw notFound();
    const history = await this.dataSource.getRepository(OrganisationVettingDecision).find({ where: { organisationId: id }, order: { decidedAt: 'DESC' } });
    const requests = await this.dataSource.getRepository(OrganisationInformationRequest).find({ where: { organisationId: id }, order: { askedAt: 'DESC', id: 'ASC' } });
    return toView(organisation, history, withDecider, requests);
  }
}
