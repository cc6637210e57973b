import type { OrganisationKind } from '@ponte/domain';
import type { Course, Offer } from '@ponte/persistence';

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** What callers see of an offer or a course: its content, lifecycle and owner (the author's id stays internal). */
export type CatalogueView<T extends Offer | Course> = Omit<T, 'createdBy' | 'organisationId'> & { organisation: OrganisationRef };
