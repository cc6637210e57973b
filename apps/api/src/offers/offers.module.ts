import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { OfferSeatsService } from './offer-seats.service';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';

@Module({
  imports: [CatalogueModule],
  controllers: [OffersController],
  providers: [OffersService, OfferSeatsService],
  exports: [OfferSeatsService],
})
export class OffersModule {}
