import { Injectable } from '@nestjs/common';
import { bumpProfileVersion, Profile, recordIndicator } from '@ponte/persistence';
import { withdrawForSafety } from '@ponte/proposals';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { validationProblem } from '../common/problem/problem';
import { SafetyConstraintsDto } from './dto/safety-constraints.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileAccessService } from './profile-access.service';
import { ProfileContentService } from './profile-content.service';
import { ProfileEventsService } from './profile-events.service';
import { ProfileNotesService } from './profile-notes.service';

/**
 * Edits of an existing profile: its content (PATCH) and its safety constraints (PUT). Each
 * change locks the row, bumps the version in the same transaction, and asks for the matches to
 * be recomputed after commit; until then the version check hides the old matches. A safety
 * change also withdraws, in its transaction, the open proposals it now forbids.
 */
@Injectable()
export class ProfileUpdateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProfileAccessService,
    private readonly content: ProfileContentService,
    private readonly notes: ProfileNotesService,
    private readonly events: ProfileEventsService,
    private readonly audit: AuditService,
  ) {}

  /** Returns false when the body changes nothing (no version bump, nothing audited as a write). */
  async update(principal: Principal, profileId: string, dto: UpdateProfileDto): Promise<boolean> {
    const fields = Object.keys(dto)
      .filter((key) => dto[key as keyof UpdateProfileDto] !== undefined)
      .sort();
    if (!fields.length) return false;
    const version = await this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const problems = await this.content.problems(manager, profile.networkId, dto);
      if (problems.length) throw validationProblem(problems);

      const now = new Date();
      const changes: QueryDeepPartialEntity<Profile> = {};
      if (dto.counsellorId !== undefined) changes.counsellorId = dto.counsellorId;
      if (dto.ageBand !== undefined) changes.ageBand = dto.ageBand;
      if (dto.homeComune !== undefined) changes.homeComune = dto.homeComune;
      if (dto.eqfLevel !== undefined) changes.eqfLevel = dto.eqfLevel;
      if (dto.targetOccupations !== undefined) changes.targetOccupations = dto.targetOccupations;
      if (dto.weeklyHours !== undefined) changes.weeklyHours = dto.weeklyHours;
      if (dto.shifts !== undefined) changes.shifts = dto.shifts;
      if (dto.earliestStart !== undefined) changes.earliestStart = dto.earliestStart;
      if (dto.maxCommuteKm !== undefined) changes.maxCommuteKm = dto.maxCommuteKm;
      if (dto.commuteMeans !== undefined) changes.commuteMeans = dto.commuteMeans;
      if (dto.contracts !== undefined) changes.contractPreferences = dto.contracts;
      if (dto.accommodations !== undefined) changes.accommodations = dto.accommodations;
      if (dto.notes !== undefined) changes.notesEncrypted = this.notes.seal(profileId, dto.notes);
      if (dto.status !== undefined && dto.status !== profile.status) {
        changes.status = dto.status;
        changes.archivedAt = dto.status === 'archived' ? now : null;
        const event = dto.status === 'placed' ? 'profile_placed' : dto.status === 'archived' ? 'profile_archived' : null;
        if (event) await recordIndicator(manager, { networkId: profile.networkId, event, at: now });
      }
      if (Object.keys(changes).length) await manager.update(Profile, { id: profileId }, changes);
      await this.content.writeLists(manager, profileId, dto);
      const bumped = (await bumpProfileVersion(manager, profileId, { at: now })) as number;
      await this.audit.record(
        { action: 'profile.update', targetType: 'profile', targetId: profileId, networkId: profile.networkId, details: { version: bumped, fields } },
        manager,
      );
      return bumped;
    });
    await this.events.profileChanged(profileId, version);
    return true;
  }

  async replaceSafety(principal: Principal, profileId: string, dto: SafetyConstraintsDto): Promise<void> {
    const version = await this.dataSource.transaction(async (manager) => {
      const profile = await this.access.inScope(principal, profileId, { manager, lock: true });
      const problems = await this.content.problems(manager, profile.networkId, dto);
      if (problems.length) throw validationProblem(problems);
      await this.content.writeSafety(manager, profileId, dto);
      const bumped = (await bumpProfileVersion(manager, profileId)) as number;
      // Open proposals the new constraints forbid are withdrawn in this transaction: a partner
      // never reads a card after the change commits (a block was hidden by the read check, an
      // exclusion area, a matter of distances, was not). The worker's job stays the safety net.
      await withdrawForSafety(manager, profileId);
      // Counts only: which organisation is blocked could itself point at the woman's history.
      await this.audit.record(
        {
          action: 'profile.safety.update',
          targetType: 'profile',
          targetId: profileId,
          networkId: profile.networkId,
          details: { version: bumped, exclusions: dto.exclusions.length, blockedOrganisations: dto.blockedOrganisations.length },
        },
        manager,
      );
      return bumped;
    });
    await this.events.safetyChanged(profileId, version);
  }
}
