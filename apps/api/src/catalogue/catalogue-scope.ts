import { PERMISSIONS } from '@ponte/domain';
import type { Principal } from '../common/context/principal';
import { ProblemException } from '../common/problem/problem';

/** Partners read their organisation's records (drafts too); staff with catalogue:read, the published catalogue. */
export type CatalogueReader = { kind: 'organisation'; organisationId: string } | { kind: 'catalogue' };

export function catalogueReaderOf(principal: Principal): CatalogueReader {
  if (principal.permissions.includes(PERMISSIONS.OFFERS_READ) && principal.organisationId) {
    return { kind: 'organisation', organisationId: principal.organisationId };
  }
  if (principal.permissions.includes(PERMISSIONS.CATALOGUE_READ)) return { kind: 'catalogue' };
  throw new ProblemException({ status: 403, type: 'forbidden' });
}

/** The organisation a partner writes for (the guard already checked offers:write). */
export function catalogueWriterOf(principal: Principal): string {
  if (!principal.organisationId) throw new ProblemException({ status: 403, type: 'forbidden' });
  return principal.organisationId;
}
