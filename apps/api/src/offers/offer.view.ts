import type * as contract from '@ponte/contracts';
import type { Offer } from '@ponte/persistence';
import type { CatalogueView } from '../catalogue/catalogue.view';

export type OfferView = contract.Serving<contract.Offer, CatalogueView<Offer>>;
