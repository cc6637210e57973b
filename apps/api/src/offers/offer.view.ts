import type { Offer, Organisation } from '@ponte/persistence';

export interface OrganisationRef {
  id: string;
  name: string;
  kind: string;
}

export type OfferView = Omit<Offer, 'createdBy' | 'organisationId'> & { organisation: OrganisationRef };

export const organisationRef = (organisation: Pick<Organisation, 'id' | 'legalName' | 'kind'>): OrganisationRef => ({
  id: organisation.id,
  name: organisation.legalName,
  kind: organisation.kind,
});

/** What callers see of an offer: its content, lifecycle and owner (the author's id stays internal). */
export function offerView(offer: Offer, organisation: OrganisationRef): OfferView {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { createdBy: _author, organisationId: _org, ...content } = offer;
  return { ...content, organisation };
}
