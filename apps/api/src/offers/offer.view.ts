import type { Offer } from '@ponte/persistence';
import type { CatalogueView } from '../catalogue/catalogue.view';

export type OfferView = CatalogueView<Offer>;
