import { Injectable } from '@nestjs/common';
import { ProfileBlockedOrganisation, ProfileExclusion, ProfileLanguage, ProfileSkill } from '@ponte/persistence';
import { EntityManager } from 'typeorm';
import type { FieldProblem } from '../common/problem/problem';
import type { ExclusionDto, ProfileLanguageDto, ProfileSkillDto } from './dto/profile-fields';
import { identifierProblems } from './profile-free-text';
import { ProfileNotesService } from './profile-notes.service';
import { duplicateProblems, ReferenceCheckService } from './reference-check.service';

/** The parts of a create or update body that need checks beyond the DTO's. */
export interface ProfileContent {
  counsellorId?: string;
  homeComune?: string;
  targetOccupations?: string[];
  skills?: ProfileSkillDto[];
  languages?: ProfileLanguageDto[];
  notes?: string | null;
}

export interface SafetyContent {
  exclusions?: ExclusionDto[];
  blockedOrganisations?: string[];
}

/**
 * Validation that needs the detector or the database, shared by creation and update, and the
 * writers of a profile's child rows. Every problem is reported at once, with its JSON path.
 */
@Injectable()
export class ProfileContentService {
  constructor(
    private readonly references: ReferenceCheckService,
    private readonly notes: ProfileNotesService,
  ) {}

  async problems(manager: EntityManager, networkId: string, content: ProfileContent & SafetyContent): Promise<FieldProblem[]> {
    const skills = content.skills ?? [];
    const exclusions = content.exclusions ?? [];
    return [
      ...identifierProblems([
        { field: 'notes', text: content.notes },
        ...skills.map((s, i) => ({ field: `skills[${i}].comment`, text: s.comment })),
      ]),
      ...duplicateProblems(skills.map((s, i) => ({ field: `skills[${i}].uri`, key: s.uri }))),
      ...duplicateProblems((content.languages ?? []).map((l, i) => ({ field: `languages[${i}].code`, key: l.code }))),
      ...duplicateProblems(exclusions.map((e, i) => ({ field: `exclusions[${i}].comune`, key: e.comune }))),
      ...(await this.references.check(
        {
          comuni: [
            ...(content.homeComune ? [{ field: 'homeComune', value: content.homeComune }] : []),
            ...exclusions.map((e, i) => ({ field: `exclusions[${i}].comune`, value: e.comune })),
          ],
          skills: skills.map((s, i) => ({ field: `skills[${i}].uri`, value: s.uri })),
          occupations: (content.targetOccupations ?? []).map((uri, i) => ({ field: `targetOccupations[${i}]`, value: uri })),
          organisations: (content.blockedOrganisations ?? []).map((id, i) => ({ field: `blockedOrganisations[${i}]`, value: id })),
        },
        manager,
      )),
      ...(content.counsellorId ? await this.references.counsellorOfNetwork('counsellorId', content.counsellorId, networkId, manager) : []),
    ];
  }

  /** Replaces the lists present in `content` (absent ones are left alone). */
  async writeLists(manager: EntityManager, profileId: string, content: ProfileContent): Promise<void> {
    if (content.skills) {
      await manager.delete(ProfileSkill, { profileId });
      if (content.skills.length) {
        await manager.insert(
          ProfileSkill,
          content.skills.map((s, position) => ({
            profileId,
            skillUri: s.uri,
            level: s.level,
            acquiredThrough: s.acquiredThrough,
            commentEncrypted: this.notes.sealComment(profileId, s.uri, s.comment?.trim()),
            position,
          })),
        );
      }
    }
    if (content.languages) {
      await manager.delete(ProfileLanguage, { profileId });
      if (content.languages.length) {
        await manager.insert(ProfileLanguage, content.languages.map((l) => ({ profileId, language: l.code, cefr: l.cefr })));
      }
    }
  }

  async writeSafety(manager: EntityManager, profileId: string, safety: SafetyContent): Promise<void> {
    if (safety.exclusions) {
      await manager.delete(ProfileExclusion, { profileId });
      if (safety.exclusions.length) {
        await manager.insert(ProfileExclusion, safety.exclusions.map((e) => ({ profileId, comune: e.comune, radiusKm: e.radiusKm })));
      }
    }
    if (safety.blockedOrganisations) {
      await manager.delete(ProfileBlockedOrganisation, { profileId });
      if (safety.blockedOrganisations.length) {
        await manager.insert(
          ProfileBlockedOrganisation,
          safety.blockedOrganisations.map((organisationId) => ({ profileId, organisationId: organisationId.toLowerCase() })),
        );
      }
    }
  }
}
