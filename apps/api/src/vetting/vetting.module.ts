import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { NetworksModule } from '../networks/networks.module';
import { VettingController } from './vetting.controller';
import { InformationRequestsService } from './information-requests.service';
import { VettingService } from './vetting.service';

@Module({ imports: [MailModule, NetworksModule], controllers: [VettingController], providers: [VettingService, InformationRequestsService] })
export class VettingModule {}
