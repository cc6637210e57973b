import { Injectable } from '@nestjs/common';
import { builtInComuni, safetyCheck, safetyReason } from '@ponte/matching';
import { loadProfileForMatch, loadTargetForMatch, ShortlistEntry } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { conflict, notFound, validationProblem } from '../common/problem/problem';
import { ProfileAccessService } from '../profiles/profile-access.service';
import { identifierProblems } from '../profiles/profile-free-text';
import { AddToShortlistDto, ShortlistCreatedView, ShortlistEntryView, ShortlistQuery } from './dto/shortlist.dto';
import { ShortlistNotes } from './shortlist-notes';
import { DELETE_ENTRY_SQL, SHORTLIST_SQL } from './shortlist.sql';

interface EntryRow {
  id: string;
  profileId: string;
  kind: ShortlistEntry['kind'];
  source: ShortlistEntry['source'];
  noteEncrypted: string | null;
  createdBy: string;
  createdAt: Date;
  targetId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  comune: string | null;
  status: string;
  deadline: string;
  proposalId: string | null;
}

/**
 * A counsellor's shortlist for a profile of her networks: offers and courses set aside from her
 * matches or from the search, each with a private note (scanned for identifiers, encrypted).
 * What the profile's safety constraints forbid cannot be shortlisted.
 */
@Injectable()
export class ShortlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly notes: ShortlistNotes,
    private readonly audit: AuditService,
  ) {}

  async add(principal: Principal, profileId: string, dto: AddToShortlistDto): Promise<ShortlistCreatedView> {
    const problems = identifierProblems([{ field: 'note', text: dto.note }]);
    if (problems.length) throw validationProblem(problems);
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const targetId = dto.targetId.toLowerCase();
      const target = await loadTargetForMatch(manager, dto.kind, targetId);
      // Counsellors see published records of vetted organisations only: anything else is unknown to them.
      if (!target || target.status !== 'published' || target.organisationStatus !== 'vetted') {
        throw validationProblem([{ field: 'targetId', code: 'shortlistTargetUnavailable' }]);
      }
      const constraints = await loadProfileForMatch(manager, profileId);
      const reason = constraints && safetyReason(constraints, target, builtInComuni());
      if (reason) throw validationProblem([{ field: 'targetId', code: `safety.${reason}` }]);
      const entryId = randomUUID();
      await manager
        .insert(ShortlistEntry, {
          id: entryId,
          profileId,
          networkId: profile.networkId,
          kind: dto.kind,
          offerId: dto.kind === 'offer' ? targetId : null,
          courseId: dto.kind === 'course' ? targetId : null,
          source: dto.source,
          noteEncrypted: this.notes.seal(entryId, dto.note?.trim() || null),
          createdBy: principal.userId,
        })
        .catch((error: unknown) => {
          if (error instanceof QueryFailedError && (error as { driverError?: { code?: string } }).driverError?.code === '23505') {
            throw conflict('shortlist.already', { kind: dto.kind });
          }
          throw error;
        });
      await this.audit.record(
        {
          action: 'shortlist.add',
          targetType: 'shortlist_entry',
          targetId: entryId,
          networkId: profile.networkId,
          organisationId: target.organisationId,
          details: { profileId, kind: dto.kind, targetId, source: dto.source, note: dto.note ? 'set' : 'none' },
        },
        manager,
      );
      return { id: entryId, profileId, kind: dto.kind, targetId };
    });
  }

  /**
   * Her shortlist as her safety constraints allow it NOW: an entry of an organisation she has
   * since blocked, or inside an exclusion area she has since added, is neither shown nor counted
   * (ARCHITECTURE.md, safety rule 2). The entry itself stays, so lifting the constraint brings it back.
   * A shortlist is a handful of entries: they are read whole and paged here.
   */
  async list(principal: Principal, profileId: string, query: ShortlistQuery): Promise<Page<ShortlistEntryView>> {
    const profile = await this.access.inScope(principal, profileId);
    const { skip, take } = pageWindow(query);
    const rows: EntryRow[] = await this.dataSource.query(SHORTLIST_SQL, [profileId, query.kind ?? null]);
    const constraints = await loadProfileForMatch(this.dataSource.manager, profileId);
    const forbidden = constraints && safetyCheck(constraints, builtInComuni());
    const allowed = forbidden ? rows.filter((r) => forbidden(r) === null) : rows;
    const page = allowed.slice(skip, skip + take);
    await this.audit.record({ action: 'shortlist.list', targetType: 'profile', targetId: profileId, networkId: profile.networkId, details: { count: page.length } });
    return pageOf(page.map((r) => this.view(r)), allowed.length, query);
  }

  async remove(principal: Principal, profileId: string, entryId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const result: [unknown[], number] = await manager.query(DELETE_ENTRY_SQL, [entryId, profileId]);
      if (!result[1]) throw notFound();
      await this.audit.record(
        { action: 'shortlist.remove', targetType: 'shortlist_entry', targetId: entryId, networkId: profile.networkId, details: { profileId } },
        manager,
      );
    });
  }

  /** The entry of this profile (already scope-checked by the caller), or 404. */
  async entryOf(manager: EntityManager, profileId: string, entryId: string): Promise<ShortlistEntry> {
    const entry = await manager.findOneBy(ShortlistEntry, { id: entryId, profileId });
    if (!entry) throw notFound();
    return entry;
  }


  private view(row: EntryRow): ShortlistEntryView {
    return {
      id: row.id,
      profileId: row.profileId,
      kind: row.kind,
      target: {
        id: row.targetId,
        title: row.title,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        status: row.status,
        deadline: row.deadline,
      },
      source: row.source,
      note: this.notes.open(row.id, row.noteEncrypted),
      proposalId: row.proposalId,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
    };
  }
}
