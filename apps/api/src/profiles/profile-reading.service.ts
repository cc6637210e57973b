import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { Page, pageOf, pageWindow } from '../common/pagination/page-query.dto';
import { CreatedProfileView } from './dto/created-profile.view';
import { ProfileQuery, ProfileSort } from './dto/profile-query.dto';
import { ProfileSummaryView, ProfileView, toProfileView } from './dto/profile.view';
import { ProfileAccessService } from './profile-access.service';
import { ProfileNotesService } from './profile-notes.service';

const ORDER: Record<ProfileSort, string> = {
  '-lastActivityAt': 'p.last_activity_at DESC',
  lastActivityAt: 'p.last_activity_at ASC',
  '-createdAt': 'p.created_at DESC',
  createdAt: 'p.created_at ASC',
  pseudonymCode: 'p.pseudonym_code ASC',
  '-pseudonymCode': 'p.pseudonym_code DESC',
};

/** Reads of profiles, always within the caller's networks, each one audited. */
@Injectable()
export class ProfileReadingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly notes: ProfileNotesService,
    private readonly audit: AuditService,
  ) {}

  async read(principal: Principal, profileId: string): Promise<ProfileView> {
    return this.dataSource.transaction(async (manager) => {
      const scoped = await this.access.inScope(principal, profileId, { manager });
      const profile = await this.access.loadFull(manager, profileId);
      await this.audit.record(
        { action: 'profile.read', targetType: 'profile', targetId: profileId, networkId: scoped.networkId, details: { version: profile.version } },
        manager,
      );
      return toProfileView(profile, this.notes.open(profileId, profile.notesEncrypted));
    });
  }

  /** The profile as just written by the caller: the write was audited, so this read is not. */
  async afterWrite(profileId: string): Promise<ProfileView> {
    const profile = await this.access.loadFull(this.dataSource.manager, profileId);
    return toProfileView(profile, this.notes.open(profileId, profile.notesEncrypted));
  }

  async created(profileId: string): Promise<CreatedProfileView> {
    const [row] = await this.dataSource.query('SELECT id, pseudonym_code AS "pseudonymCode", version FROM profiles WHERE id = $1', [profileId]);
    return row;
  }

  async list(principal: Principal, query: ProfileQuery): Promise<Page<ProfileSummaryView>> {
    const networks = query.networkId
      ? principal.networkIds.filter((id) => id === query.networkId?.toLowerCase())
      : principal.networkIds;
    const where = ['p.network_id = ANY($1::uuid[])'];
    const params: unknown[] = [networks];
    const add = (clause: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(clause(params.length));
    };
    if (query.status?.length) add((n) => `p.status = ANY($${n}::text[])`, query.status);
    if (query.skill) add((n) => `EXISTS (SELECT 1 FROM profile_skills s WHERE s.profile_id = p.id AND s.skill_uri = $${n})`, query.skill);
    if (query.comune) add((n) => `p.home_comune = $${n}`, query.comune);
    if (query.counsellorId) add((n) => `p.counsellor_id = $${n}`, query.counsellorId);
    if (query.lastActivityFrom) add((n) => `p.last_activity_at >= $${n}`, query.lastActivityFrom);
    if (query.lastActivityTo) add((n) => `p.last_activity_at < $${n}`, query.lastActivityTo);
    if (query.code) add((n) => `p.pseudonym_code LIKE $${n}`, `${codePrefix(query.code)}%`);

    const { skip, take } = pageWindow(query);
    const rows: (Omit<ProfileSummaryView, 'skillCount'> & { skillCount: string; total: string })[] = await this.dataSource.query(
      // The page first, then the per-row counts for its rows only (in one level, PostgreSQL
      // computed them for every profile of her networks before the window and the limit).
      `SELECT p.id, p.pseudonym_code AS "pseudonymCode", p.network_id AS "networkId", p.counsellor_id AS "counsellorId",
              p.age_band AS "ageBand", p.home_comune AS "homeComune", p.status, p.last_activity_at AS "lastActivityAt", p.version,
              (SELECT count(*) FROM profile_skills s WHERE s.profile_id = p.id) AS "skillCount",
              -- A probe per row of the page: as EXISTS, PostgreSQL hashed every consent for 20 rows.
              coalesce((SELECT true FROM consents c WHERE c.profile_id = p.id AND c.kind = 'matching' AND c.revoked_at IS NULL LIMIT 1), false)
                AS "matchingConsent",
              p.total
       FROM (SELECT p.id, p.pseudonym_code, p.network_id, p.counsellor_id, p.age_band, p.home_comune, p.status,
                    p.last_activity_at, p.created_at, p.version, count(*) OVER () AS total
             FROM profiles p WHERE ${where.join(' AND ')}
             ORDER BY ${ORDER[query.sort]}, p.id
             OFFSET ${skip} LIMIT ${take}) p
       ORDER BY ${ORDER[query.sort]}, p.id`,
      params,
    );
    const total = rows.length ? Number(rows[0].total) : await this.count(where, params, skip);
    const items: ProfileSummaryView[] = rows.map((row) => ({
      id: row.id,
      pseudonymCode: row.pseudonymCode,
      networkId: row.networkId,
      counsellorId: row.counsellorId,
      ageBand: row.ageBand,
      homeComune: row.homeComune,
      status: row.status,
      skillCount: Number(row.skillCount),
      matchingConsent: row.matchingConsent,
      lastActivityAt: row.lastActivityAt,
      version: row.version,
    }));
    await this.audit.record({
      action: 'profile.list',
      targetType: 'profile',
      details: { total, page: query.page, profileIds: items.map((item) => item.id) },
    });
    return pageOf(items, total, query);
  }

  /** A page past the end has no rows to carry the window count. */
  private async count(where: string[], params: unknown[], skip: number): Promise<number> {
    if (skip === 0) return 0;
    const [{ total }] = await this.dataSource.query(`SELECT count(*) AS total FROM profiles p WHERE ${where.join(' AND ')}`, params);
    return Number(total);
  }
}

/** "mi 7qx4-9" → "MI-7QX4-9": the prefix in the stored layout (2 letters, then groups of 4), for the index. */
export function codePrefix(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  return [compact.slice(0, 2), ...(compact.slice(2).match(/.{1,4}/g) ?? [])].join('-');
}
