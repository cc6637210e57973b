import { Injectable } from '@nestjs/common';
import type { Offer } from '@ponte/persistence';
import { CatalogueEditor } from '../catalogue/catalogue-editor.service';
import { CatalogueReads } from '../catalogue/catalogue-reads.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import type { CreateOfferDto } from './dto/offer.dto';
import { OFFER_RULES } from './offer-rules';

/** Protected-placement vacancies: create, edit, read (lifecycle moves are in CatalogueLifecycle). */
@Injectable()
export class OffersService extends CatalogueService<Offer, CreateOfferDto> {
  constructor(editor: CatalogueEditor, reads: CatalogueReads) {
    super(OFFER_RULES, editor, reads);
  }
}
