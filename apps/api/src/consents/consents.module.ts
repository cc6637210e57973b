import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { ConsentRecordingService } from './consent-recording.service';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';

/** Consents per profile; exports `ConsentsService.hasActiveConsent` for matching and proposals. */
@Module({
  imports: [ProfilesModule],
  controllers: [ConsentsController],
  providers: [ConsentsService, ConsentRecordingService],
  exports: [ConsentsService],
})
export class ConsentsModule {}
