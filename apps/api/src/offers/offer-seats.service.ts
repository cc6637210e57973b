import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueLifecycle, SeatsOutcome } from '../catalogue/catalogue-lifecycle.service';

/**
 * For the proposals feature: a hire takes a seat; the last seat closes the offer. Pass the
 * transaction's manager so the hire and the seat commit together.
 */
@Injectable()
export class OfferSeatsService {
  constructor(private readonly lifecycle: CatalogueLifecycle) {}

  recordHire(offerId: string, manager?: EntityManager): Promise<SeatsOutcome> {
    return this.lifecycle.recordFilled('offer', offerId, manager);
  }
}
