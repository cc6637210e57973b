import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from '@ponte/config';
import { AuditCoreModule } from '../audit/audit-core.module';
import { AuthCoreModule } from '../auth/auth-core.module';
import { AuditModule } from '../audit-log/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { NetworksModule } from '../networks/networks.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StaffModule } from '../staff/staff.module';
import { VettingModule } from '../vetting/vetting.module';
import { CryptoModule } from '../common/crypto/crypto.module';
import { I18nModule } from '../common/i18n/i18n.module';
import { ProblemFilter } from '../common/problem/problem.filter';
import { DatabaseModule } from '../database/database.module';
import { CoursesModule } from '../courses/courses.module';
import { OffersModule } from '../offers/offers.module';
import { SearchModule } from '../search/search.module';
import { ConsentsModule } from '../consents/consents.module';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { MatchingModule } from '../matching/matching.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { QueueModule } from '../queue/queue.module';
import { ReferenceModule } from '../reference/reference.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { JobsModule } from '../jobs/jobs.module';
import { TodoModule } from '../todo/todo.module';
import { FEATURE_MESSAGES } from './messages';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    CryptoModule,
    I18nModule.forRoot(FEATURE_MESSAGES),
    AuthCoreModule,
    AuditCoreModule,
    // Feature modules
    HealthModule,
    ReferenceModule,
    AuthModule,
    MailModule,
    NetworksModule,
    StaffModule,
    OrganisationsModule,
    VettingModule,
    AuditModule,
    OffersModule,
    CoursesModule,
    SearchModule,
    ProfilesModule,
    ConsentsModule,
    ShortlistsModule,
    ProposalsModule,
    NotificationsModule,
    MatchingModule,
    IndicatorsModule,
    JobsModule,
    TodoModule,
  ],
  // The idempotency interceptor is mounted on POST routes only (common/idempotency/post.decorator).
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
export class AppModule {}
