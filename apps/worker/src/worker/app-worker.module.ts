import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { MatchingWorkerModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProposalsWorkerModule } from '../proposals/proposals.module';
import { RecomputationModule } from '../recomputation/recomputation.module';
import { RetentionModule } from '../retention/retention.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { WorkerInfrastructureModule } from './worker.module';

/** The worker process: infrastructure plus one module per queue (apps/worker/src/<queue>/). */
@Module({
  imports: [WorkerInfrastructureModule, SearchIndexModule, CatalogueModule, RetentionModule, NotificationsModule, FollowUpModule, ProposalsWorkerModule, MatchingWorkerModule, RecomputationModule, MaintenanceModule],
})
export class AppWorkerModule {}
