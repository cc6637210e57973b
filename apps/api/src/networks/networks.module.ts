import { Module } from '@nestjs/common';
import { ComuneCheck } from './comune-check.service';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';

@Module({ controllers: [NetworksController], providers: [NetworksService, ComuneCheck], exports: [ComuneCheck] })
export class NetworksModule {}
