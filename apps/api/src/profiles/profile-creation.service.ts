import { Injectable } from '@nestjs/common';
import { Profile, recordIndicator } from '@ponte/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { FieldProblem, validationProblem } from '../common/problem/problem';
import { CreateProfileDto } from './dto/create-profile.dto';
import { ProfileContentService } from './profile-content.service';
import { ProfileEventsService } from './profile-events.service';
import { ProfileNotesService } from './profile-notes.service';
import { PseudonymGenerator } from './pseudonym-generator';

/** Attempts at drawing an unused pseudonym code before giving up (a collision is already rare). */
const MAX_CODE_ATTEMPTS = 5;

/** Creates a profile in one of the counsellor's networks, with a fresh pseudonym code. */
@Injectable()
export class ProfileCreationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly content: ProfileContentService,
    private readonly notes: ProfileNotesService,
    private readonly codes: PseudonymGenerator,
    private readonly events: ProfileEventsService,
    private readonly audit: AuditService,
  ) {}

  /** Returns the new profile's id. */
  async create(principal: Principal, dto: CreateProfileDto): Promise<string> {
    const networkId = this.networkOf(principal, dto.networkId);
    const problems = await this.content.problems(this.dataSource.manager, networkId, dto);
    if (problems.length) throw validationProblem(problems);

    for (let attempt = 1; ; attempt++) {
      try {
        const id = await this.dataSource.transaction((manager) => this.insert(manager, principal, networkId, dto));
        await this.events.profileChanged(id, 1);
        return id;
      } catch (error) {
        if (!isCodeCollision(error) || attempt >= MAX_CODE_ATTEMPTS) throw error;
      }
    }
  }

  private networkOf(principal: Principal, requested: string | undefined): string {
    const fail = (code: string): never => {
      throw validationProblem([{ field: 'networkId', code } satisfies FieldProblem]);
    };
    if (requested) return principal.networkIds.includes(requested.toLowerCase()) ? requested.toLowerCase() : fail('notYourNetwork');
    if (principal.networkIds.length === 1) return principal.networkIds[0];
    return fail(principal.networkIds.length ? 'networkRequired' : 'notYourNetwork');
  }

  private async insert(manager: EntityManager, principal: Principal, networkId: string, dto: CreateProfileDto): Promise<string> {
    // The id is drawn here so that the notes can be bound to it before the first insert.
    const id = randomUUID();
    const now = new Date();
    await manager.insert(Profile, {
      id,
      pseudonymCode: this.codes.next(),
      networkId,
      counsellorId: dto.counsellorId ?? principal.userId,
      ageBand: dto.ageBand,
      homeComune: dto.homeComune,
      eqfLevel: dto.eqfLevel ?? null,
      targetOccupations: dto.targetOccupations ?? [],
      weeklyHours: dto.weeklyHours,
      shifts: dto.shifts,
      earliestStart: dto.earliestStart ?? null,
      maxCommuteKm: dto.maxCommuteKm,
      commuteMeans: dto.commuteMeans ?? [],
      contractPreferences: dto.contracts ?? [],
      accommodations: dto.accommodations ?? [],
      notesEncrypted: this.notes.seal(id, dto.notes),
      status: 'active',
      lastActivityAt: now,
      version: 1,
    });
    await this.content.writeLists(manager, id, dto);
    await this.content.writeSafety(manager, id, dto);
    await recordIndicator(manager, { networkId, event: 'profile_created', at: now });
    await this.audit.record(
      { action: 'profile.create', targetType: 'profile', targetId: id, networkId, details: { version: 1 } },
      manager,
    );
    return id;
  }
}

function isCodeCollision(error: unknown): boolean {
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  return error instanceof QueryFailedError && driverError?.code === '23505' && driverError.constraint === 'profiles_pseudonym_code_key';
}
