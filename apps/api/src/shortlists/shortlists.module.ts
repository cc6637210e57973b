import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { ShortlistNotes } from './shortlist-notes';
import { ShortlistService } from './shortlist.service';
import { ShortlistsController } from './shortlists.controller';

/** Counsellors' shortlists per profile; exports the service for proposals made from an entry. */
@Module({
  imports: [ProfilesModule],
  controllers: [ShortlistsController],
  providers: [ShortlistService, ShortlistNotes],
  exports: [ShortlistService],
})
export class ShortlistsModule {}
