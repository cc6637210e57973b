import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { MatchCatalogue } from './match-catalogue.service';
import { MatchReadsService } from './match-reads.service';
import { MatchRecompute } from './match-recompute.service';
import { MatchVisibility } from './match-visibility';
import { MatchesController } from './matches.controller';
import { PathwaysService } from './pathways.service';

/** Counsellors' reads of precomputed matches, why-not, pathways and skill gaps (the worker computes). */
@Module({
  imports: [ProfilesModule],
  controllers: [MatchesController],
  providers: [MatchReadsService, PathwaysService, MatchVisibility, MatchRecompute, MatchCatalogue],
  exports: [MatchVisibility],
})
export class MatchingModule {}
