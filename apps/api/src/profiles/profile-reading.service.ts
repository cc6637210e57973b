import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf } from '../common/pagination/page-query.dto';
import { notFound } from '../common/problem/problem';
import { CreatedProfileView } from './dto/created-profile.view';
import { ProfileQuery } from './dto/profile-query.dto';
import { ProfileSummaryView, ProfileView, toProfileView } from './dto/profile.view';
import { CREATED_PROFILE_SQL, PROFILE_IN_SCOPE_SQL, PROFILE_SQL, ProfileDetailRow } from './profile-detail.sql';
import { ProfileListRow, profileListStatement } from './profile-list.sql';
import { ProfileNotesService } from './profile-notes.service';

/** Reads of profiles, always within the caller's networks, each one audited. */
@Injectable()
export class ProfileReadingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: ProfileNotesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The scope check is the read's WHERE (same 404 for out of scope and missing). The row and its
   * entry are one statement: an entry exactly when a profile was read.
   */
  async read(principal: Principal, profileId: string): Promise<ProfileView> {
    const [row] = await this.audit.readRecorded<ProfileDetailRow>(
      { sql: PROFILE_IN_SCOPE_SQL, params: [profileId, principal.networkIds] },
      { action: 'profile.read', targetType: 'profile', targetId: profileId },
      { networkId: 'found."networkId"', details: `jsonb_build_object('version', found.version)` },
    );
    if (!row) throw notFound();
    return toProfileView(row, this.notes);
  }

  /** The profile as just written by the caller: the write was audited, so this read is not. */
  async afterWrite(profileId: string): Promise<ProfileView> {
    const [row]: ProfileDetailRow[] = await this.dataSource.query(PROFILE_SQL, [profileId]);
    if (!row) throw notFound();
    return toProfileView(row, this.notes);
  }

  async created(profileId: string): Promise<CreatedProfileView> {
    const [row] = await this.dataSource.query(CREATED_PROFILE_SQL, [profileId]);
    return row;
  }

  async list(principal: Principal, query: ProfileQuery): Promise<Page<ProfileSummaryView>> {
    const networks = query.networkId
      ? principal.networkIds.filter((id) => id === query.networkId?.toLowerCase())
      : principal.networkIds;
    // The page and its one entry (total, page, the ids shown) in one statement.
    const { sql, params } = profileListStatement(networks, query);
    const page = `$${params.length + 1}::int`;
    const rows = await this.audit.readRecorded<ProfileListRow>(
      { sql, params: [...params, query.page] },
      { action: 'profile.list', targetType: 'profile' },
      {
        details: `jsonb_build_object('total', max(found.total), 'page', ${page}, 'profileIds', coalesce(jsonb_agg(found.id ORDER BY found.ord) FILTER (WHERE found.id IS NOT NULL), '[]'))`,
        order: 'found.ord',
      },
    );
    const total = rows[0].total;
    const items: ProfileSummaryView[] = rows[0].id === null ? [] : rows.map(summaryOf);
    return pageOf(items, total, query);
  }
}

/** The row without the list's total. */
const summaryOf = (row: ProfileListRow): ProfileSummaryView => ({
  id: row.id,
  pseudonymCode: row.pseudonymCode,
  networkId: row.networkId,
  counsellorId: row.counsellorId,
  ageBand: row.ageBand,
  homeComune: row.homeComune,
  status: row.status,
  skillCount: row.skillCount,
  matchingConsent: row.matchingConsent,
  lastActivityAt: row.lastActivityAt,
  version: row.version,
});
