import { Module } from '@nestjs/common';
import { ProfileAccessService } from './profile-access.service';
import { ProfileContentService } from './profile-content.service';
import { ProfileCreationService } from './profile-creation.service';
import { ProfileErasureService } from './profile-erasure.service';
import { ProfileEventsService } from './profile-events.service';
import { ProfileNotesService } from './profile-notes.service';
import { ProfileReadingService } from './profile-reading.service';
import { ProfileUpdateService } from './profile-update.service';
import { ProfilesController } from './profiles.controller';
import { PseudonymGenerator } from './pseudonym-generator';
import { ReferenceCheckService } from './reference-check.service';

/** Pseudonymised profiles: creation, reads, edits, safety constraints and erasure on request. */
@Module({
  controllers: [ProfilesController],
  providers: [
    ProfileAccessService,
    ProfileContentService,
    ProfileCreationService,
    ProfileErasureService,
    ProfileEventsService,
    ProfileNotesService,
    ProfileReadingService,
    ProfileUpdateService,
    PseudonymGenerator,
    ReferenceCheckService,
  ],
  exports: [ProfileAccessService, ProfileEventsService, ReferenceCheckService],
})
export class ProfilesModule {}
