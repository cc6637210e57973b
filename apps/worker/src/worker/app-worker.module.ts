import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { RetentionModule } from '../retention/retention.module';
import { WorkerInfrastructureModule } from './worker.module';

/** The worker process: infrastructure plus one module per queue (apps/worker/src/<queue>/). */
@Module({
  imports: [WorkerInfrastructureModule, SearchIndexModule, CatalogueModule, RetentionModule, NotificationsModule],
})
export class AppWorkerModule {}
