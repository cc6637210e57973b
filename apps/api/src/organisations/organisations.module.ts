import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { NetworksModule } from '../networks/networks.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { RegistrationService } from './registration.service';
import { TeamService } from './team.service';

/** Registration, the partner's own organisation and team, coordinators' reading; exports the publication gate. */
@Module({
  imports: [AuthModule, MailModule, NetworksModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, RegistrationService, TeamService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
